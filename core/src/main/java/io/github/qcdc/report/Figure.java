package io.github.qcdc.report;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Topic;
import java.util.Optional;

/**
 * One indicator's result: its exact value, its breakdown tables, its explanation and its format.
 *
 * @param id the indicator's id
 * @param title the indicator's title
 * @param value the exact value
 * @param breakdowns the breakdown tables (one, of every breakdown at once, or none)
 * @param explanation how it was computed
 * @param format how it is written
 * @param topic what the indicator is about in the law, if its pack says (since 0.2)
 * @since 0.1
 */
public record Figure(
    String id,
    Phrase title,
    FigureValue value,
    ImmutableList<BreakdownTable> breakdowns,
    Explanation explanation,
    FigureFormat format,
    Optional<Topic> topic) {

  /**
   * A figure about no stated topic.
   *
   * @param id the indicator's id
   * @param title the indicator's title
   * @param value the exact value
   * @param breakdowns the breakdown tables (one, of every breakdown at once, or none)
   * @param explanation how it was computed
   * @param format how it is written
   */
  public Figure(
      String id,
      Phrase title,
      FigureValue value,
      ImmutableList<BreakdownTable> breakdowns,
      Explanation explanation,
      FigureFormat format) {
    this(id, title, value, breakdowns, explanation, format, Optional.empty());
  }
}

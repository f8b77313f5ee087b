package io.github.qcdc.audit;

import io.github.qcdc.internal.Checks;

/**
 * A figure as a report states it, with where it was found.
 *
 * @param id an id for findings, unique within a report: {@code L7:1.454}, its line and text, with
 *     {@code #2}, {@code #3}... for the same text again on the same line
 * @param text the words of the report that state it
 * @param line the report's line it is on, from 1 (0 if not from a text)
 * @param claim what it states
 * @param confidence how sure the reader is that the text states this claim ({@link Confidence#HIGH}
 *     for a claim stated by hand)
 * @since 0.1
 */
public record ReportedFigure(String id, String text, int line, Claim claim, Confidence confidence) {

  /**
   * Validates the id and text.
   *
   * @param id an id for findings, unique within a report: {@code L7:1.454}, its line and text, with
   *     {@code #2}, {@code #3}... for the same text again on the same line
   * @param text the words of the report that state it
   * @param line the report's line it is on, from 1 (0 if not from a text)
   * @param claim what it states
   * @param confidence how sure the reader is that the text states this claim ({@link
   *     Confidence#HIGH} for a claim stated by hand)
   */
  public ReportedFigure {
    Checks.text("reported figure id", id);
    Checks.text("reported figure text", text);
  }

  /**
   * A figure read with {@link Confidence#HIGH high} confidence: one stated by hand.
   *
   * @param id an id for findings, unique within a report: {@code L7:1.454}, its line and text, with
   *     {@code #2}, {@code #3}... for the same text again on the same line
   * @param text the words of the report that state it
   * @param line the report's line it is on, from 1 (0 if not from a text)
   * @param claim what it states
   */
  public ReportedFigure(String id, String text, int line, Claim claim) {
    this(id, text, line, claim, Confidence.HIGH);
  }
}

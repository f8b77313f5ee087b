package io.github.qcdc.indicator;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A figure a report states, defined once: a measure ("2.849 cuộc giám sát"), a ratio of two
 * measures, the coverage of a population by a condition ("281/411 xã đạt chuẩn nông thôn mới"), or
 * the compliance rate of a rule; with its breakdowns and its format.
 *
 * <p>A ratio whose denominator is zero is undefined, with the reason, under {@link
 * ZeroDenominator#UNDEFINED}, and an evaluation error under {@link ZeroDenominator#ERROR}. A
 * coverage of an empty population is undefined. A coverage counts a subject whose verdict is PASS;
 * its explanation counts FAIL and NO_DATA apart. A compliance rate is PASS over PASS, FAIL and
 * NO_DATA together (NOT_APPLICABLE left out), so not reporting never passes.
 *
 * <p>Instances are immutable; build them with the factories and the {@code with}/{@code by}
 * methods, which return copies.
 *
 * @param id the id, unique in a pack
 * @param title the title
 * @param definition what is computed
 * @param breakdowns the breakdowns, each giving a table of cells
 * @param format how the figure is written
 * @param topic what the figure is about in the law, if stated (since 0.2)
 * @since 0.1
 */
public record Indicator(
    String id,
    Phrase title,
    Definition definition,
    ImmutableList<Breakdown> breakdowns,
    FigureFormat format,
    Optional<Topic> topic) {

  /**
   * Validates the id.
   *
   * @param id the id, unique in a pack
   * @param title the title
   * @param definition what is computed
   * @param breakdowns the breakdowns, each giving a table of cells
   * @param format how the figure is written
   * @param topic what the figure is about in the law, if stated (since 0.2)
   */
  public Indicator {
    Checks.id("indicator id", id);
  }

  /**
   * An indicator about no stated topic.
   *
   * @param id the id, unique in a pack
   * @param title the title
   * @param definition what is computed
   * @param breakdowns the breakdowns, each giving a table of cells
   * @param format how the figure is written
   */
  public Indicator(
      String id,
      Phrase title,
      Definition definition,
      ImmutableList<Breakdown> breakdowns,
      FigureFormat format) {
    this(id, title, definition, breakdowns, format, Optional.empty());
  }

  /**
   * {@return this indicator about {@code newTopic}}
   *
   * @param newTopic what the indicator counts in the law
   * @since 0.2
   */
  public Indicator withTopic(Topic newTopic) {
    return new Indicator(id, title, definition, breakdowns, format, Optional.of(newTopic));
  }

  /**
   * {@return a measure}
   *
   * @param id the indicator's id, unique in a pack
   * @param measure what is counted or summed
   */
  public static Indicator measure(String id, Measure measure) {
    return new Indicator(
        id, defaultTitle(id), new Value(measure), ImmutableList.of(), FigureFormat.plain());
  }

  /**
   * {@return a ratio, undefined when the denominator is zero}
   *
   * @param id the indicator's id, unique in a pack
   * @param numerator what is counted on top
   * @param denominator what is counted below
   */
  public static Indicator ratio(String id, Measure numerator, Measure denominator) {
    return new Indicator(
        id,
        defaultTitle(id),
        new Ratio(numerator, denominator, ZeroDenominator.UNDEFINED),
        ImmutableList.of(),
        FigureFormat.plain());
  }

  /**
   * {@return the share of {@code population} satisfying {@code condition}}
   *
   * @param id the indicator's id, unique in a pack
   * @param population the subjects counted below
   * @param condition what a subject must satisfy to be counted on top
   */
  public static Indicator coverage(String id, Population population, Condition condition) {
    return new Indicator(
        id,
        defaultTitle(id),
        new Coverage(population, condition),
        ImmutableList.of(),
        FigureFormat.plain());
  }

  /**
   * {@return the compliance rate of rule {@code ruleId} of the same pack}
   *
   * @param id the indicator's id, unique in a pack
   * @param ruleId the rule's id
   */
  public static Indicator complianceRate(String id, String ruleId) {
    return new Indicator(
        id,
        defaultTitle(id),
        new ComplianceRate(Checks.id("rule id", ruleId)),
        ImmutableList.of(),
        FigureFormat.plain());
  }

  private static Phrase defaultTitle(String id) {
    return Phrase.of(id, id);
  }

  /**
   * {@return this indicator titled {@code vi} / {@code en}}
   *
   * @param vi the title in Vietnamese
   * @param en the title in English
   */
  public Indicator withTitle(String vi, String en) {
    return new Indicator(id, Phrase.of(vi, en), definition, breakdowns, format, topic);
  }

  /**
   * {@return this indicator broken down by {@code more} as well}
   *
   * @param more the breakdowns added, after the indicator's own
   */
  public Indicator by(Breakdown... more) {
    return new Indicator(
        id,
        title,
        definition,
        ImmutableList.<Breakdown>builder().addAll(breakdowns).addAll(List.of(more)).build(),
        format,
        topic);
  }

  /**
   * {@return this indicator written with {@code newFormat}}
   *
   * @param newFormat how the value is written
   */
  public Indicator withFormat(FigureFormat newFormat) {
    return new Indicator(id, title, definition, breakdowns, newFormat, topic);
  }

  /**
   * {@return this ratio with zero-denominator policy {@code policy}}
   *
   * @param policy what a zero denominator gives
   */
  public Indicator onZeroDenominator(ZeroDenominator policy) {
    if (!(definition instanceof Ratio r)) {
      throw new IllegalArgumentException(
          "indicator " + id + " is not a ratio; it has no zero-denominator policy");
    }
    return new Indicator(
        id, title, new Ratio(r.numerator(), r.denominator(), policy), breakdowns, format, topic);
  }

  /** What a ratio does when its denominator is zero. */
  public enum ZeroDenominator {
    /** The figure is undefined, with the reason. */
    UNDEFINED,
    /** The evaluation fails with a {@link io.github.qcdc.QcdcException} naming the indicator. */
    ERROR
  }

  /** What an indicator computes. */
  public sealed interface Definition {
    /** {@return the definition as a phrase} */
    Phrase describe();
  }

  /**
   * A measure.
   *
   * @param measure the measure
   */
  public record Value(Measure measure) implements Definition {
    @Override
    public Phrase describe() {
      return measure.describe();
    }
  }

  /**
   * A ratio of measures.
   *
   * @param numerator the measure on top
   * @param denominator the measure below
   * @param zeroDenominator what a zero denominator gives
   */
  public record Ratio(Measure numerator, Measure denominator, ZeroDenominator zeroDenominator)
      implements Definition {
    @Override
    public Phrase describe() {
      return numerator.describe().join(" trên ", " over ", denominator.describe());
    }
  }

  /**
   * The share of a population satisfying a condition.
   *
   * @param population the subjects
   * @param condition what they must satisfy
   */
  public record Coverage(Population population, Condition condition) implements Definition {
    @Override
    public Phrase describe() {
      Phrase p = population.describe();
      Phrase c = condition.describe();
      return Phrase.of(
          "số " + p.vi() + " đạt: " + c.vi(), "share of " + p.en() + " satisfying: " + c.en());
    }
  }

  /**
   * The compliance rate of a rule.
   *
   * @param ruleId the rule's id in the same pack
   */
  public record ComplianceRate(String ruleId) implements Definition {
    @Override
    public Phrase describe() {
      return Phrase.of("tỷ lệ tuân thủ quy tắc " + ruleId, "compliance rate of rule " + ruleId);
    }
  }
}

package io.github.qcdc.rule;

import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.period.ReportingPeriod;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A worked example of a rule or an indicator: given records, a scope and a period, the verdicts
 * some subjects must get, or the figure the indicator must give. A pack carries its examples; they
 * run as tests ({@code io.github.qcdc.engine.Examples}, and as JUnit dynamic tests through the core
 * test-jar's {@code PackExamples}).
 *
 * <p>An expected figure is written as the figure's text form: a count ({@code 6}), a fraction
 * ({@code 281/411}) or {@code undefined (reason)}.
 *
 * @param name what the example shows: "exactly the threshold passes"
 * @param target the id of the rule or indicator
 * @param given the records
 * @param scope the unit evaluated
 * @param period the period evaluated
 * @param verdicts expected verdicts, by subject id
 * @param figure the expected figure, for an indicator
 * @since 0.1
 */
public record RuleExample(
    String name,
    String target,
    Dataset given,
    UnitCode scope,
    ReportingPeriod period,
    ImmutableSortedMap<String, Verdict> verdicts,
    Optional<String> figure) {

  /**
   * Validates the name and target.
   *
   * @param name what the example shows: "exactly the threshold passes"
   * @param target the id of the rule or indicator
   * @param given the records
   * @param scope the unit evaluated
   * @param period the period evaluated
   * @param verdicts expected verdicts, by subject id
   * @param figure the expected figure, for an indicator
   */
  public RuleExample {
    Checks.text("example name", name);
    Checks.id("example target", target);
  }

  /**
   * {@return an example of {@code target} on {@code given}, without expectations yet}
   *
   * @param name what the example shows: "exactly the threshold passes"
   * @param target the id of the rule or indicator
   * @param given the records
   * @param scope the unit evaluated
   * @param period the period evaluated
   */
  public static RuleExample of(
      String name, String target, Dataset given, UnitCode scope, ReportingPeriod period) {
    return new RuleExample(
        name, target, given, scope, period, ImmutableSortedMap.of(), Optional.empty());
  }

  /**
   * {@return this example, expecting {@code verdict} for {@code subject}}
   *
   * @param subject the subject's id: a unit code, an organisation id or an activity id
   * @param verdict the verdict expected
   */
  public RuleExample expect(String subject, Verdict verdict) {
    Map<String, Verdict> copy = new TreeMap<>(verdicts);
    copy.put(subject, verdict);
    return new RuleExample(
        name, target, given, scope, period, ImmutableSortedMap.copyOf(copy), figure);
  }

  /**
   * {@return this example, expecting the figure whose text form is {@code value}}
   *
   * @param value the figure's text form: {@code 2849}, {@code 281/411}
   */
  public RuleExample expectFigure(String value) {
    return new RuleExample(name, target, given, scope, period, verdicts, Optional.of(value));
  }

  @Override
  public String toString() {
    return "example '" + name + "' of " + target;
  }
}

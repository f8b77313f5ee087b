package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a pack's worked examples: each is evaluated with the pack and its expectations compared with
 * the report.
 *
 * @since 0.1
 */
public final class Examples {
  private Examples() {}

  /**
   * The outcome of one example.
   *
   * @param example the example
   * @param failures what did not match, each a sentence; empty if the example passes
   */
  public record Outcome(RuleExample example, ImmutableList<String> failures) {
    /** {@return whether every expectation held} */
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /**
   * Runs every example of {@code pack}, in order.
   *
   * @param pack the pack, whose examples are run
   * @return the outcomes, one per example
   */
  public static ImmutableList<Outcome> run(RulePack pack) {
    Evaluator evaluator = Evaluator.of(pack);
    ImmutableList.Builder<Outcome> outcomes = ImmutableList.builder();
    for (RuleExample example : pack.examples()) {
      outcomes.add(run(evaluator, example));
    }
    return outcomes.build();
  }

  /**
   * Runs {@code example} with {@code evaluator}'s pack; an example of a disabled rule runs with
   * that rule enabled, showing what it would find.
   *
   * @param evaluator an evaluator of the example's pack
   * @param example the example
   * @return the outcome: whether the example holds, and what was computed
   */
  public static Outcome run(Evaluator evaluator, RuleExample example) {
    RulePack pack = evaluator.pack();
    if (pack.rule(example.target()).map(r -> !r.isEnabled()).orElse(false)) {
      // an example shows what a disabled rule would find once a province enables it
      evaluator = Evaluator.of(pack.enabling(example.target()));
    }
    Report report = evaluator.evaluate(example.given(), example.scope(), example.period()).report();
    List<String> failures = new ArrayList<>();
    Optional<RuleResult> rule = report.rule(example.target());
    for (Map.Entry<String, Verdict> expected : example.verdicts().entrySet()) {
      Optional<SubjectVerdict> actual =
          rule.flatMap(
              r ->
                  r.verdicts().stream()
                      .filter(v -> v.subject().equals(expected.getKey()))
                      .findFirst());
      if (actual.isEmpty()) {
        failures.add("subject " + expected.getKey() + " has no verdict of " + example.target());
      } else if (actual.get().verdict() != expected.getValue()) {
        failures.add(
            "subject "
                + expected.getKey()
                + ": expected "
                + expected.getValue()
                + ", got "
                + actual.get().verdict()
                + " ("
                + actual.get().evidence().checks().stream()
                    .map(
                        c ->
                            c.window()
                                + ": "
                                + c.observed().map(String::valueOf).orElse("-")
                                + " "
                                + c.required())
                    .toList()
                + ")");
      }
    }
    if (example.figure().isPresent()) {
      String got =
          report
              .figure(example.target())
              .map(Figure::value)
              .map(Object::toString)
              .orElse("no figure");
      if (!got.equals(example.figure().get())) {
        failures.add(
            "figure " + example.target() + ": expected " + example.figure().get() + ", got " + got);
      }
    }
    return new Outcome(example, ImmutableList.copyOf(failures));
  }
}

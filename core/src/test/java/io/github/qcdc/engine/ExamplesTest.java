package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.NgheAn;
import io.github.qcdc.testing.PackExamples;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ExamplesTest {
  private static final Gazetteer GAZETTEER = NgheAn.snapshot().build();
  private static final UnitCode HUNG_DONG = UnitCode.of("16705");
  private static final ReportingPeriod Y2020 = ReportingPeriod.ofYear(2020);

  static final ComplianceRule DIALOGUES =
      ComplianceRule.of(
              "dialogues",
              Phrase.of("Đối thoại", "Dialogue"),
              LegalBasis.of("Luật 72/2025/QH15"),
              Population.units(Tier.COMMUNE),
              Condition.atLeast(
                      Expr.param("minDialoguesPerYear"),
                      Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))
                  .perYear())
          .withParameter("minDialoguesPerYear", 1);

  private static Dataset dialogues(int count) {
    Dataset.Builder builder = Dataset.builder(GAZETTEER);
    for (int i = 0; i < count; i++) {
      builder.add(
          Activity.of(
              "d" + i, ActivityType.DIALOGUE, HUNG_DONG.value(), LocalDate.of(2020, 3 + i, 1)));
    }
    return builder.build();
  }

  static RulePack pack() {
    return RulePack.of("example", "1")
        .with(DIALOGUES)
        .with(
            Indicator.measure(
                "dialogue-count", Measure.count(ActivityFilter.type(ActivityType.DIALOGUE))))
        .withParameter("minDialoguesPerYear", 2)
        .withExamples(
            RuleExample.of(
                    "exactly the threshold passes", "dialogues", dialogues(2), HUNG_DONG, Y2020)
                .expect(HUNG_DONG.value(), Verdict.PASS),
            RuleExample.of(
                    "one below the threshold fails", "dialogues", dialogues(1), HUNG_DONG, Y2020)
                .expect(HUNG_DONG.value(), Verdict.FAIL),
            RuleExample.of(
                    "no record is no data, not a failure",
                    "dialogues",
                    dialogues(0),
                    HUNG_DONG,
                    Y2020)
                .expect(HUNG_DONG.value(), Verdict.NO_DATA),
            RuleExample.of(
                    "counts every dialogue", "dialogue-count", dialogues(3), HUNG_DONG, Y2020)
                .expectFigure("3"));
  }

  @TestFactory
  Stream<DynamicTest> packExamplesRunAsTests() {
    return PackExamples.dynamicTests(pack());
  }

  @Test
  void aFailingExampleSaysWhatDiffered() {
    RulePack wrong =
        RulePack.of("wrong", "1")
            .with(DIALOGUES)
            .withExamples(
                RuleExample.of("expects too much", "dialogues", dialogues(1), HUNG_DONG, Y2020)
                    .expect(HUNG_DONG.value(), Verdict.FAIL)
                    .expect("99999", Verdict.PASS));
    Examples.Outcome outcome = Examples.run(wrong).get(0);
    assertEquals(
        List.of(
            "subject 16705: expected FAIL, got PASS ([2020: 1 ≥ 1 (minDialoguesPerYear, rule dialogues default)])",
            "subject 99999 has no verdict of dialogues"),
        outcome.failures());
  }

  @Test
  void anExampleOfAnUnknownTargetIsAPackProblem() {
    RulePack pack =
        RulePack.of("p", "1")
            .withExamples(RuleExample.of("x", "nothing", dialogues(0), HUNG_DONG, Y2020));
    assertEquals(
        "examples[0].target: example 'x' of nothing refers to unknown rule or indicator nothing",
        pack.validateDefinitions().get(0).toString());
  }
}

package io.github.qcdc.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.DatasetInputs;
import io.github.qcdc.testing.Generators;
import io.github.qcdc.testing.PackExamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A rule author's tests: worked examples at the threshold, and a property on generated data. */
class ReceptionRuleTest {
  static final Gazetteer VIETNAM = GsoImport.lenient().readBundledSnapshot().gazetteer();
  static final ReportingPeriod YEAR = ReportingPeriod.parse("2020");

  /** {@code days} receptions at {@code commune} in 2020, one a week from 6 January. */
  static List<Activity> receptions(String commune, int days) {
    List<Activity> all = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      LocalDate day = LocalDate.of(2020, 1, 6).plusWeeks(i % 52).plusDays(i / 52);
      all.add(Activity.of("r-" + commune + "-" + i, ActivityType.CITIZEN_RECEPTION, commune, day));
    }
    return all;
  }

  static final Dataset DATASET =
      Dataset.builder(VIETNAM)
          .addActivities(receptions("16708", 52))
          .addActivities(receptions("16705", 51))
          .build();

  static RulePack pack() {
    return RulePack.of("my-province", "1")
        .with(ReceptionRule.rule())
        .withExamples(
            RuleExample.of("52 days pass", ReceptionRule.ID, DATASET, UnitCode.of("16708"), YEAR)
                .expect("16708", Verdict.PASS),
            RuleExample.of("51 days fail", ReceptionRule.ID, DATASET, UnitCode.of("16705"), YEAR)
                .expect("16705", Verdict.FAIL),
            RuleExample.of(
                    "no record is no data", ReceptionRule.ID, DATASET, UnitCode.of("16702"), YEAR)
                .expect("16702", Verdict.NO_DATA));
  }

  @TestFactory
  Stream<DynamicTest> workedExamples() {
    return PackExamples.dynamicTests(pack());
  }

  @Test
  void aProvinceCanAskForFewerDaysOverTheDefault() {
    RulePack lenient = pack().withoutExamples().withParameter(ReceptionRule.PARAMETER, 51);
    var verdicts =
        Evaluator.of(lenient)
            .evaluate(DATASET, UnitCode.of("40"), YEAR)
            .report()
            .rule(ReceptionRule.ID)
            .orElseThrow()
            .counts();
    assertEquals(2L, verdicts.get(Verdict.PASS));
  }

  /** One more reception never turns a commune's PASS into anything else. */
  @Test
  void oneMoreReceptionNeverTurnsAPassIntoAFail() {
    RulePack twoADay =
        RulePack.of("p", "1").with(ReceptionRule.rule()).withParameter(ReceptionRule.PARAMETER, 2);
    java.util.concurrent.atomic.AtomicInteger passes =
        new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(40)
        .forAll(Generators.datasetInputs(50), Generators.seeds())
        .checkAssert(
            (inputs, seed) -> {
              Random random = new Random(seed);
              List<AdminUnit> communes =
                  inputs.gazetteer().asOf(LocalDate.of(2020, 6, 30)).unitsAt(Tier.COMMUNE);
              if (communes.isEmpty()) {
                return;
              }
              List<Activity> added = new ArrayList<>(inputs.activities());
              for (AdminUnit commune : communes) {
                for (int i = random.nextInt(4); i > 0; i--) {
                  added.add(reception("g" + added.size(), commune));
                }
              }
              Map<String, Verdict> before = verdicts(twoADay, inputs, added);
              if (before.containsValue(Verdict.PASS)) {
                passes.incrementAndGet();
              }
              added.add(reception("extra", communes.get(random.nextInt(communes.size()))));
              Map<String, Verdict> after = verdicts(twoADay, inputs, added);
              before.forEach(
                  (subject, verdict) -> {
                    if (verdict == Verdict.PASS) {
                      assertEquals(Verdict.PASS, after.get(subject), subject);
                    }
                  });
            });
    assertTrue(passes.get() >= 20, "examples with a passing commune: " + passes);
  }

  private static Activity reception(String id, AdminUnit commune) {
    return Activity.of(
        id, ActivityType.CITIZEN_RECEPTION, commune.code().value(), LocalDate.of(2020, 6, 30));
  }

  private static Map<String, Verdict> verdicts(
      RulePack pack, DatasetInputs inputs, List<Activity> activities) {
    Dataset dataset =
        new DatasetInputs(
                inputs.gazetteer(),
                inputs.organizations(),
                activities,
                inputs.dataValues(),
                inputs.facts())
            .build();
    return Evaluator.of(pack)
        .evaluateAll(dataset, YEAR, EvaluationOptions.defaults())
        .report()
        .rule(ReceptionRule.ID)
        .orElseThrow()
        .verdicts()
        .stream()
        .collect(Collectors.toMap(SubjectVerdict::subject, SubjectVerdict::verdict));
  }
}

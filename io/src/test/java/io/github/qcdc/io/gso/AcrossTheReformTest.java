package io.github.qcdc.io.gso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports over 2021-2025 on the bundled units, across the reform of 2025-07-01. */
class AcrossTheReformTest {
  private static final Gazetteer UNITS = VietnamUnits.gazetteer();
  private static final RulePack COUNT =
      RulePack.of("count", "1").with(Indicator.measure("n", Measure.count(ActivityFilter.any())));
  private static final ReportingPeriod FIVE_YEARS = ReportingPeriod.parse("2021/2025");

  /** One supervision on every commune of {@code province} in force on {@code day}. */
  private static void onEveryCommune(
      Dataset.Builder data, String province, LocalDate day, String prefix) {
    for (AdminUnit commune : UNITS.asOf(day).descendantsAt(UnitCode.of(province), Tier.COMMUNE)) {
      data.add(
          Activity.of(
              prefix + "-" + commune.code().value(),
              ActivityType.SUPERVISION,
              commune.code().value(),
              day));
    }
  }

  @Test
  void theNewTuyenQuangCountsTheRecordsOfOldHaGiangOnce() {
    Dataset.Builder data = Dataset.builder(UNITS);
    onEveryCommune(data, "02", LocalDate.of(2022, 5, 1), "ha-giang"); // old Hà Giang, 2020 list
    onEveryCommune(data, "02", LocalDate.of(2025, 3, 1), "ha-giang-2025"); // its 2025 list
    onEveryCommune(data, "08", LocalDate.of(2023, 5, 1), "tuyen-quang"); // old Tuyên Quang
    onEveryCommune(data, "08", LocalDate.of(2025, 9, 1), "new"); // the new province
    Dataset dataset = data.build();
    long haGiang2020 = UNITS.asOf(LocalDate.of(2022, 5, 1)).count(UnitCode.of("02"), Tier.COMMUNE);
    long haGiang2025 = UNITS.asOf(LocalDate.of(2025, 3, 1)).count(UnitCode.of("02"), Tier.COMMUNE);
    long tuyenQuang = UNITS.asOf(LocalDate.of(2023, 5, 1)).count(UnitCode.of("08"), Tier.COMMUNE);
    long newProvince = UNITS.asOf(LocalDate.of(2025, 9, 1)).count(UnitCode.of("08"), Tier.COMMUNE);

    Report report = Evaluator.of(COUNT).evaluate(dataset, UnitCode.of("08"), FIVE_YEARS).report();

    assertEquals(
        FigureValue.of(haGiang2020 + haGiang2025 + tuyenQuang + newProvince),
        report.figure("n").orElseThrow().value());
    assertEquals(dataset.activities().size(), haGiang2020 + haGiang2025 + tuyenQuang + newProvince);
    assertEquals(0, report.diagnostics().recordsOutsideTree());
    assertTrue(report.diagnostics().recordsRemapped() > 0);
    // one commune of old Hà Giang merged away in 2021-2025 with no recorded successor
    assertEquals(
        List.of(
            "1 record of the period is on a unit that ended with no recorded successor: counted on"
                + " the unit of 2025-12-31 that carries on the parent's territory, in no unit below"
                + " it"),
        report.diagnostics().warnings());
  }

  @Test
  void ngheAnKeepsEveryRecordOfItsCommunesFrom2020ToToday() {
    Dataset.Builder data = Dataset.builder(UNITS);
    onEveryCommune(data, "40", LocalDate.of(2021, 3, 1), "a"); // 460 communes
    onEveryCommune(data, "40", LocalDate.of(2025, 3, 1), "b"); // 412
    onEveryCommune(data, "40", LocalDate.of(2025, 8, 1), "c"); // 130
    Report report =
        Evaluator.of(COUNT).evaluate(data.build(), UnitCode.of("40"), FIVE_YEARS).report();
    assertEquals(FigureValue.of(460 + 412 + 130), report.figure("n").orElseThrow().value());
    // the 48 communes merged away in 2021-2025 with no recorded successor: counted, and said
    assertEquals(
        List.of(
            "48 records of the period are on units that ended with no recorded successor: counted"
                + " on the unit of 2025-12-31 that carries on the parent's territory, in no unit"
                + " below it"),
        report.diagnostics().warnings());
  }

  @Test
  void aPerUnitRuleJudgesEachCommuneOnTheDaysItExisted() {
    Dataset.Builder data = Dataset.builder(UNITS);
    onEveryCommune(data, "40", LocalDate.of(2025, 3, 1), "old"); // the 412: supervisions only
    data.add(Activity.of("old-dialogue", ActivityType.DIALOGUE, "16681", LocalDate.of(2025, 4, 2)));
    List<AdminUnit> today =
        UNITS.asOf(LocalDate.of(2025, 9, 1)).descendantsAt(UnitCode.of("40"), Tier.COMMUNE);
    for (AdminUnit commune : today.subList(0, 100)) { // 100 of the 130 new communes
      data.add(
          Activity.of(
              "new-" + commune.code().value(),
              ActivityType.DIALOGUE,
              commune.code().value(),
              LocalDate.of(2025, 9, 1)));
    }
    ComplianceRule dialogue =
        ComplianceRule.of(
            "dialogue",
            Phrase.of("Đối thoại", "Dialogue"),
            LegalBasis.of("test"),
            Population.units(Tier.COMMUNE).at(Population.Reference.during()),
            Condition.atLeast(1, Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))
                .perYear());
    RuleResult result =
        Evaluator.of(RulePack.of("t", "1").with(dialogue))
            .evaluate(data.build(), UnitCode.of("40"), ReportingPeriod.parse("2025"))
            .report()
            .rule("dialogue")
            .orElseThrow();
    // 412 communes for January-June, 130 for July-December: none vanishes; a commune with no
    // dialogue record is NO_DATA, never FAIL
    assertEquals(412 + 130, result.verdicts().size());
    assertEquals(
        Map.of(
            Verdict.PASS,
            101L,
            Verdict.FAIL,
            0L,
            Verdict.NO_DATA,
            441L,
            Verdict.NOT_APPLICABLE,
            0L),
        result.counts());
    SubjectVerdict old =
        result.verdicts().stream()
            .filter(v -> v.subject().equals("16681@2025-01-01"))
            .findFirst()
            .orElseThrow();
    assertEquals(Verdict.PASS, old.verdict());
    assertEquals("2025 (2025-01-01/2025-06-30)", old.evidence().checks().get(0).window());
    assertEquals(List.of("old-dialogue"), old.evidence().checks().get(0).records());
    SubjectVerdict renewed =
        result.verdicts().stream()
            .filter(v -> v.subject().equals("16681@2025-07-01"))
            .findFirst()
            .orElseThrow();
    assertEquals("Phường Thành Vinh", renewed.name());
  }

  @Test
  void aPeriodBeforeTheFirstListIsAWarning() {
    Dataset dataset = Dataset.builder(UNITS).build();
    Report report =
        Evaluator.of(COUNT)
            .evaluate(
                dataset,
                UnitCode.of("40"),
                ReportingPeriod.parse("1998/2008"),
                EvaluationOptions.defaults())
            .report();
    assertEquals(
        List.of(
            "the period starts on 1998-01-01, before 2020-01-01, the first day the units are known:"
                + " the units of that day stand for the days before it",
            "figure n read no record: its value comes from nothing"),
        report.diagnostics().warnings());
  }
}

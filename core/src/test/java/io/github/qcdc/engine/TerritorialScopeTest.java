package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.qcdc.dataset.Dataset;
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
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.DatasetInputs;
import io.github.qcdc.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scope is a territory: every record of the period is counted once, on the units that carry on
 * its unit's territory on the report's day, whatever happened to that unit (merged, split in part
 * among several arrangements, the district tier removed, ended with no recorded successor).
 */
class TerritorialScopeTest {
  private static final RulePack COUNT =
      RulePack.of("count", "1").with(Indicator.measure("n", Measure.count(ActivityFilter.any())));

  /** Days the report may be expressed on: the period's end, and later, across the 2025 reform. */
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2020, 12, 31),
          LocalDate.of(2021, 6, 30),
          LocalDate.of(2025, 6, 30),
          LocalDate.of(2025, 7, 1),
          LocalDate.of(2030, 1, 1));

  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2016/2020");

  @Test
  void theWholeCountryCountsEveryRecordOfThePeriodOnceOnAnyLaterDay() {
    qt().withExamples(80)
        .forAll(Generators.datasetInputs(300), integers().between(0, DAYS.size() - 1))
        .checkAssert(
            (inputs, d) -> {
              Dataset dataset = inputs.build();
              long expected = inPeriod(inputs);
              Report report =
                  Evaluator.of(COUNT)
                      .evaluateAll(dataset, PERIOD, EvaluationOptions.defaults().asOf(DAYS.get(d)))
                      .report();
              assertEquals(FigureValue.of(expected), report.figure("n").orElseThrow().value());
              assertEquals(0, report.diagnostics().recordsOutsideTree());
            });
  }

  @Test
  void theProvincesOfTheReportsDayShareTheRecordsWithoutCountingOneTwice() {
    qt().withExamples(80)
        .forAll(Generators.datasetInputs(300), integers().between(0, DAYS.size() - 1))
        .checkAssert(
            (inputs, d) -> {
              Dataset dataset = inputs.build();
              LocalDate day = DAYS.get(d);
              Gazetteer gazetteer = dataset.gazetteer();
              long sum = 0;
              for (AdminUnit province : gazetteer.asOf(day).roots()) {
                sum += count(dataset, province.code(), EvaluationOptions.defaults().asOf(day));
              }
              assertEquals(inPeriod(inputs), sum);
            });
  }

  @Test
  @SuppressWarnings("deprecation") // the property the deprecated option is kept for
  void totalsAreTheSameWithAndWithoutRemapping() {
    qt().withExamples(60)
        .forAll(Generators.datasetInputs(300), integers().between(0, DAYS.size() - 1))
        .checkAssert(
            (inputs, d) -> {
              Dataset dataset = inputs.build();
              LocalDate day = DAYS.get(d);
              for (AdminUnit province : dataset.gazetteer().asOf(day).roots()) {
                EvaluationOptions plain = EvaluationOptions.defaults().asOf(day);
                assertEquals(
                    count(dataset, province.code(), plain),
                    count(dataset, province.code(), plain.remappingToSuccessors()));
              }
            });
  }

  @Test
  void aPopulationTakenDuringThePeriodJudgesEveryCommuneRecordOnceWhateverBecameOfItsCommune() {
    ComplianceRule any =
        ComplianceRule.of(
            "any",
            Phrase.of("Bất kỳ", "Any"),
            LegalBasis.of("test"),
            Population.units(Tier.COMMUNE).at(Population.Reference.during()),
            Condition.atLeast(0, Measure.count(ActivityFilter.any())));
    ReportingPeriod decade = ReportingPeriod.parse("2016/2026");
    qt().withExamples(60)
        .forAll(Generators.datasetInputs(300))
        .checkAssert(
            inputs -> {
              Dataset dataset = inputs.build();
              Gazetteer gazetteer = dataset.gazetteer();
              long expected =
                  inputs.activities().stream()
                      .filter(
                          a ->
                              gazetteer
                                  .asOf(a.date())
                                  .ancestorAt(a.unit(), Tier.COMMUNE)
                                  .isPresent())
                      .count();
              RuleResult result =
                  Evaluator.of(RulePack.of("t", "1").with(any))
                      .evaluateAll(dataset, decade, EvaluationOptions.defaults())
                      .report()
                      .rule("any")
                      .orElseThrow();
              long counted = 0;
              java.util.Set<String> ids = new java.util.HashSet<>();
              for (SubjectVerdict v : result.verdicts()) {
                assertTrue(ids.add(v.subject()), "subject listed twice: " + v.subject());
                for (Evidence.Check check : v.evidence().checks()) {
                  counted += check.observed().orElse(0L);
                }
              }
              assertEquals(expected, counted);
              long communesEver =
                  gazetteer.units().stream()
                      .filter(u -> u.tier() == Tier.COMMUNE)
                      .filter(u -> u.validity().intersection(days(decade)).isPresent())
                      .map(AdminUnit::code)
                      .distinct()
                      .count();
              assertTrue(result.verdicts().size() >= communesEver, "no commune vanishes");
            });
  }

  private static io.github.qcdc.period.DateInterval days(ReportingPeriod period) {
    return io.github.qcdc.period.DateInterval.of(period.start(), period.end());
  }

  private static long count(Dataset dataset, UnitCode scope, EvaluationOptions options) {
    Report report = Evaluator.of(COUNT).evaluate(dataset, scope, PERIOD, options).report();
    return ((FigureValue.Count) report.figure("n").orElseThrow().value()).count();
  }

  private static long inPeriod(DatasetInputs inputs) {
    LocalDate first = LocalDate.of(2016, 1, 1);
    LocalDate last = LocalDate.of(2020, 12, 31);
    return inputs.activities().stream()
        .map(Activity::date)
        .filter(day -> !day.isBefore(first) && !day.isAfter(last))
        .count();
  }
}

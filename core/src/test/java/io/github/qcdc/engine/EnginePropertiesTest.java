package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Laws of evaluation, on generated datasets. */
class EnginePropertiesTest {
  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2016/2019");

  static final RulePack PACK =
      RulePack.of("laws", "1")
          .with(
              Indicator.measure(
                      "all",
                      Measure.sumOf(
                          Measure.count(ActivityFilter.any()),
                          Measure.dataValues(DataElement.of("supervisions"))))
                  .by(Breakdown.TIER, Breakdown.YEAR),
              Indicator.measure("by-district-type", Measure.count(ActivityFilter.any()))
                  .by(Breakdown.unitAt(Tier.DISTRICT), Breakdown.ACTIVITY_TYPE),
              Indicator.measure("participants", Measure.sum(ActivityFilter.any(), "participants"))
                  .by(Breakdown.ORGANISER),
              Indicator.ratio(
                      "dialogue-share",
                      Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)),
                      Measure.count(ActivityFilter.any()))
                  .by(Breakdown.QUARTER),
              Indicator.coverage(
                      "new-rural",
                      Population.units(Tier.COMMUNE),
                      Condition.hasFact(FactFilter.of("new-rural-standard")))
                  .by(Breakdown.unitAt(Tier.DISTRICT)),
              Indicator.complianceRate("dialogue-rate", "dialogues").by(Breakdown.UNIT_TYPE))
          .with(
              ComplianceRule.of(
                      "dialogues",
                      Phrase.of("Đối thoại", "Dialogue"),
                      LegalBasis.of("test"),
                      Population.units(Tier.COMMUNE),
                      Condition.allOf(
                          Condition.atLeast(
                                  Expr.param("least"),
                                  Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))
                              .perYear(),
                          Condition.atMost(Expr.constant(50), Measure.count(ActivityFilter.any()))
                              .perPeriod()))
                  .withParameter("least", 1));

  private static Report evaluate(Dataset dataset, UnitCode scope, EvaluationOptions options) {
    return Evaluator.of(PACK).evaluate(dataset, scope, PERIOD, options).report();
  }

  private static UnitCode province(Gazetteer gazetteer) {
    return gazetteer.codeAt(0);
  }

  /** Checks {@code law} on the report of the first province of 60 generated datasets. */
  private static void forEveryProvinceReport(java.util.function.Consumer<Report> law) {
    qt().withExamples(60)
        .forAll(Generators.datasetInputs(400))
        .checkAssert(
            inputs -> {
              Dataset dataset = inputs.build();
              law.accept(
                  evaluate(dataset, province(dataset.gazetteer()), EvaluationOptions.defaults()));
            });
  }

  @Test
  void breakdownsAddUpToTheTotal() {
    forEveryProvinceReport(
        report -> {
          for (Figure figure : report.figures()) {
            for (BreakdownTable table : figure.breakdowns()) {
              if (figure.value() instanceof FigureValue.Count total) {
                assertEquals(
                    total.count(),
                    table.cells().stream()
                        .mapToLong(c -> ((FigureValue.Count) c.value()).count())
                        .sum(),
                    figure.id());
              } else if (figure.value() instanceof FigureValue.Ratio total) {
                assertEquals(total.fraction().numerator(), sum(table, true), figure.id());
                assertEquals(total.fraction().denominator(), sum(table, false), figure.id());
              }
            }
          }
        });
  }

  private static long sum(BreakdownTable table, boolean numerators) {
    long sum = 0;
    for (Cell cell : table.cells()) {
      if (cell.value() instanceof FigureValue.Ratio r) {
        sum += numerators ? r.fraction().numerator() : r.fraction().denominator();
      }
    }
    return sum;
  }

  @Test
  void coveragesAndRatesLieBetweenZeroAndOne() {
    forEveryProvinceReport(
        report -> {
          for (String id : List.of("new-rural", "dialogue-rate", "dialogue-share")) {
            FigureValue value = report.figure(id).orElseThrow().value();
            if (value instanceof FigureValue.Ratio r) {
              assertTrue(r.fraction().isAtMostOne(), id + " " + r);
            }
          }
        });
  }

  @Test
  void recordOrderAndParallelismDoNotChangeTheReport() {
    qt().withExamples(40)
        .forAll(Generators.datasetInputs(400), Generators.seeds())
        .checkAssert(
            (inputs, seed) -> {
              UnitCode scope = province(inputs.gazetteer());
              Report sequential = evaluate(inputs.build(), scope, EvaluationOptions.defaults());
              Report shuffled =
                  evaluate(inputs.shuffled(seed).build(), scope, EvaluationOptions.defaults());
              Report parallel =
                  evaluate(
                      inputs.build(),
                      scope,
                      EvaluationOptions.defaults()
                          .withParallelism(2 + (int) Math.floorMod(seed, 5L)));
              assertEquals(sequential, shuffled);
              assertEquals(sequential, parallel);
            });
  }

  /** The report of {@code pack}, or the message of the failure it ends in. */
  private static Object outcome(
      RulePack pack, Dataset dataset, UnitCode scope, EvaluationOptions options) {
    try {
      return Evaluator.of(pack).evaluate(dataset, scope, PERIOD, options).report();
    } catch (io.github.qcdc.QcdcException e) {
      return e.getMessage() + " " + e.problems();
    }
  }

  @Test
  void anyPackGivesTheSameOutcomeWhateverTheOrderAndTheParallelism() {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger reports = new AtomicInteger();
    qt().withExamples(60)
        .forAll(Generators.rulePacks(), Generators.datasetInputs(300), Generators.seeds())
        .checkAssert(
            (pack, inputs, seed) -> {
              UnitCode scope = province(inputs.gazetteer());
              Object sequential =
                  outcome(pack, inputs.build(), scope, EvaluationOptions.defaults());
              runs.incrementAndGet();
              if (sequential instanceof Report) {
                reports.incrementAndGet();
              }
              assertEquals(
                  sequential,
                  outcome(
                      pack, inputs.shuffled(seed).build(), scope, EvaluationOptions.defaults()));
              assertEquals(
                  sequential,
                  outcome(
                      pack,
                      inputs.build(),
                      scope,
                      EvaluationOptions.defaults()
                          .withParallelism(2 + (int) Math.floorMod(seed, 3L))));
            });
    assertTrue(
        reports.get() * 10 >= runs.get() * 8,
        "most generated packs evaluate: " + reports.get() + " of " + runs.get());
  }

  @Test
  void aProvinceIsItsDistrictsPlusWhatHappenedAtTheProvinceItself() {
    qt().withExamples(40)
        .forAll(Generators.datasetInputs(400))
        .checkAssert(
            inputs -> {
              Dataset dataset = inputs.build();
              UnitCode province = province(dataset.gazetteer());
              AdminTree tree = dataset.gazetteer().asOf(PERIOD.end());
              long whole = count(evaluate(dataset, province, EvaluationOptions.defaults()));
              long parts = provinceLevel(evaluate(dataset, province, EvaluationOptions.defaults()));
              for (AdminUnit child : tree.children(province)) {
                parts += count(evaluate(dataset, child.code(), EvaluationOptions.defaults()));
              }
              assertEquals(whole, parts);
            });
  }

  private static long count(Report report) {
    return ((FigureValue.Count) report.figure("all").orElseThrow().value()).count();
  }

  private static long provinceLevel(Report report) {
    return report.figure("all").orElseThrow().breakdowns().get(0).cells().stream()
        .filter(c -> c.labels().get(0).equals("province"))
        .mapToLong(c -> ((FigureValue.Count) c.value()).count())
        .sum();
  }

  @Test
  void remappingToSuccessorsKeepsEveryRecordOfTheProvince() {
    ReportingPeriod all = ReportingPeriod.parse("2016/2026");
    RulePack count =
        RulePack.of("count", "1").with(Indicator.measure("n", Measure.count(ActivityFilter.any())));
    qt().withExamples(60)
        .forAll(Generators.datasetInputs(400))
        .checkAssert(
            inputs -> {
              Dataset dataset = inputs.build();
              Gazetteer gazetteer = dataset.gazetteer();
              UnitCode province = province(gazetteer);
              long expected =
                  inputs.activities().stream()
                      .filter(
                          a ->
                              gazetteer
                                  .asOf(a.date())
                                  .ancestorAt(a.unit(), Tier.PROVINCE)
                                  .orElseThrow()
                                  .code()
                                  .equals(province))
                      .count();
              Report remapped =
                  Evaluator.of(count)
                      .evaluate(
                          dataset,
                          province,
                          all,
                          EvaluationOptions.defaults()
                              .asOf(LocalDate.of(2026, 12, 31))
                              .remappingToSuccessors())
                      .report();
              assertEquals(FigureValue.of(expected), remapped.figure("n").orElseThrow().value());
              assertEquals(0, remapped.diagnostics().recordsOutsideTree());
            });
  }

  @Test
  void everyVerdictFollowsFromItsEvidence() {
    forEveryProvinceReport(
        report -> {
          for (SubjectVerdict v : report.rule("dialogues").orElseThrow().verdicts()) {
            Verdict derived = null;
            for (Evidence.Check check : v.evidence().checks()) {
              derived = derived == null ? check.outcome() : derived.and(check.outcome());
              if (check.outcome() == Verdict.PASS || check.outcome() == Verdict.FAIL) {
                long observed = check.observed().orElseThrow();
                assertEquals(
                    check.outcome() == Verdict.PASS,
                    holds(observed, check.required()),
                    check.toString());
              }
            }
            assertEquals(v.verdict(), derived, v.toString());
          }
        });
  }

  private static boolean holds(long observed, String required) {
    long bound = Long.parseLong(required.substring(2).replaceFirst(" .*", ""));
    return required.startsWith("≥") ? observed >= bound : observed <= bound;
  }

  @Test
  void theVerdictTableAgreesWithTheVerdictsWrittenInFull() {
    AtomicInteger subjects = new AtomicInteger();
    qt().withExamples(80)
        .forAll(Generators.rulePacks(), Generators.datasetInputs(300))
        .checkAssert(
            (pack, inputs) -> {
              if (!(outcome(
                      pack,
                      inputs.build(),
                      province(inputs.gazetteer()),
                      EvaluationOptions.defaults())
                  instanceof Report report)) {
                return;
              }
              for (io.github.qcdc.report.RuleResult rule : report.rules()) {
                if (rule.verdicts() instanceof io.github.qcdc.report.VerdictList table) {
                  java.util.Map<io.github.qcdc.rule.Verdict, Long> counts =
                      new java.util.EnumMap<>(io.github.qcdc.rule.Verdict.class);
                  for (io.github.qcdc.rule.Verdict v : io.github.qcdc.rule.Verdict.values()) {
                    counts.put(v, 0L);
                  }
                  for (int s = 0; s < table.size(); s++) {
                    io.github.qcdc.rule.Verdict full = table.get(s).verdict();
                    assertEquals(full, table.verdict(s), rule.ruleId() + " subject " + s);
                    counts.merge(full, 1L, Long::sum);
                    subjects.incrementAndGet();
                  }
                  assertEquals(counts, rule.counts(), rule.ruleId());
                  long read =
                      rule.verdicts().stream()
                          .flatMap(v -> v.evidence().checks().stream())
                          .mapToLong(io.github.qcdc.rule.Evidence.Check::recordCount)
                          .sum();
                  for (io.github.qcdc.indicator.Indicator indicator : pack.indicators()) {
                    if (indicator.definition()
                            instanceof io.github.qcdc.indicator.Indicator.ComplianceRate rate
                        && rate.ruleId().equals(rule.ruleId())) {
                      assertEquals(
                          read,
                          report
                              .figure(indicator.id())
                              .orElseThrow()
                              .explanation()
                              .recordsCounted(),
                          indicator.id());
                    }
                  }
                }
              }
            });
    assertTrue(subjects.get() >= 40, "subjects compared: " + subjects);
  }
}

package io.github.qcdc.examples.nghean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NgheAnTodayTest {
  private static final Gazetteer UNITS = VietnamUnits.gazetteer();
  private static final Dataset DATA = NgheAnToday.simulated(UNITS, 2021);

  private static Report report(String period) {
    return Evaluator.of(NgheAnToday.pack())
        .evaluate(DATA, UnitCode.of("40"), ReportingPeriod.parse(period))
        .report();
  }

  private static long count(String type, LocalDate first, LocalDate last) {
    return java.util.stream.IntStream.range(0, DATA.activities().size())
        .mapToObj(DATA.activities()::get)
        .filter(a -> a.type().equals(ActivityType.of(type)))
        .map(Activity::date)
        .filter(d -> !d.isBefore(first) && !d.isAfter(last))
        .count();
  }

  private static Map<String, Long> byLevel(Figure figure) {
    Map<String, Long> levels = new TreeMap<>();
    for (Cell cell : figure.breakdowns().get(0).cells()) {
      levels.merge(cell.labels().get(0), ((FigureValue.Count) cell.value()).count(), Long::sum);
    }
    return levels;
  }

  @Test
  void theSimulationIsLabelledAndSeeded() {
    for (int row = 0; row < DATA.activities().size(); row++) {
      assertTrue(DATA.activities().idText(row).startsWith("sim-today-"));
    }
    assertEquals(
        report("2021/2025").dataFingerprint(),
        Evaluator.of(NgheAnToday.pack())
            .evaluate(
                NgheAnToday.simulated(UNITS, 2021),
                UnitCode.of("40"),
                ReportingPeriod.parse("2021/2025"))
            .report()
            .dataFingerprint());
  }

  @Test
  void theFiveYearTotalsCountEveryRecordOnceByYearAndByLevel() {
    Report report = report("2021/2025");
    Figure supervisions = report.figure("nt-supervisions").orElseThrow();
    long all = count("supervision", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
    assertEquals(FigureValue.of(all), supervisions.value());
    Map<String, Long> levels = byLevel(supervisions);
    assertEquals(all, levels.values().stream().mapToLong(Long::longValue).sum());
    // the district level is the level of the unit the supervision was filed on, also in 2025
    // when the districts' records are counted on the province that carries on their territory
    assertTrue(levels.getOrDefault("district", 0L) > 0, levels.toString());
    assertEquals(
        FigureValue.of(count("dialogue", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))),
        report.figure("nt-dialogue-count").orElseThrow().value());
  }

  @Test
  void in2025TheRuleJudgesThe412CommunesAndThe130NewOnesEachOnItsDays() {
    Report report = report("2025");
    RuleResult rule = report.rule(NgheAnToday.DIALOGUE_RULE).orElseThrow();
    assertEquals(412 + 130, rule.verdicts().size());
    assertTrue(
        rule.verdicts().stream()
            .anyMatch(
                v ->
                    v.evidence().checks().stream()
                        .anyMatch(c -> c.window().equals("2025 (2025-07-01/2025-12-31)"))));
    Fraction coverage =
        ((FigureValue.Ratio) report.figure("nt-communes-with-dialogue").orElseThrow().value())
            .fraction();
    assertEquals(130, coverage.denominator());
  }

  @Test
  void in2026TheReportHasNoDistrictLevel() {
    Report report = report("2026");
    Map<String, Long> levels = byLevel(report.figure("nt-supervisions").orElseThrow());
    assertEquals(0L, levels.getOrDefault("district", 0L), levels.toString());
    assertEquals(130, report.rule(NgheAnToday.DIALOGUE_RULE).orElseThrow().verdicts().size());
  }
}

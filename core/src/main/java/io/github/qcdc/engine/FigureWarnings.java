package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The warnings that say why a figure is zero or empty: records outside the scope or the period, a
 * figure that read no record, a breakdown whose every record fell in "none", a rule with no data.
 */
final class FigureWarnings {
  private FigureWarnings() {}

  static ImmutableList<String> of(
      Scope scope, Partial total, List<Figure> figures, List<RuleResult> rules) {
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    nothingRead(scope, total, warnings);
    for (Figure figure : figures) {
      figure(figure, warnings);
    }
    for (RuleResult rule : rules) {
      long subjects = rule.counts().values().stream().mapToLong(Long::longValue).sum();
      long noData = rule.counts().getOrDefault(Verdict.NO_DATA, 0L);
      if (subjects > 0 && noData == subjects) {
        warnings.add(
            "rule "
                + rule.ruleId()
                + ": none of its "
                + subjects
                + " subjects has a record it reads (all NO_DATA)");
      }
    }
    return warnings.build();
  }

  /**
   * The rules that applied on days after the last day their legal basis was verified on ({@link
   * ComplianceRule#verifiedUntil()}), and the figures that rest on them: their compliance rates.
   */
  static ImmutableList<String> unverified(RulePack pack, List<RuleResult> rules) {
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    for (int r = 0; r < rules.size(); r++) {
      ComplianceRule rule = pack.rules().get(r);
      Optional<DateInterval> applied = rules.get(r).applied();
      if (applied.isEmpty() || rule.isVerifiedThrough(applied.get())) {
        continue;
      }
      LocalDate last = rule.verifiedUntil().orElseThrow();
      List<String> figures = new ArrayList<>();
      for (Indicator indicator : pack.indicators()) {
        if (indicator.definition() instanceof Indicator.ComplianceRate rate
            && rate.ruleId().equals(rule.id())) {
          figures.add(indicator.id());
        }
      }
      warnings.add(
          "rule "
              + rule.id()
              + ": its legal basis is verified up to "
              + last
              + "; its verdicts from "
              + last.plusDays(1)
              + " to "
              + applied.get().end()
              + " rest on a basis not verified since"
              + (figures.isEmpty() ? "" : ", and so do figures " + String.join(", ", figures)));
    }
    return warnings.build();
  }

  /** The activities and data values of the dataset, when none was inside the scope and period. */
  private static void nothingRead(
      Scope scope, Partial total, ImmutableList.Builder<String> warnings) {
    ActivityTable table = scope.table;
    if (total.rowsRead == 0 && table.size() > 0) {
      long inPeriod = 0;
      for (int row = 0; row < table.size(); row++) {
        int day = table.epochDay(row);
        if (day >= scope.firstDay && day <= scope.lastDay) {
          inPeriod++;
        }
      }
      warnings.add(
          "none of the dataset's "
              + table.size()
              + " activities is inside the scope and the period "
              + scope.days
              + ": "
              + (table.size() - inPeriod)
              + " fall outside the period, "
              + inPeriod
              + " inside it but outside the scope");
    }
    int values = scope.dataset.dataValues().size();
    if (total.valuesRead == 0 && values > 0) {
      warnings.add(
          "none of the dataset's "
              + values
              + " data values is inside the scope and the period "
              + scope.days);
    }
  }

  /** A figure that read no record, or a breakdown whose every record is in "none". */
  private static void figure(Figure figure, ImmutableList.Builder<String> warnings) {
    if (figure.explanation().recordsCounted() == 0) {
      warnings.add("figure " + figure.id() + " read no record: its value comes from nothing");
      return;
    }
    for (BreakdownTable breakdown : figure.breakdowns()) {
      for (int d = 0; d < breakdown.dimensions().size(); d++) {
        if (allInNone(breakdown, d)) {
          warnings.add(
              "figure "
                  + figure.id()
                  + ": every record of its breakdown by "
                  + breakdown.dimensions().get(d)
                  + " is in '"
                  + CellEncoder.NONE
                  + "': the records do not carry what it breaks down by");
        }
      }
    }
  }

  /** Whether every cell with a value other than zero has "none" in dimension {@code d}. */
  private static boolean allInNone(BreakdownTable breakdown, int d) {
    boolean any = false;
    for (Cell cell : breakdown.cells()) {
      if (isZero(cell.value())) {
        continue;
      }
      any = true;
      if (!cell.labels().get(d).equals(CellEncoder.NONE)) {
        return false;
      }
    }
    return any;
  }

  private static boolean isZero(FigureValue value) {
    return value instanceof FigureValue.Count c && c.count() == 0;
  }
}

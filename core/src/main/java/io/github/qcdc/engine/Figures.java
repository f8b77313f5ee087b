package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.indicator.internal.Walk;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Explanation;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.report.VerdictList;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the report's figures and verdict tables from what the passes added up. */
final class Figures {
  private final Scope scope;
  private final Plan plan;
  private final Partial total;
  private final RulePack pack;

  Figures(Scope scope, Plan plan, Partial total, RulePack pack) {
    this.scope = scope;
    this.plan = plan;
    this.total = total;
    this.pack = pack;
  }

  RuleResult ruleResult(ComplianceRule rule, RulePlan rulePlan, Partial.RuleState state) {
    TreeMap<String, Long> parameters = new TreeMap<>();
    Walk.exprs(
        rule.condition(),
        e -> {
          if (e instanceof Expr.Param p) {
            pack.parameter(rule, p.name()).ifPresent(v -> parameters.put(p.name(), v));
          }
        });
    return new RuleResult(
        rule.id(),
        rule.version(),
        rule.title(),
        rule.legalBasis().toString(),
        rulePlan.applied,
        ImmutableSortedMap.copyOf(parameters),
        rulePlan.excluded,
        plan.verdicts.subjects(rulePlan, state),
        rule.topic());
  }

  /** The verdict of subject {@code s}, without writing its evidence when the list can. */
  static Verdict verdictOf(List<SubjectVerdict> verdicts, int s) {
    return verdicts instanceof VerdictList list ? list.verdict(s) : verdicts.get(s).verdict();
  }

  /** The parameters a coverage's condition or a compliance rate's rule read, with their values. */
  private ImmutableSortedMap<String, Long> parametersRead(
      Indicator.Definition d, List<RuleResult> rules) {
    if (d instanceof Indicator.ComplianceRate rate) {
      return rules.get(indexOfRule(rate.ruleId())).parameters();
    }
    TreeMap<String, Long> read = new TreeMap<>();
    if (d instanceof Indicator.Coverage coverage) {
      Walk.exprs(
          coverage.condition(),
          e -> {
            if (e instanceof Expr.Param p && pack.parameters().containsKey(p.name())) {
              read.put(p.name(), pack.parameters().get(p.name()));
            }
          });
    }
    return ImmutableSortedMap.copyOf(read);
  }

  /**
   * The records the checks of every verdict read, whatever evidence the report carries: an event's
   * are counted on the verdicts the pass wrote, in full.
   */
  private static long recordsRead(List<SubjectVerdict> verdicts, Partial.RuleState state) {
    if (verdicts instanceof VerdictTable table) {
      return table.records();
    }
    long records = 0;
    for (SubjectVerdict v : state.events) {
      for (Evidence.Check check : v.evidence().checks()) {
        records += check.recordCount();
      }
    }
    return records;
  }

  Figure figure(Indicator indicator, int i, List<RuleResult> rules) {
    Indicator.Definition d = indicator.definition();
    Phrase sentence = sentence(d.describe());
    if (d instanceof Indicator.Value) {
      return valueFigure(indicator, i, sentence);
    }
    Tallies t =
        d instanceof Indicator.Ratio
            ? ratioTallies(i)
            : verdictTallies(d, i, plan.encoders.get(i), rules);
    Optional<String> inexact = inexactParts(d, i);
    ImmutableList.Builder<Cell> table = ImmutableList.builder();
    for (int c = 0; c < t.numerators().length; c++) {
      table.add(
          new Cell(
              plan.encoders.get(i).labels(c),
              inexact.isPresent()
                  ? FigureValue.undefined(inexact.get())
                  : ratio(t.numerators()[c], t.denominators()[c], d)));
    }
    long num = sum(t.numerators());
    long den = sum(t.denominators());
    FigureValue value =
        inexact.isPresent() ? FigureValue.undefined(inexact.get()) : ratio(num, den, d);
    if (value instanceof FigureValue.Undefined
        && inexact.isEmpty()
        && d instanceof Indicator.Ratio r
        && r.zeroDenominator() == Indicator.ZeroDenominator.ERROR) {
      throw new QcdcException(
          "cannot evaluate",
          List.of(
              Problem.of(
                  "indicators[" + i + "]",
                  "indicator %s: the denominator is zero and its policy is ERROR",
                  indicator.id())));
    }
    Optional<String> basis =
        d instanceof Indicator.ComplianceRate rate
            ? pack.rule(rate.ruleId()).map(r -> r.legalBasis().toString())
            : Optional.empty();
    Explanation explanation =
        explanation(
                sentence,
                Optional.of(num),
                Optional.of(den),
                t.failing(),
                t.noData(),
                t.excluded(),
                t.records(),
                parametersRead(d, rules),
                indicator.format())
            .withLegalBasis(basis);
    return figureOf(indicator, value, table.build(), explanation);
  }

  private Figure figureOf(
      Indicator indicator, FigureValue value, ImmutableList<Cell> cells, Explanation explanation) {
    return new Figure(
        indicator.id(),
        indicator.title(),
        value,
        tables(indicator, cells),
        explanation,
        indicator.format(),
        indicator.topic());
  }

  /** The figure of a value indicator: its cells summed, exact counts or reported amounts. */
  private Figure valueFigure(Indicator indicator, int i, Phrase sentence) {
    CellEncoder encoder = plan.encoders.get(i);
    int a = plan.accumulator[i];
    long[] cells = total.cells[a];
    ReportedSums reported = total.reported[a];
    Optional<String> undefined =
        reported == null ? Optional.empty() : reported.undefinedReason(total.counted[a]);
    long sum = 0;
    ImmutableList.Builder<Cell> table = ImmutableList.builder();
    for (int c = 0; c < cells.length; c++) {
      sum = Math.addExact(sum, cells[c]);
      FigureValue cell =
          reported == null
              ? FigureValue.of(cells[c])
              : undefined.isPresent()
                  ? FigureValue.undefined(undefined.get())
                  : reported.cell(c, cells[c]);
      table.add(new Cell(encoder.labels(c), cell));
    }
    FigureValue value =
        reported == null
            ? FigureValue.of(sum)
            : undefined.isPresent() ? FigureValue.undefined(undefined.get()) : reported.total(sum);
    Explanation explanation =
        explanation(
            sentence,
            Optional.empty(),
            Optional.empty(),
            0,
            0,
            ImmutableList.of(),
            total.counted[a],
            ImmutableSortedMap.of(),
            indicator.format());
    return figureOf(indicator, value, table.build(), explanation);
  }

  /**
   * The numerators and denominators of a rate by cell, the subjects failing and without data, the
   * records read and the subjects excluded.
   */
  private record Tallies(
      long[] numerators,
      long[] denominators,
      long failing,
      long noData,
      long records,
      ImmutableList<Population.Exclusion> excluded) {}

  private Tallies ratioTallies(int i) {
    int a = plan.accumulator[i];
    return new Tallies(
        total.cells[a],
        total.cells[a + 1],
        0,
        0,
        total.counted[a] + total.counted[a + 1],
        ImmutableList.of());
  }

  /** The tallies of a coverage or compliance rate: its subjects' verdicts, by cell. */
  private Tallies verdictTallies(
      Indicator.Definition d, int i, CellEncoder encoder, List<RuleResult> rules) {
    List<SubjectVerdict> verdicts;
    List<PopulationSubjects.Subject> subjects;
    ImmutableList<Population.Exclusion> excluded;
    long read;
    if (d instanceof Indicator.Coverage) {
      int index = plan.coveragePlan.getOrDefault(i, -1);
      RulePlan rulePlan = plan.allRulePlans().get(index);
      verdicts = plan.verdicts.subjects(rulePlan, total.rules[index]);
      subjects = rulePlan.subjects;
      excluded = rulePlan.excluded;
      read = recordsRead(verdicts, total.rules[index]);
    } else {
      int r = indexOfRule(((Indicator.ComplianceRate) d).ruleId());
      verdicts = rules.get(r).verdicts();
      subjects = plan.rules.get(r).subjects;
      excluded = rules.get(r).excluded();
      read = recordsRead(verdicts, total.rules[r]);
    }
    long[] numerators = new long[encoder.size()];
    long[] denominators = new long[encoder.size()];
    long failing = 0;
    long noData = 0;
    for (int s = 0; s < verdicts.size(); s++) {
      Verdict v = verdictOf(verdicts, s);
      if (v == Verdict.NOT_APPLICABLE) {
        continue;
      }
      int t = s < subjects.size() ? subjects.get(s).treeIndex() : -1;
      int cell = t < 0 ? encoder.size() - 1 : encoder.ofUnit(t);
      denominators[cell]++;
      if (v == Verdict.PASS) {
        numerators[cell]++;
      } else if (v == Verdict.FAIL) {
        failing++;
      } else {
        noData++;
      }
    }
    return new Tallies(numerators, denominators, failing, noData, read, excluded);
  }

  /**
   * Why a ratio has no value when its numerator or denominator read amounts that are not exact
   * counts: a fraction is of whole counts.
   */
  private Optional<String> inexactParts(Indicator.Definition d, int i) {
    if (!(d instanceof Indicator.Ratio)) {
      return Optional.empty();
    }
    for (int part = 0; part < 2; part++) {
      if (total.reported[plan.accumulator[i] + part] != null) {
        return Optional.of(
            "the "
                + (part == 0 ? "numerator" : "denominator")
                + " adds amounts that are not exact whole counts (decimal, qualified or in a"
                + " measure unit); a ratio is of whole counts");
      }
    }
    return Optional.empty();
  }

  private int indexOfRule(String ruleId) {
    for (int r = 0; r < pack.rules().size(); r++) {
      if (pack.rules().get(r).id().equals(ruleId)) {
        return r;
      }
    }
    throw new IllegalStateException("validated pack refers to unknown rule " + ruleId);
  }

  private static FigureValue ratio(long numerator, long denominator, Indicator.Definition d) {
    if (denominator == 0) {
      return FigureValue.undefined(
          d instanceof Indicator.Ratio ? "the denominator is zero" : "the population is empty");
    }
    return FigureValue.of(Fraction.of(numerator, denominator));
  }

  private static long sum(long[] values) {
    long sum = 0;
    for (long v : values) {
      sum = Math.addExact(sum, v);
    }
    return sum;
  }

  private static ImmutableList<BreakdownTable> tables(
      Indicator indicator, ImmutableList<Cell> cells) {
    return indicator.breakdowns().isEmpty()
        ? ImmutableList.of()
        : ImmutableList.of(new BreakdownTable(indicator.breakdowns(), cells));
  }

  private Phrase sentence(Phrase definition) {
    Phrase unit = scope.scopeName();
    return Phrase.of(
        definition.vi() + " — " + unit.vi() + ", kỳ " + scope.period + " (" + scope.days + ")",
        definition.en() + " — " + unit.en() + ", period " + scope.period + " (" + scope.days + ")");
  }

  private Explanation explanation(
      Phrase sentence,
      Optional<Long> numerator,
      Optional<Long> denominator,
      long failing,
      long noData,
      ImmutableList<Population.Exclusion> excluded,
      long records,
      ImmutableSortedMap<String, Long> parameters,
      FigureFormat format) {
    Phrase rounding =
        Phrase.of(
            "làm tròn một lần khi trình bày, "
                + format.percentDecimals()
                + " chữ số thập phân, "
                + format.rounding(),
            "rounded once when written, to "
                + format.percentDecimals()
                + " decimals, "
                + format.rounding());
    return new Explanation(
        sentence,
        numerator,
        denominator,
        failing,
        noData,
        excluded,
        records,
        parameters,
        Optional.empty(),
        rounding);
  }
}

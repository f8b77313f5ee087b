package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.Fact;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The compiled indicators and rules of one evaluation. */
final class Plan {
  /** The validity of a disabled rule: no day of any report. */
  static final DateInterval NEVER = DateInterval.of(LocalDate.MIN, LocalDate.MIN);

  private final RulePack pack;

  final Scope scope;
  final List<Pass.Sink> sinks = new ArrayList<>();
  final List<RulePlan> rules = new ArrayList<>();
  final List<CellEncoder> encoders = new ArrayList<>();

  /** Per indicator, its first accumulator (numerator) and, for ratios, the second. */
  final int[] accumulator;

  /** Per measure (in {@link #measures}), the accumulator it adds into and its indicator. */
  final List<MeasureTarget> targets = new ArrayList<>();

  final List<Integer> cellCounts = new ArrayList<>();

  /** Rule plans that are not the pack's rules: coverages and fact counts. */
  final List<RulePlan> extra = new ArrayList<>();

  /** Indicator index to the index of its coverage plan among {@link #allRulePlans()}. */
  final Map<Integer, Integer> coveragePlan = new HashMap<>();

  /** The counts of subjects with a fact. */
  final List<FactCount> factCounts = new ArrayList<>();

  /** Per subject count: its accumulator, its encoder's indicator, and the subjects it counts. */
  final List<SubjectCount> subjectCounts = new ArrayList<>();

  final List<MeasurePlan> measures = new ArrayList<>();
  final Verdicts verdicts;

  RulePack pack() {
    return pack;
  }

  Plan(RulePack pack, Scope scope) {
    this.pack = pack;
    this.scope = scope;
    Map<String, List<Fact>> facts = new HashMap<>();
    scope
        .dataset
        .facts()
        .forEach(f -> facts.computeIfAbsent(f.subject().toString(), k -> new ArrayList<>()).add(f));
    this.verdicts = new Verdicts(scope, facts, this::allRulePlans);
    for (ComplianceRule rule : pack.rules()) {
      rules.add(
          new RulePlan(
              rule.id(),
              rule.population(),
              rule.condition(),
              rule.isEnabled() ? rule.validity() : NEVER,
              rule.absenceMeansZero(),
              name -> pack.parameter(rule, name),
              name -> pack.parameterSource(rule, name),
              scope));
    }
    accumulator = new int[pack.indicators().size()];
    for (int i = 0; i < pack.indicators().size(); i++) {
      Indicator indicator = pack.indicators().get(i);
      CellEncoder encoder = new CellEncoder(scope, indicator.breakdowns(), "indicators[" + i + "]");
      encoders.add(encoder);
      accumulator[i] = cellCounts.size();
      Indicator.Definition d = indicator.definition();
      if (d instanceof Indicator.Value v) {
        addMeasure(v.measure(), encoder, i);
      } else if (d instanceof Indicator.Ratio r) {
        addMeasure(r.numerator(), encoder, i);
        addMeasure(r.denominator(), encoder, i);
      } else if (d instanceof Indicator.Coverage c) {
        coveragePlan.put(i, pack.rules().size() + extra.size());
        extra.add(
            new RulePlan(
                indicator.id(),
                c.population(),
                c.condition(),
                DateInterval.always(),
                false,
                name -> java.util.Optional.ofNullable(pack.parameters().get(name)),
                name -> "pack " + pack.id(),
                scope));
      }
    }
  }

  private void addMeasure(Measure measure, CellEncoder encoder, int indicator) {
    int accumulator = cellCounts.size();
    cellCounts.add(encoder.size());
    MeasurePlan plan = new MeasurePlan(measure, scope);
    measures.add(plan);
    plan.activities.forEach(term -> sinks.add(new Pass.Sink(term, accumulator, encoder)));
    targets.add(new MeasureTarget(accumulator, indicator));
    for (Measure.CountSubjectsWithFact f : plan.facts) {
      factCounts.add(new FactCount(accumulator, indicator, pack.rules().size() + extra.size()));
      extra.add(
          new RulePlan(
              "facts",
              f.population(),
              Condition.hasFact(f.fact()),
              DateInterval.always(),
              false,
              name -> java.util.Optional.empty(),
              name -> "",
              scope));
    }
    for (Measure.CountSubjects c : plan.subjects) {
      subjectCounts.add(
          new SubjectCount(
              accumulator, indicator, new PopulationSubjects(c.population(), scope).subjects));
    }
  }

  /**
   * A count of a population's subjects: no condition, so no pass over the records.
   *
   * @param accumulator the accumulator it adds into
   * @param indicator the indicator, whose encoder gives the cells
   * @param subjects the population's subjects
   */
  record SubjectCount(
      int accumulator, int indicator, ImmutableList<PopulationSubjects.Subject> subjects) {}

  /**
   * Where a measure's sums go.
   *
   * @param accumulator the accumulator it adds into
   * @param indicator the indicator, whose encoder gives the cells
   */
  record MeasureTarget(int accumulator, int indicator) {}

  /**
   * A count of the subjects with a fact.
   *
   * @param accumulator the accumulator it adds into
   * @param indicator the indicator, whose encoder gives the cells
   * @param plan the index among {@link #allRulePlans()} of the plan that looks the fact up
   */
  record FactCount(int accumulator, int indicator, int plan) {}

  /**
   * The slots that add up what an equal slot before them does: rules with the same population
   * reading the same measure in the same windows, such as a rule and a coverage of the same
   * obligation, share their sums.
   */
  List<SharedSlot> sharedSlots(List<RulePlan> all) {
    Map<List<Object>, int[]> first = new HashMap<>();
    List<SharedSlot> shared = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      RulePlan plan = all.get(r);
      for (int k = 0; k < plan.slotKeys.size(); k++) {
        int[] home = first.putIfAbsent(plan.slotKeys.get(k), new int[] {r, k});
        if (home != null) {
          shared.add(new SharedSlot(r, k, home[0], home[1]));
        }
      }
    }
    return shared;
  }

  /** All rule plans whose subjects are counted in one pass: the pack's rules, then the others. */
  List<RulePlan> allRulePlans() {
    List<RulePlan> all = new ArrayList<>(rules);
    all.addAll(extra);
    return all;
  }

  /** Adds the subjects with a fact into the fact counts' accumulators. */
  void addFactCounts(Partial total) {
    List<RulePlan> all = allRulePlans();
    for (FactCount count : factCounts) {
      RulePlan plan = all.get(count.plan());
      CellEncoder encoder = encoders.get(count.indicator());
      var verdicts = this.verdicts.subjects(plan, total.rules[count.plan()]);
      for (int s = 0; s < verdicts.size(); s++) {
        if (Figures.verdictOf(verdicts, s) == io.github.qcdc.rule.Verdict.PASS) {
          int t = plan.subjects.get(s).treeIndex();
          total.cells[count.accumulator()][t < 0 ? 0 : encoder.ofUnit(t)]++;
          total.counted[count.accumulator()]++;
        }
      }
    }
    for (SubjectCount count : subjectCounts) {
      CellEncoder encoder = encoders.get(count.indicator());
      for (PopulationSubjects.Subject subject : count.subjects()) {
        int t = subject.treeIndex();
        total.cells[count.accumulator()][t < 0 ? 0 : encoder.ofUnit(t)]++;
        total.counted[count.accumulator()]++;
      }
    }
  }

  /**
   * The partial result of the whole scope: its activity rows and data values cut into {@code parts}
   * runs, each read into its own {@link Partial} (in parallel), merged in the order of the runs. A
   * run that fails fails the evaluation with the failure of the first such run, so the outcome does
   * not depend on the threads.
   */
  Partial run(int parts) {
    List<RulePlan> all = allRulePlans();
    int[] counts = cellCounts.stream().mapToInt(Integer::intValue).toArray();
    Pass pass = new Pass(scope, sinks, all, verdicts, counts, sharedSlots(all));
    DataValueReader values = new DataValueReader(this);
    int n = scope.rowTo - scope.rowFrom < 2 * parts ? 1 : parts;
    List<Object> results =
        n == 1
            ? List.of(runPart(pass, values, 0, 1))
            : IntStream.range(0, n).parallel().mapToObj(p -> runPart(pass, values, p, n)).toList();
    Partial merged = null;
    for (Object result : results) {
      if (result instanceof RuntimeException e) {
        throw e;
      }
      Partial part = (Partial) result;
      if (merged == null) {
        merged = part;
      } else {
        merged.merge(part);
      }
    }
    return java.util.Objects.requireNonNull(merged);
  }

  /** Run {@code p} of {@code n}: a Partial, or the exception it failed with. */
  private Object runPart(Pass pass, DataValueReader values, int p, int n) {
    try {
      Partial part =
          pass.run(
              cut(scope.rowFrom, scope.rowTo, p, n), cut(scope.rowFrom, scope.rowTo, p + 1, n));
      values.addTo(
          part,
          cut(scope.valueFrom, scope.valueTo, p, n),
          cut(scope.valueFrom, scope.valueTo, p + 1, n));
      return part;
    } catch (RuntimeException e) {
      return e;
    }
  }

  /** The start of run {@code p} of {@code n} over {@code from} to {@code to}. */
  private static int cut(int from, int to, int p, int n) {
    return from + (int) ((long) (to - from) * p / n);
  }
}

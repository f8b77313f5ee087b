package io.github.qcdc.engine;

import io.github.qcdc.dataset.ActivityTable;
import java.util.List;

/**
 * One pass over a run of activity rows, adding what every indicator and rule reads into a {@link
 * Partial}.
 */
final class Pass {
  /**
   * An indicator's activity term, adding into accumulator {@code accumulator} by {@code encoder}.
   */
  record Sink(MeasurePlan.ActivityTerm term, int accumulator, CellEncoder encoder) {}

  private final Scope scope;
  private final ActivityTable table;
  private final Sink[] sinks;
  private final List<RulePlan> rules;
  private final Verdicts verdicts;
  private final int[] cellCounts;

  Pass(Scope scope, List<Sink> sinks, List<RulePlan> rules, Verdicts verdicts, int[] cellCounts) {
    this.scope = scope;
    this.table = scope.table;
    this.sinks = sinks.toArray(new Sink[0]);
    this.rules = rules;
    this.verdicts = verdicts;
    this.cellCounts = cellCounts;
  }

  Partial run(int from, int to) {
    Partial p = new Partial(cellCounts, rules);
    for (int row = from; row < to; row++) {
      int day = table.epochDay(row);
      if (day < scope.firstDay || day > scope.lastDay) {
        continue;
      }
      int unit = table.unit(row);
      int t = scope.treeOf[unit];
      if (t < 0) {
        p.outsideTree++;
        continue;
      }
      if (!scope.inScope(t)) {
        continue;
      }
      if (scope.remapped[unit]) {
        p.remapped++;
      }
      if (scope.generalised[unit]) {
        p.generalised++;
      }
      p.rowsRead++;
      long h =
          mix(
              ((long) unit << 32)
                  ^ day
                  ^ ((long) table.typeId(row) << 20)
                  ^ table.idHash(row)
                  ^ ((long) table.organiser(row) << 44));
      p.fingerprintA += h;
      p.fingerprintB += mix(h ^ 0x9E3779B97F4A7C15L);
      for (Sink sink : sinks) {
        if (sink.term.filter().test(row, t)) {
          p.cells[sink.accumulator][sink.encoder.ofRow(row, t)] +=
              MeasurePlan.amount(scope, sink.term, row);
          p.counted[sink.accumulator]++;
        }
      }
      for (int r = 0; r < rules.size(); r++) {
        rule(rules.get(r), p.rules[r], row, t, day);
      }
    }
    return p;
  }

  private void rule(RulePlan plan, Partial.RuleState state, int row, int t, int day) {
    if (!plan.appliesOn(day)) {
      return;
    }
    if (plan.events) {
      if (plan.eventFilter.test(row, t)) {
        state.events.add(verdicts.event(plan, row));
      }
      return;
    }
    int subject = plan.subjectOf(row, t);
    if (subject < 0) {
      return;
    }
    for (int k = 0; k < plan.slots.size(); k++) {
      Slot slot = plan.slots.get(k);
      for (MeasurePlan.ActivityTerm term : slot.plan.activities) {
        if (term.filter().test(row, t)) {
          state.seen[k][subject] = true;
          int w = slot.windowOf(day);
          if (w >= 0) {
            state.values[k][subject * slot.windows + w] += MeasurePlan.amount(scope, term, row);
          }
          state.rows(k, subject).add(row);
        }
      }
    }
  }

  /** The finaliser of SplitMix64: a well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}

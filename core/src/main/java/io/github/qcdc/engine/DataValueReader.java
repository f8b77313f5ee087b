package io.github.qcdc.engine;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.DataValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The reading of the data values in scope, part of the pass: each value that {@linkplain Counting
 * counts} is added to the fingerprint, to the measures that sum its element, and to the rules whose
 * slots read it.
 */
final class DataValueReader {
  private final Plan plan;
  private final Scope scope;

  DataValueReader(Plan plan) {
    this.plan = plan;
    this.scope = plan.scope;
  }

  /**
   * Adds the data values {@code from} to {@code to} (indices into the dataset's values) into {@code
   * total}: the measures and rules that read them. The values of a scope may be read in parts, each
   * into its own partial result, merged in the order of the parts.
   */
  void addTo(Partial total, int from, int to) {
    List<RulePlan> all = plan.allRulePlans();
    List<DataValue> values = scope.dataset.dataValues();
    int[] readers =
        IntStream.range(0, plan.measures.size())
            .filter(m -> !plan.measures.get(m).dataValues.isEmpty())
            .toArray();
    int[] ruleReaders =
        IntStream.range(0, all.size()).filter(r -> all.get(r).readsDataValues()).toArray();
    boolean reads = readers.length > 0 || ruleReaders.length > 0;
    for (int i = from; i < to; i++) {
      int t = Counting.valueTree(scope, i);
      if (t < 0) {
        continue;
      }
      int p = scope.dataset.dataValuePeriod(i);
      total.valuesRead++;
      long h = scope.dataset.dataValueHash(i);
      long mixed = io.github.qcdc.internal.Hashes.mix(h);
      total.fingerprintA += mixed;
      total.fingerprintB += io.github.qcdc.internal.Hashes.second(mixed);
      if (!reads) {
        continue;
      }
      DataValue value = values.get(i);
      for (int m : readers) {
        int slot = plan.targets.get(m).accumulator();
        CellEncoder encoder = plan.encoders.get(plan.targets.get(m).indicator());
        if (Counting.forTerms(plan.measures.get(m).dataValues, value)) {
          int cell = encoder.ofValue(value, t);
          if (value.amount().isExactCount()) {
            total.cells[slot][cell] =
                Math.addExact(total.cells[slot][cell], value.amount().count());
          } else {
            total.addReported(slot, cell, value.amount());
          }
          total.counted[slot]++;
        }
      }
      for (int r : ruleReaders) {
        addToRule(all.get(r), total.rules[r], value, i, t, scope.valuePeriodDays[p]);
      }
    }
  }

  private void addToRule(
      RulePlan plan,
      Partial.RuleState state,
      DataValue value,
      int index,
      int t,
      DateInterval days) {
    if (!plan.readsDataValues()) {
      return;
    }
    int subject = plan.subjectOfUnit(scope.dataset.dataValueUnit(index), t, value.period().end());
    if (subject < 0 || plan.applied.isEmpty() || !plan.applied.get().encloses(days)) {
      return;
    }
    for (int k = 0; k < plan.slots.size(); k++) {
      if (!state.isHome(k)) {
        continue; // an equal slot of an earlier rule adds these values up
      }
      Slot slot = plan.slots.get(k);
      for (Measure.SumDataValues term : slot.plan.dataValues) {
        if (!MeasurePlan.matches(term, value)) {
          continue;
        }
        if (!value.amount().isExactCount()) {
          throw new QcdcException(
              "cannot evaluate",
              List.of(
                  Problem.of(
                      "data value " + value.id(),
                      "rule %s reads exact whole counts, and the amount is '%s'"
                          + " (a decimal, qualified or in a measure unit); report the count, or"
                          + " read the element with a value indicator",
                      plan.id,
                      value.amount())));
        }
        int w = window(slot, days);
        state.seen[k][subject] = true;
        if (w >= 0) {
          state.addValue(k, subject * slot.windows + w, value.amount().count());
          state
              .valueRefs
              .computeIfAbsent(k * state.seen[k].length + subject, x -> new ArrayList<>())
              .add(new Partial.ValueRef(w, value.id().value()));
        }
      }
    }
  }

  private int window(Slot slot, DateInterval days) {
    if (slot.per == Condition.Per.PERIOD) {
      return 0;
    }
    int w = slot.windowOf((int) days.start().toEpochDay());
    return w >= 0 && slot.interval(w).encloses(days) ? w : -1;
  }
}

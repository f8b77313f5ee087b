package io.github.qcdc.engine;

import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.internal.Hashes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a run of activity rows, adding what every indicator and rule reads into a {@link
 * Partial}.
 *
 * <p>Terms are grouped by the activity types they can match, so a row is tested only against the
 * terms its type can satisfy.
 */
final class Pass {
  /**
   * An indicator's activity term, adding into accumulator {@code accumulator} by {@code encoder}.
   */
  record Sink(MeasurePlan.ActivityTerm term, int accumulator, CellEncoder encoder) {}

  /** A rule's activity term: rule {@code rule}, slot {@code slot}. */
  private record RuleTerm(int rule, int slot, MeasurePlan.ActivityTerm term) {}

  private final Scope scope;
  private final ActivityTable table;
  private final SinkGroup[][] sinksByType;
  private final RuleTerm[][] ruleTermsByType;
  private final int[] eventRules;
  private final List<RulePlan> rules;
  private final Verdicts verdicts;
  private final int[] cellCounts;
  private final List<SharedSlot> shared;

  /** Sinks that read the same rows into the same cells: one test, one cell, many accumulators. */
  private static final class SinkGroup {
    final MeasurePlan.ActivityTerm term;
    final CellEncoder encoder;
    final int[] accumulators;

    SinkGroup(MeasurePlan.ActivityTerm term, CellEncoder encoder, int[] accumulators) {
      this.term = term;
      this.encoder = encoder;
      this.accumulators = accumulators;
    }
  }

  Pass(
      Scope scope,
      List<Sink> sinks,
      List<RulePlan> rules,
      Verdicts verdicts,
      int[] cellCounts,
      List<SharedSlot> shared) {
    this.scope = scope;
    this.table = scope.table;
    this.rules = rules;
    this.verdicts = verdicts;
    this.cellCounts = cellCounts;
    this.shared = shared;
    java.util.Set<Long> elsewhere = new java.util.HashSet<>();
    shared.forEach(a -> elsewhere.add(((long) a.rule() << 32) | a.slot()));
    int types = Math.max(1, table.types().size());
    this.sinksByType = new SinkGroup[types][];
    this.ruleTermsByType = new RuleTerm[types][];
    List<RuleTerm> ruleTerms = new ArrayList<>();
    List<Integer> events = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      RulePlan plan = rules.get(r);
      if (plan.events) {
        events.add(r);
        continue;
      }
      for (int k = 0; k < plan.slots.size(); k++) {
        if (elsewhere.contains(((long) r << 32) | k)) {
          continue; // an equal slot of an earlier rule reads these rows
        }
        for (MeasurePlan.ActivityTerm term : plan.slots.get(k).plan.activities) {
          ruleTerms.add(new RuleTerm(r, k, term));
        }
      }
    }
    for (int type = 0; type < types; type++) {
      int typeId = type;
      sinksByType[type] =
          group(sinks.stream().filter(s -> s.term().mayMatch(typeId)).toList())
              .toArray(SinkGroup[]::new);
      ruleTermsByType[type] =
          ruleTerms.stream().filter(s -> s.term().mayMatch(typeId)).toArray(RuleTerm[]::new);
    }
    this.eventRules = events.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Groups sinks that read the same activities (filter and quantity) into the same cells
   * (breakdown): the row is tested and its cell found once for all of them.
   */
  private static List<SinkGroup> group(List<Sink> sinks) {
    java.util.Map<List<Object>, List<Sink>> byKey = new java.util.LinkedHashMap<>();
    for (Sink sink : sinks) {
      List<Object> key = new ArrayList<>();
      key.add(sink.term().definition());
      key.add(String.valueOf(sink.term().quantity()));
      key.add(sink.encoder().dimensions());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(sink);
    }
    List<SinkGroup> groups = new ArrayList<>();
    for (List<Sink> same : byKey.values()) {
      groups.add(
          new SinkGroup(
              same.get(0).term(),
              same.get(0).encoder(),
              same.stream().mapToInt(Sink::accumulator).toArray()));
    }
    return groups;
  }

  Partial run(int from, int to) {
    Partial p = new Partial(cellCounts, rules, shared);
    for (int row = from; row < to; row++) {
      int day = table.epochDay(row);
      int unit = table.unit(row);
      int t = Counting.rowTree(scope, day, unit);
      if (t < 0) {
        if (Counting.outsideTree(scope, day, unit)) {
          p.outsideTree++;
        }
        continue;
      }
      if (scope.isRemapped(unit)) {
        p.remapped++;
      }
      if (scope.isGeneralised(unit)) {
        p.generalised++;
        if (scope.isUnrecorded(unit)) {
          p.unrecorded++;
        }
      }
      p.rowsRead++;
      int type = table.typeId(row);
      long h = table.rowHash(row);
      p.fingerprintA += h;
      p.fingerprintB += Hashes.second(h);
      for (SinkGroup group : sinksByType[type]) {
        if (group.term.matches(row, t)) {
          int cell = group.encoder.ofRow(row, t);
          long amount = MeasurePlan.amount(scope, group.term, row);
          for (int a : group.accumulators) {
            p.cells[a][cell] = Math.addExact(p.cells[a][cell], amount);
            p.counted[a]++;
          }
        }
      }
      RuleTerm[] terms = ruleTermsByType[type];
      if (terms.length > 0) {
        int year = scope.yearIndex(day);
        for (RuleTerm term : terms) {
          add(rules.get(term.rule), p.rules[term.rule], term.slot, term.term, row, t, day, year);
        }
      }
      for (int r : eventRules) {
        RulePlan plan = rules.get(r);
        if (plan.appliesOn(day) && plan.eventFilter.test(row, t)) {
          p.rules[r].events.add(verdicts.event(plan, row));
        }
      }
    }
    return p;
  }

  private void add(
      RulePlan plan,
      Partial.RuleState state,
      int k,
      MeasurePlan.ActivityTerm term,
      int row,
      int t,
      int day,
      int year) {
    int subject = Counting.ruleSubject(plan, term, row, t, day);
    if (subject < 0) {
      return;
    }
    Slot slot = plan.slots.get(k);
    state.seen[k][subject] = true;
    int w = slot.windowOf(day, year);
    if (w >= 0) {
      int cell = subject * slot.windows + w;
      state.addValue(k, cell, MeasurePlan.amount(scope, term, row));
      state.counts[k][cell]++;
    }
  }

  /**
   * The rows each slot of {@code plans} read, by cell, up to the evidence limit per cell, in one
   * pass over the scope's rows: every rule's evidence at once. Slots of equal keys share their
   * rows; event rules and rules in force on no day have none.
   */
  static Map<List<Object>, CellRows> evidence(Scope scope, List<RulePlan> plans) {
    // looked up by slot key only, never iterated: the slots are walked through the lists below
    Map<List<Object>, CellRows> found = new HashMap<>();
    List<RulePlan> slotPlans = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    List<CellRows> rows = new ArrayList<>();
    for (RulePlan plan : plans) {
      for (int k = 0; k < plan.slots.size(); k++) {
        if (!found.containsKey(plan.slotKeys.get(k))) {
          Slot slot = plan.slots.get(k);
          CellRows cells = new CellRows(plan.subjects.size() * slot.windows);
          found.put(plan.slotKeys.get(k), cells);
          slotPlans.add(plan);
          slots.add(slot);
          rows.add(cells);
        }
      }
    }
    int[][] taken = new int[slots.size()][];
    for (int i = 0; i < taken.length; i++) {
      taken[i] = new int[rows.get(i).cellCount()];
    }
    for (int row = scope.rowFrom; row < scope.rowTo; row++) {
      int t = Counting.rowTree(scope, row);
      if (t >= 0) {
        for (int i = 0; i < slots.size(); i++) {
          evidenceOfRow(scope, slotPlans.get(i), slots.get(i), row, t, rows.get(i), taken[i]);
        }
      }
    }
    rows.forEach(CellRows::index);
    return found;
  }

  /** Adds {@code row} to the cells of {@code slot} it counts in, up to the evidence limit. */
  private static void evidenceOfRow(
      Scope scope, RulePlan plan, Slot slot, int row, int t, CellRows found, int[] taken) {
    int day = scope.table.epochDay(row);
    int type = scope.table.typeId(row);
    for (MeasurePlan.ActivityTerm term : slot.plan.activities) {
      if (!term.mayMatch(type)) {
        continue;
      }
      int subject = Counting.ruleSubject(plan, term, row, t, day);
      if (subject < 0) {
        continue;
      }
      int w = slot.windowOf(day, scope.yearIndex(day));
      if (w >= 0) {
        int cell = subject * slot.windows + w;
        if (taken[cell]++ < scope.evidenceIds) {
          found.add(cell, row);
        }
      }
    }
  }
}

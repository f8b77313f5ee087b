package io.github.qcdc.engine;

import io.github.qcdc.report.SubjectVerdict;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one part of the rows adds up: mutable, not thread-safe, and mergeable, so parts can be
 * evaluated in parallel and merged in row order into what one pass over all rows gives.
 */
final class Partial {
  /** Per indicator accumulator, per cell. */
  final long[][] cells;

  /** Per indicator accumulator, the records that counted. */
  final long[] counted;

  /**
   * Per indicator accumulator, the data values that are not exact counts (decimals, qualified, with
   * a measure unit); null until one is read. Data values are read into the merged total only, so
   * these never need merging.
   */
  final @Nullable ReportedSums[] reported;

  final RuleState[] rules;
  long fingerprintA;
  long fingerprintB;
  long rowsRead;

  /** Data values inside the scope and the period. */
  long valuesRead;

  long outsideTree;
  long remapped;
  long generalised;

  /** Rows on units whose successor is not recorded, counted where their parent's territory went. */
  long unrecorded;

  /** A data value read for a subject, in window {@code window}. */
  record ValueRef(int window, String id) {}

  /**
   * A rule's per-subject sums and counts, and whether each subject had any record; the rows
   * themselves are found again only when a verdict's evidence is read ({@link Pass#evidence}).
   */
  static final class RuleState {
    /** Per slot, per subject and window, the sum; null for a slot that counts rows (see counts). */
    final long[] @Nullable [] values;

    /** Per slot, per subject and window, how many records were read. */
    final int[][] counts;

    final boolean[][] seen;

    final List<SubjectVerdict> events = new ArrayList<>();

    /** Per slot and subject ({@code slot * subjects + subject}), the data values read. */
    final java.util.Map<Integer, List<ValueRef>> valueRefs = new java.util.HashMap<>();

    /** Per slot, the state that adds it up: this one, or that of an equal slot met before. */
    final RuleState[] home;

    /** Per slot, its index in {@link #home}. */
    final int[] homeSlot;

    RuleState(RulePlan plan, boolean[] elsewhere) {
      int slots = plan.slots.size();
      int subjects = plan.subjects.size();
      values = new long[slots][];
      counts = new int[slots][];
      seen = new boolean[slots][];
      home = new RuleState[slots];
      homeSlot = new int[slots];
      for (int k = 0; k < slots; k++) {
        Slot slot = plan.slots.get(k);
        home[k] = this;
        homeSlot[k] = k;
        if (elsewhere[k]) {
          continue; // an equal slot adds it up; share() gives its arrays
        }
        if (!slot.countsOnly()) {
          values[k] = new long[subjects * slot.windows];
        }
        counts[k] = new int[subjects * slot.windows];
        seen[k] = new boolean[subjects];
      }
    }

    /** Slot {@code k} shares the arrays of slot {@code k0} of {@code other}, which adds them up. */
    void share(int k, RuleState other, int k0) {
      values[k] = other.values[k0];
      counts[k] = other.counts[k0];
      seen[k] = other.seen[k0];
      home[k] = other;
      homeSlot[k] = k0;
    }

    /** Whether slot {@code k} is added up here rather than by an equal slot. */
    boolean isHome(int k) {
      return home[k] == this && homeSlot[k] == k;
    }

    /** The data values slot {@code k} read for subject {@code s}. */
    List<ValueRef> valueRefs(int k, int s) {
      RuleState at = home[k];
      int slot = homeSlot[k];
      return at.valueRefs.isEmpty()
          ? List.of()
          : at.valueRefs.getOrDefault(slot * at.seen[slot].length + s, List.of());
    }

    /** The sum of slot {@code k} in cell {@code cell}: its count, for a slot that counts rows. */
    long value(int k, int cell) {
      long[] sums = values[k];
      return sums == null ? counts[k][cell] : sums[cell];
    }

    /** Adds {@code amount} to the sum of slot {@code k} in {@code cell}, unless it counts rows. */
    void addValue(int k, int cell, long amount) {
      long[] sums = values[k];
      if (sums != null) {
        sums[cell] = Math.addExact(sums[cell], amount);
      }
    }

    void merge(RuleState other) {
      for (int k = 0; k < values.length; k++) {
        if (!isHome(k)) {
          continue;
        }
        long[] mine = values[k];
        long[] theirs = other.values[k];
        if (mine != null && theirs != null) {
          add(mine, theirs);
        }
        for (int c = 0; c < counts[k].length; c++) {
          counts[k][c] += other.counts[k][c];
        }
        for (int s = 0; s < seen[k].length; s++) {
          seen[k][s] |= other.seen[k][s];
        }
      }
      events.addAll(other.events);
      other.valueRefs.forEach(
          (key, refs) -> valueRefs.computeIfAbsent(key, x -> new ArrayList<>()).addAll(refs));
    }
  }

  /**
   * Empty sums for {@code cellCounts} accumulators and {@code rulePlans}; each {@code shared} slot
   * reads the arrays of its home slot.
   */
  Partial(int[] cellCounts, List<RulePlan> rulePlans, List<SharedSlot> shared) {
    cells = new long[cellCounts.length][];
    for (int i = 0; i < cellCounts.length; i++) {
      cells[i] = new long[cellCounts[i]];
    }
    counted = new long[cellCounts.length];
    reported = new ReportedSums[cellCounts.length];
    rules = new RuleState[rulePlans.size()];
    boolean[][] elsewhere = new boolean[rules.length][];
    for (int r = 0; r < rules.length; r++) {
      elsewhere[r] = new boolean[rulePlans.get(r).slots.size()];
    }
    for (SharedSlot alias : shared) {
      elsewhere[alias.rule()][alias.slot()] = true;
    }
    for (int r = 0; r < rules.length; r++) {
      rules[r] = new RuleState(rulePlans.get(r), elsewhere[r]);
    }
    for (SharedSlot alias : shared) {
      rules[alias.rule()].share(alias.slot(), rules[alias.homeRule()], alias.homeSlot());
    }
  }

  /** Adds {@code later}, the part after this one, into this one. */
  void merge(Partial later) {
    for (int i = 0; i < cells.length; i++) {
      add(cells[i], later.cells[i]);
      counted[i] += later.counted[i];
      ReportedSums theirs = later.reported[i];
      if (theirs != null) {
        ReportedSums mine = reported[i];
        if (mine == null) {
          reported[i] = theirs;
        } else {
          mine.merge(theirs);
        }
      }
    }
    for (int r = 0; r < rules.length; r++) {
      rules[r].merge(later.rules[r]);
    }
    fingerprintA += later.fingerprintA;
    fingerprintB += later.fingerprintB;
    rowsRead += later.rowsRead;
    valuesRead += later.valuesRead;
    outsideTree += later.outsideTree;
    remapped += later.remapped;
    generalised += later.generalised;
    unrecorded += later.unrecorded;
  }

  /** Adds {@code amount}, not an exact count, into cell {@code cell} of accumulator {@code a}. */
  void addReported(int a, int cell, io.github.qcdc.records.Amount amount) {
    ReportedSums sums = reported[a];
    if (sums == null) {
      sums = new ReportedSums(cells[a].length);
      reported[a] = sums;
    }
    sums.add(cell, amount);
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
  }
}

package io.github.qcdc.engine;

import com.google.common.collect.ImmutableSet;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingCalendar;
import io.github.qcdc.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The compiled context of one evaluation: the tree the report is expressed on, the scope as a range
 * of that tree, the mapping of the dataset's units onto it, the slice of activity rows to read, and
 * the encodings of days into reporting years and quarters.
 */
final class Scope {
  final Dataset dataset;
  final ActivityTable table;
  final Gazetteer gazetteer;
  final AdminTree tree;
  final Optional<UnitCode> scopeCode;
  final ReportingPeriod period;
  final ReportingCalendar calendar;
  final DateInterval days;
  final int firstDay;
  final int lastDay;
  final int scopeFrom;
  final int scopeTo;

  /** Canonical unit index to tree index, or -1 (not on the tree and not placeable on it). */
  final int[] treeOf;

  final boolean[] remapped;

  /** Whether a remapped unit had several successors, placed on the unit containing them all. */
  final boolean[] generalised;

  final int rowFrom;
  final int rowTo;
  final int valueFrom;
  final int evidenceIds;
  final int valueTo;
  final int firstYear;
  final int yearCount;
  private final int[] yearStarts;
  private final int[] quarterStarts;
  private final Map<Tier, int[]> ancestors = new EnumMap<>(Tier.class);
  private final Map<Tier, int[]> positions = new EnumMap<>(Tier.class);
  private final Map<Tier, List<AdminUnit>> unitsAt = new EnumMap<>(Tier.class);

  Scope(
      Dataset dataset,
      Optional<UnitCode> scope,
      ReportingPeriod period,
      ReportingCalendar calendar,
      EvaluationOptions options) {
    this.dataset = dataset;
    this.evidenceIds = options.evidenceIds();
    this.table = dataset.activities();
    this.gazetteer = dataset.gazetteer();
    this.scopeCode = scope;
    this.period = period;
    this.calendar = calendar;
    this.days = calendar.interval(period);
    this.firstDay = (int) days.start().toEpochDay();
    this.lastDay = (int) days.end().toEpochDay();
    LocalDate asOf = options.asOf().orElse(days.end());
    this.tree = gazetteer.asOf(asOf);
    if (scope.isPresent()) {
      OptionalInt scopeIndex = tree.index(scope.get());
      if (scopeIndex.isEmpty()) {
        throw new QcdcException(
            "cannot evaluate",
            List.of(
                Problem.of(
                    "scope",
                    "unit %s is not in force on %s, the day the report is expressed on",
                    scope.get(),
                    asOf)));
      }
      this.scopeFrom = scopeIndex.getAsInt();
      this.scopeTo = tree.subtreeEnd(scopeFrom);
    } else {
      this.scopeFrom = 0;
      this.scopeTo = tree.size();
    }
    int units = gazetteer.size();
    this.treeOf = new int[units];
    this.remapped = new boolean[units];
    this.generalised = new boolean[units];
    int minCanonical = Integer.MAX_VALUE;
    int maxCanonical = -1;
    for (int i = scopeFrom; i < scopeTo; i++) {
      minCanonical = Math.min(minCanonical, tree.canonicalIndex(i));
      maxCanonical = Math.max(maxCanonical, tree.canonicalIndex(i));
    }
    for (int u = 0; u < units; u++) {
      treeOf[u] = tree.indexOfCanonical(u);
      if (treeOf[u] < 0 && options.remapToSuccessors()) {
        treeOf[u] = successor(u, gazetteer.codeAt(u), asOf);
        remapped[u] = treeOf[u] >= 0;
        if (inScope(treeOf[u])) {
          minCanonical = Math.min(minCanonical, u);
          maxCanonical = Math.max(maxCanonical, u);
        }
      }
    }
    this.rowFrom = maxCanonical < 0 ? 0 : table.firstRowOfUnit(minCanonical);
    this.rowTo = maxCanonical < 0 ? 0 : table.firstRowOfUnit(maxCanonical + 1);
    this.valueFrom = maxCanonical < 0 ? 0 : dataset.firstDataValueOfUnit(minCanonical);
    this.valueTo = maxCanonical < 0 ? 0 : dataset.firstDataValueOfUnit(maxCanonical + 1);
    this.firstYear = calendar.yearOf(days.start());
    this.yearCount = calendar.yearOf(days.end()) - firstYear + 1;
    this.yearStarts = starts(calendar, firstYear, yearCount, false);
    this.quarterStarts = starts(calendar, firstYear, yearCount * 4, true);
  }

  /**
   * The tree index of the unit that carries on {@code code}'s territory on {@code asOf}: its one
   * successor, or the smallest unit containing all its successors (a split), or -1.
   */
  private int successor(int u, UnitCode code, LocalDate asOf) {
    List<AdminUnit> versions = gazetteer.versions(code);
    LocalDate lastDay = versions.get(versions.size() - 1).validity().end();
    if (lastDay.isAfter(asOf)) {
      return -1; // not yet in force on the report's day: nothing to map
    }
    ImmutableSet<UnitCode> next = gazetteer.successors(code, lastDay, asOf);
    int common = -1;
    for (UnitCode successor : next) {
      OptionalInt t = tree.index(successor);
      if (t.isEmpty()) {
        return -1;
      }
      common = common < 0 ? t.getAsInt() : commonAncestor(common, t.getAsInt());
      if (common < 0) {
        return -1;
      }
    }
    generalised[u] = next.size() > 1;
    return common;
  }

  private int commonAncestor(int a, int b) {
    int x = a;
    while (x >= 0 && !(x <= b && b < tree.subtreeEnd(x))) {
      x = tree.parentIndex(x);
    }
    return x;
  }

  /** The name of the scope: a unit with its type, or the whole tree. */
  io.github.qcdc.indicator.Phrase scopeName() {
    return scopeCode.isPresent()
        ? io.github.qcdc.indicator.Phrase.of(
            tree.unitAt(scopeFrom).nameWithType(), tree.unitAt(scopeFrom).nameWithType())
        : io.github.qcdc.indicator.Phrase.of("cả nước", "the whole country");
  }

  boolean inScope(int treeIndex) {
    return treeIndex >= scopeFrom && treeIndex < scopeTo;
  }

  /**
   * The reporting-year index (0 = first year of the period) of an epoch day; may be out of range.
   */
  int yearIndex(int epochDay) {
    return bucket(yearStarts, epochDay);
  }

  /** The reporting-quarter index (0 = first quarter of the first year) of an epoch day. */
  int quarterIndex(int epochDay) {
    return bucket(quarterStarts, epochDay);
  }

  /**
   * The index of the last start not after {@code day}: -1 before the first, past the end after the
   * last.
   */
  private static int bucket(int[] starts, int day) {
    int i = java.util.Arrays.binarySearch(starts, day);
    return i >= 0 ? i : -i - 2;
  }

  private static int[] starts(
      ReportingCalendar calendar, int firstYear, int count, boolean quarters) {
    int[] starts = new int[count + 1];
    for (int i = 0; i <= count; i++) {
      ReportingPeriod p =
          quarters
              ? ReportingPeriod.ofQuarter(firstYear + i / 4, i % 4 + 1)
              : ReportingPeriod.ofYear(firstYear + i);
      starts[i] = (int) calendar.interval(p).start().toEpochDay();
    }
    return starts;
  }

  /** Per tree index, the tree index of its ancestor (or itself) at {@code tier}, or -1. */
  int[] ancestorsAt(Tier tier) {
    return ancestors.computeIfAbsent(
        tier,
        t -> {
          int[] result = new int[tree.size()];
          for (int i = 0; i < result.length; i++) {
            result[i] = tree.ancestorIndexAt(i, t);
          }
          return result;
        });
  }

  /** The units of {@code tier} inside the scope, in tree order. */
  List<AdminUnit> unitsAt(Tier tier) {
    return unitsAt.computeIfAbsent(
        tier,
        t -> {
          List<AdminUnit> list = new ArrayList<>();
          for (int i = scopeFrom; i < scopeTo; i++) {
            if (tree.unitAt(i).tier() == t) {
              list.add(tree.unitAt(i));
            }
          }
          return list;
        });
  }

  /** Per tree index, the position of the unit in {@link #unitsAt(Tier)} of its own tier, or -1. */
  int[] positionsAt(Tier tier) {
    return positions.computeIfAbsent(
        tier,
        t -> {
          int[] result = new int[tree.size()];
          java.util.Arrays.fill(result, -1);
          int next = 0;
          for (int i = scopeFrom; i < scopeTo; i++) {
            if (tree.unitAt(i).tier() == t) {
              result[i] = next++;
            }
          }
          return result;
        });
  }
}

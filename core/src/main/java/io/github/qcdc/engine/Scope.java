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
import io.github.qcdc.period.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The compiled context of one evaluation: the tree the report is expressed on, the scope as a range
 * of that tree, the mapping of the dataset's units onto it, the slice of activity rows to read, and
 * the encodings of days into reporting years and quarters.
 */
final class Scope {
  final Dataset dataset;

  /** The unit subjects of each population met in this evaluation, by population and day. */
  private final Map<List<Object>, PopulationSubjects.UnitSubjects> unitSubjects = new HashMap<>();

  final ActivityTable table;
  final Gazetteer gazetteer;
  final AdminTree tree;
  final Optional<UnitCode> scopeCode;
  final ReportingPeriod period;
  final ReportingCalendar calendar;

  /** The calendar working days are counted by. */
  final WorkingDays workingDays;

  final DateInterval days;
  final int firstDay;
  final int lastDay;
  final int scopeFrom;
  final int scopeTo;

  /**
   * When remapping, canonical unit index to tree index, or -1 (not on the tree and not placeable on
   * it); null otherwise, the tree's own mapping then being used.
   */
  private final int @Nullable [] remapTable;

  private final boolean @Nullable [] remapped;

  /** Whether a remapped unit had several successors, placed on the unit containing them all. */
  private final boolean @Nullable [] generalised;

  /**
   * Per gazetteer unit, whether it ended with no recorded successor (placed through its parent).
   */
  private final boolean @Nullable [] unrecorded;

  final int rowFrom;
  final int rowTo;
  final int valueFrom;
  final int evidenceIds;

  /** How much evidence each verdict carries. */
  final EvidenceDetail evidence;

  final int valueTo;

  /** Per period of the dataset's data values, its days. */
  final DateInterval[] valuePeriodDays;

  /** Per period of the dataset's data values, whether it lies inside the report's days. */
  final boolean[] valuePeriodInside;

  final int firstYear;
  final int yearCount;
  private final int[] yearStarts;

  /** Per day from the first year's start, its year index: the look-up of the row loop. */
  private final int[] yearOfDay;

  private final int[] quarterOfDay;
  private final int[] quarterStarts;
  private final Map<Tier, int[]> positions = new EnumMap<>(Tier.class);
  private final Map<Tier, List<AdminUnit>> unitsAt = new EnumMap<>(Tier.class);

  Scope(
      Dataset dataset,
      Optional<UnitCode> scope,
      ReportingPeriod period,
      ReportingCalendar calendar,
      EvaluationOptions options,
      WorkingDays workingDays) {
    this.dataset = dataset;
    this.workingDays = workingDays;
    this.evidence = options.evidence();
    this.evidenceIds = evidence == EvidenceDetail.FULL ? options.evidenceIds() : 0;
    this.table = dataset.activities();
    this.gazetteer = dataset.gazetteer();
    this.scopeCode = scope;
    this.period = period;
    this.calendar = calendar;
    this.days = calendar.interval(period);
    this.firstDay = (int) days.start().toEpochDay();
    this.lastDay = (int) days.end().toEpochDay();
    this.valuePeriodDays =
        dataset.dataValuePeriods().stream().map(calendar::interval).toArray(DateInterval[]::new);
    this.valuePeriodInside = enclosed(days, valuePeriodDays);
    LocalDate asOf = options.asOf().orElse(days.end());
    this.tree = gazetteer.asOf(asOf);
    int[] subtree = subtree(tree, scope, asOf);
    this.scopeFrom = subtree[0];
    this.scopeTo = subtree[1];
    int units = gazetteer.size();
    int[] canonical = canonicalRange(); // the least and greatest gazetteer index read
    // the scope is a territory: records on units that ended before the report's day are counted
    // where their territory went, whether or not the caller asked to remap (then they are also
    // counted in the diagnostics as remapped)
    if (tree.size() == units) {
      // every unit is on the report's tree: no record needs a successor
      this.remapTable = null;
      this.remapped = null;
      this.generalised = null;
      this.unrecorded = null;
    } else {
      int[] place = new int[units];
      boolean[] moved = new boolean[units];
      this.generalised = new boolean[units];
      this.unrecorded = new boolean[units];
      remap(asOf, place, moved, canonical);
      this.remapTable = place;
      this.remapped = moved;
    }
    boolean none = canonical[1] < 0; // no unit in scope: no row, no value
    this.rowFrom = none ? 0 : table.firstRowOfUnit(canonical[0]);
    this.rowTo = none ? 0 : table.firstRowOfUnit(canonical[1] + 1);
    this.valueFrom = none ? 0 : dataset.firstDataValueOfUnit(canonical[0]);
    this.valueTo = none ? 0 : dataset.firstDataValueOfUnit(canonical[1] + 1);
    this.firstYear = calendar.yearOf(days.start());
    this.yearCount = calendar.yearOf(days.end()) - firstYear + 1;
    this.yearStarts = starts(calendar, firstYear, yearCount, false);
    this.quarterStarts = starts(calendar, firstYear, yearCount * 4, true);
    this.yearOfDay = byDay(yearStarts);
    this.quarterOfDay = byDay(quarterStarts);
  }

  /** Per interval of {@code intervals}, whether {@code days} encloses it. */
  private static boolean[] enclosed(DateInterval days, DateInterval[] intervals) {
    boolean[] inside = new boolean[intervals.length];
    for (int p = 0; p < inside.length; p++) {
      inside[p] = days.encloses(intervals[p]);
    }
    return inside;
  }

  /**
   * The least and greatest gazetteer index of the scope's units; {@code {MAX_VALUE, -1}} if none.
   */
  private int[] canonicalRange() {
    int[] canonical = {Integer.MAX_VALUE, -1};
    for (int i = scopeFrom; i < scopeTo; i++) {
      canonical[0] = Math.min(canonical[0], tree.canonicalIndex(i));
      canonical[1] = Math.max(canonical[1], tree.canonicalIndex(i));
    }
    return canonical;
  }

  /** The tree indexes from and to (exclusive) of {@code scope}'s subtree, or of the whole tree. */
  private static int[] subtree(AdminTree tree, Optional<UnitCode> scope, LocalDate asOf) {
    if (scope.isEmpty()) {
      return new int[] {0, tree.size()};
    }
    OptionalInt index = tree.index(scope.get());
    if (index.isEmpty()) {
      throw new QcdcException(
          "cannot evaluate",
          List.of(
              Problem.of(
                  "scope",
                  "unit %s is not in force on %s, the day the report is expressed on",
                  scope.get(),
                  asOf)));
    }
    return new int[] {index.getAsInt(), tree.subtreeEnd(index.getAsInt())};
  }

  /**
   * Per gazetteer unit, its place on the tree, its successor's when it is not on it ({@code
   * moved}); widens {@code canonical}, the range of gazetteer indexes read, to the units whose
   * successor is in scope.
   */
  private void remap(LocalDate asOf, int[] place, boolean[] moved, int[] canonical) {
    for (int u = 0; u < place.length; u++) {
      place[u] = tree.indexOfCanonical(u);
      if (place[u] < 0) {
        place[u] = successor(u, gazetteer.codeAt(u), asOf);
        moved[u] = place[u] >= 0;
        if (inScope(place[u])) {
          canonical[0] = Math.min(canonical[0], u);
          canonical[1] = Math.max(canonical[1], u);
        }
      }
    }
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
    if (next.isEmpty()) {
      // ended with no successor (dissolved, or not recorded): its territory stayed inside its
      // parent, so its records go where the parent's territory went, as for a split
      Optional<UnitCode> parent = versions.get(versions.size() - 1).parent();
      if (parent.isEmpty() || !gazetteer.contains(parent.get())) {
        return -1;
      }
      int p = gazetteer.indexOf(parent.get());
      int t =
          tree.indexOfCanonical(p) >= 0
              ? tree.indexOfCanonical(p)
              : successor(p, parent.get(), asOf);
      java.util.Objects.requireNonNull(generalised)[u] = t >= 0;
      java.util.Objects.requireNonNull(unrecorded)[u] = t >= 0;
      return t;
    }
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
    java.util.Objects.requireNonNull(generalised)[u] = next.size() > 1;
    return common;
  }

  private int commonAncestor(int a, int b) {
    int x = a;
    while (x >= 0 && !(x <= b && b < tree.subtreeEnd(x))) {
      x = tree.parentIndex(x);
    }
    return x;
  }

  /**
   * The warnings of this evaluation given {@code outsideTree} records counted on no unit and {@code
   * unrecordedRows} on units with no recorded successor: the period starts before the units are
   * known; records were placed through a parent; records were left out.
   */
  com.google.common.collect.ImmutableList<String> warnings(long outsideTree, long unrecordedRows) {
    com.google.common.collect.ImmutableList.Builder<String> warnings =
        com.google.common.collect.ImmutableList.builder();
    Optional<LocalDate> known = gazetteer.knownFrom();
    if (known.isPresent() && days.start().isBefore(known.get())) {
      warnings.add(
          "the period starts on "
              + days.start()
              + ", before "
              + known.get()
              + ", the first day the units are known: the units of that day stand for the days"
              + " before it");
    }
    if (unrecordedRows > 0) {
      warnings.add(
          (unrecordedRows == 1
                  ? "1 record of the period is on a unit"
                  : unrecordedRows + " records of the period are on units")
              + " that ended with no recorded successor: counted on the unit of "
              + tree.date()
              + " that carries on the parent's territory, in no unit below it");
    }
    if (outsideTree > 0) {
      warnings.add(
          outsideTree
              + " records of the period are on units with no place on the tree of "
              + tree.date()
              + " (units that start after it, or whose territory has no successor): not counted");
    }
    return warnings.build();
  }

  /** The name of the scope: a unit with its type, or the whole tree. */
  io.github.qcdc.indicator.Phrase scopeName() {
    return scopeCode.isPresent()
        ? io.github.qcdc.indicator.Phrase.of(
            tree.unitAt(scopeFrom).nameWithType(), tree.unitAt(scopeFrom).nameWithType())
        : io.github.qcdc.indicator.Phrase.of("cả nước", "the whole country");
  }

  /** The tree index of the unit with canonical index {@code canonical}, or -1. */
  int treeIndex(int canonical) {
    int[] table = remapTable;
    return table == null ? tree.indexOfCanonical(canonical) : table[canonical];
  }

  /** Whether the unit with canonical index {@code canonical} is counted on a successor. */
  boolean isRemapped(int canonical) {
    boolean[] moved = remapped;
    return moved != null && moved[canonical];
  }

  /** Whether the unit with canonical index {@code canonical} ended with no recorded successor. */
  boolean isUnrecorded(int canonical) {
    boolean[] lost = unrecorded;
    return lost != null && lost[canonical];
  }

  /** Whether the unit with canonical index {@code canonical} was placed on a containing unit. */
  boolean isGeneralised(int canonical) {
    boolean[] placed = generalised;
    return placed != null && placed[canonical];
  }

  /** The unit subjects {@code key} names, computed by {@code compute} the first time. */
  PopulationSubjects.UnitSubjects unitSubjects(
      List<Object> key, java.util.function.Supplier<PopulationSubjects.UnitSubjects> compute) {
    PopulationSubjects.UnitSubjects known = unitSubjects.get(key);
    if (known == null) {
      known = compute.get();
      unitSubjects.put(key, known);
    }
    return known;
  }

  boolean inScope(int treeIndex) {
    return treeIndex >= scopeFrom && treeIndex < scopeTo;
  }

  /**
   * The reporting-year index (0 = first year of the period) of an epoch day; may be out of range.
   */
  int yearIndex(int epochDay) {
    return indexOf(yearStarts, yearOfDay, epochDay);
  }

  /** The reporting-quarter index (0 = first quarter of the first year) of an epoch day. */
  int quarterIndex(int epochDay) {
    return indexOf(quarterStarts, quarterOfDay, epochDay);
  }

  private static int indexOf(int[] starts, int[] byDay, int day) {
    int i = day - starts[0];
    return i >= 0 && i < byDay.length ? byDay[i] : bucket(starts, day);
  }

  /** For every day from the first start to the last, the index of its bucket. */
  private static int[] byDay(int[] starts) {
    int[] byDay = new int[starts[starts.length - 1] - starts[0]];
    for (int b = 0; b + 1 < starts.length; b++) {
      java.util.Arrays.fill(byDay, starts[b] - starts[0], starts[b + 1] - starts[0], b);
    }
    return byDay;
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

  /** The tree index of the ancestor (or itself) at {@code tier} of tree unit {@code t}, or -1. */
  int ancestorAt(int t, Tier tier) {
    return tree.ancestorIndexAt(t, tier);
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

  /**
   * The position in {@link #unitsAt(Tier)} of tree unit {@code t}, a unit of {@code tier} inside
   * the scope; -1 otherwise.
   */
  int positionAt(int t, Tier tier) {
    if (!inScope(t)) {
      return -1;
    }
    int[] cached = positions.get(tier); // a look-up first: no function object per unit
    int[] known =
        cached != null
            ? cached
            : positions.computeIfAbsent(
                tier,
                x -> {
                  int[] result = new int[scopeTo - scopeFrom];
                  int next = 0;
                  for (int i = scopeFrom; i < scopeTo; i++) {
                    result[i - scopeFrom] = tree.unitAt(i).tier() == x ? next++ : -1;
                  }
                  return result;
                });
    return known[t - scopeFrom];
  }
}

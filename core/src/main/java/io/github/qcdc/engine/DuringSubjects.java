package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The subjects of a population of units taken {@linkplain Population.Reference#during() during} the
 * period: every unit of the tier in force on some day of the period inside the scope's territory,
 * each with the days it was in force, and per unit of the gazetteer the spans of days in which its
 * records count for a subject.
 *
 * <p>A unit's versions are one subject while only its name, type or parent change; a version that a
 * succession starts (the unit is a successor that day: a merge, an arrangement, a reused code)
 * starts another subject. A code with several subjects in the period names each {@code
 * CODE@FIRST-DAY}.
 */
final class DuringSubjects {
  private DuringSubjects() {}

  static PopulationSubjects.UnitSubjects of(
      Population.Units units, Map<String, Population.Exclusion> exclusions, Scope scope) {
    Gazetteer gazetteer = scope.gazetteer;
    Set<String> started = new HashSet<>(); // code@day of every version a succession starts
    for (Succession s : gazetteer.successions()) {
      s.successors().forEach(code -> started.add(code.value() + "@" + s.date()));
    }
    Found found = new Found(units, exclusions, scope.days, started);
    for (int u = 0; u < gazetteer.size(); u++) {
      int t = scope.treeIndex(u);
      if (scope.inScope(t)) {
        found.versionsOf(gazetteer.codeAt(u), gazetteer.versions(gazetteer.codeAt(u)), t);
      }
    }
    ImmutableList.Builder<PopulationSubjects.Subject> subjects = ImmutableList.builder();
    int[] firstDays = new int[found.sources.size()];
    int[] lastDays = new int[found.sources.size()];
    for (int s = 0; s < found.sources.size(); s++) {
      AdminUnit unit = found.sources.get(s);
      firstDays[s] = found.spans.get(s)[0];
      lastDays[s] = found.spans.get(s)[1];
      boolean shared =
          found.ofCode.getOrDefault(unit.code(), List.of()).stream()
                  .map(span -> span[2])
                  .distinct()
                  .count()
              > 1;
      String id =
          shared
              ? unit.code().value() + "@" + LocalDate.ofEpochDay(firstDays[s])
              : unit.code().value();
      subjects.add(new PopulationSubjects.Subject(id, found.treeIndexes.get(s), unit));
    }
    int[][] segments = segments(scope, units, found.ofCode);
    int[] noTree = new int[scope.scopeTo - scope.scopeFrom];
    Arrays.fill(noTree, -1);
    return new PopulationSubjects.UnitSubjects(
        subjects.build(),
        ImmutableList.copyOf(found.left),
        noTree,
        new PopulationSubjects.Spans(segments, firstDays, lastDays));
  }

  /** The subjects found so far, version by version of the units in scope. */
  private static final class Found {
    private final Population.Units units;
    private final Map<String, Population.Exclusion> exclusions;
    private final DateInterval period;
    private final Set<String> started;
    final List<AdminUnit> sources = new ArrayList<>();
    final List<int[]> spans = new ArrayList<>();
    final List<Integer> treeIndexes = new ArrayList<>();
    final List<Population.Exclusion> left = new ArrayList<>();
    private final Set<String> leftIds = new HashSet<>();
    final Map<UnitCode, List<int[]>> ofCode = new TreeMap<>(); // code -> (first, last, subject)

    Found(
        Population.Units units,
        Map<String, Population.Exclusion> exclusions,
        DateInterval period,
        Set<String> started) {
      this.units = units;
      this.exclusions = exclusions;
      this.period = period;
      this.started = started;
    }

    /**
     * The versions of {@code code} (on tree unit {@code t}) in the period: one subject while only
     * its name, type or parent change, another from a version a succession starts.
     */
    void versionsOf(UnitCode code, List<AdminUnit> versions, int t) {
      int current = -1;
      for (AdminUnit version : versions) {
        Optional<DateInterval> days = version.validity().intersection(period);
        boolean selected =
            days.isPresent()
                && version.tier() == units.tier()
                && (units.types().isEmpty() || units.types().contains(version.type()))
                && units.tag().map(tag -> version.hasTag(tag, days.get().end())).orElse(true);
        if (!selected) {
          current = -1;
          continue;
        }
        Population.Exclusion exclusion = exclusions.get(code.value());
        if (exclusion != null) {
          if (leftIds.add(code.value())) {
            left.add(exclusion);
          }
          continue;
        }
        int first = (int) days.get().start().toEpochDay();
        int last = (int) days.get().end().toEpochDay();
        if (current < 0 || started.contains(code.value() + "@" + version.validity().start())) {
          current = sources.size();
          sources.add(version);
          spans.add(new int[] {first, last});
          treeIndexes.add(t);
        } else {
          sources.set(current, version); // named by its latest version in the period
          spans.get(current)[1] = last;
        }
        ofCode.computeIfAbsent(code, c -> new ArrayList<>()).add(new int[] {first, last, current});
      }
    }
  }

  /**
   * Per unit of the gazetteer, the spans in which its records count for a subject: flattened (first
   * day, last day, subject) triples; the unit's versions walked up to the population's tier.
   */
  private static int[][] segments(
      Scope scope, Population.Units units, Map<UnitCode, List<int[]>> ofCode) {
    Gazetteer gazetteer = scope.gazetteer;
    int[][] segments = new int[gazetteer.size()][];
    for (int u = 0; u < gazetteer.size(); u++) {
      if (!scope.inScope(scope.treeIndex(u))) {
        continue;
      }
      List<int[]> found = new ArrayList<>();
      for (AdminUnit version : gazetteer.versions(gazetteer.codeAt(u))) {
        Optional<DateInterval> days = version.validity().intersection(scope.days);
        if (days.isEmpty()) {
          continue;
        }
        Optional<AdminUnit> at = ancestorAt(gazetteer, version, units, days.get().start());
        if (at.isEmpty()) {
          continue;
        }
        int first = (int) days.get().start().toEpochDay();
        int last = (int) days.get().end().toEpochDay();
        for (int[] span : ofCode.getOrDefault(at.get().code(), List.of())) {
          int from = Math.max(first, span[0]);
          int to = Math.min(last, span[1]);
          if (from <= to) {
            found.add(new int[] {from, to, span[2]});
          }
        }
      }
      if (!found.isEmpty()) {
        int[] flat = new int[found.size() * 3];
        for (int i = 0; i < found.size(); i++) {
          System.arraycopy(found.get(i), 0, flat, i * 3, 3);
        }
        segments[u] = flat;
      }
    }
    return segments;
  }

  private static Optional<AdminUnit> ancestorAt(
      Gazetteer gazetteer, AdminUnit version, Population.Units units, LocalDate day) {
    AdminUnit at = version;
    while (at.tier() != units.tier()) {
      Optional<UnitCode> parent = at.parent();
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      Optional<AdminUnit> next = gazetteer.unit(parent.get(), day);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      at = next.get();
    }
    return Optional.of(at);
  }
}

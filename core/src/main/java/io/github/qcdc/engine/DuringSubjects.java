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
    DateInterval period = scope.days;
    Set<String> started = new HashSet<>(); // code@day of every version a succession starts
    for (Succession s : gazetteer.successions()) {
      s.successors().forEach(code -> started.add(code.value() + "@" + s.date()));
    }
    List<AdminUnit> sources = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<Integer> treeIndexes = new ArrayList<>();
    List<Population.Exclusion> left = new ArrayList<>();
    Set<String> leftIds = new HashSet<>();
    Map<UnitCode, List<int[]>> ofCode = new TreeMap<>(); // code -> (first, last, subject)
    for (int u = 0; u < gazetteer.size(); u++) {
      int t = scope.treeIndex(u);
      if (!scope.inScope(t)) {
        continue;
      }
      UnitCode code = gazetteer.codeAt(u);
      int current = -1;
      for (AdminUnit version : gazetteer.versions(code)) {
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
    ImmutableList.Builder<PopulationSubjects.Subject> subjects = ImmutableList.builder();
    int[] firstDays = new int[sources.size()];
    int[] lastDays = new int[sources.size()];
    for (int s = 0; s < sources.size(); s++) {
      AdminUnit unit = sources.get(s);
      firstDays[s] = spans.get(s)[0];
      lastDays[s] = spans.get(s)[1];
      boolean shared =
          ofCode.getOrDefault(unit.code(), List.of()).stream()
                  .map(span -> span[2])
                  .distinct()
                  .count()
              > 1;
      String id =
          shared
              ? unit.code().value() + "@" + LocalDate.ofEpochDay(firstDays[s])
              : unit.code().value();
      subjects.add(new PopulationSubjects.Subject(id, treeIndexes.get(s), unit));
    }
    int[][] segments = segments(scope, units, ofCode);
    int[] noTree = new int[scope.scopeTo - scope.scopeFrom];
    Arrays.fill(noTree, -1);
    return new PopulationSubjects.UnitSubjects(
        subjects.build(),
        ImmutableList.copyOf(left),
        noTree,
        new PopulationSubjects.Spans(segments, firstDays, lastDays));
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

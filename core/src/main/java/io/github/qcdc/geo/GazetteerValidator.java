package io.github.qcdc.geo;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Finds every problem of a set of unit versions and successions. */
final class GazetteerValidator {
  private final List<AdminUnit> units;
  private final List<Succession> successions;
  private final Map<UnitCode, List<Integer>> byCode = new TreeMap<>();
  private final List<Problem> problems = new ArrayList<>();

  /** Per day, the units some succession of that day has as successors. */
  private final Map<LocalDate, Set<UnitCode>> startingOn = new TreeMap<>();

  GazetteerValidator(List<AdminUnit> units, List<Succession> successions) {
    this.units = units;
    this.successions = successions;
    for (int i = 0; i < units.size(); i++) {
      byCode.computeIfAbsent(units.get(i).code(), c -> new ArrayList<>()).add(i);
    }
    byCode
        .values()
        .forEach(list -> list.sort(Comparator.comparing(i -> units.get(i).validity().start())));
    for (Succession succession : successions) {
      startingOn
          .computeIfAbsent(succession.date(), d -> new HashSet<>())
          .addAll(succession.successors());
    }
  }

  ImmutableList<Problem> validate() {
    byCode.forEach(this::checkVersions);
    for (int i = 0; i < units.size(); i++) {
      checkParent(i);
    }
    checkCycles();
    for (int s = 0; s < successions.size(); s++) {
      checkSuccession(s);
    }
    checkEndsHaveSuccessions();
    return ImmutableList.copyOf(problems);
  }

  private void checkVersions(UnitCode code, List<Integer> indexes) {
    for (int k = 1; k < indexes.size(); k++) {
      int prev = indexes.get(k - 1);
      int next = indexes.get(k);
      DateInterval a = units.get(prev).validity();
      DateInterval b = units.get(next).validity();
      if (a.overlaps(b)) {
        problems.add(
            Problem.in(
                Problem.Item.of("units", next, "validity"),
                "unit %s has overlapping versions: %s and %s (units[%s])",
                code,
                b,
                a,
                prev));
      } else if (!a.end().plusDays(1).equals(b.start())) {
        problems.add(
            Problem.in(
                Problem.Item.of("units", next, "validity"),
                "unit %s was closed on %s and reused from %s; a closed code is never reused",
                code,
                a.end(),
                b.start()));
      }
    }
  }

  private void checkParent(int i) {
    AdminUnit unit = units.get(i);
    if (unit.parent().isEmpty()) {
      return;
    }
    UnitCode parent = unit.parent().get();
    Problem.Item path = Problem.Item.of("units", i, "parent");
    if (parent.equals(unit.code())) {
      problems.add(Problem.in(path, "unit %s is its own parent", unit.code()));
      return;
    }
    List<Integer> parentVersions = byCode.get(parent);
    if (parentVersions == null) {
      problems.add(Problem.in(path, "unknown parent unit %s of unit %s", parent, unit.code()));
      return;
    }
    LocalDate first = units.get(parentVersions.get(0)).validity().start();
    LocalDate last = units.get(parentVersions.get(parentVersions.size() - 1)).validity().end();
    DateInterval parentSpan = DateInterval.of(first, last);
    if (!parentSpan.encloses(unit.validity())) {
      problems.add(
          Problem.in(
              path,
              "parent %s is in force %s, not on every day of unit %s (%s)",
              parent,
              parentSpan,
              unit.code(),
              unit.validity()));
    }
    for (int p : parentVersions) {
      AdminUnit parentUnit = units.get(p);
      if (parentUnit.validity().overlaps(unit.validity())
          && !unit.tier().acceptsParent(parentUnit.tier())) {
        problems.add(
            Problem.in(
                path,
                "parent %s of unit %s is a %s (%s); a %s (%s) cannot be under it",
                parent,
                unit.code(),
                parentUnit.type().key(),
                parentUnit.tier(),
                unit.type().key(),
                unit.tier()));
        return;
      }
    }
  }

  private void checkCycles() {
    Map<UnitCode, UnitCode> lastParent = new TreeMap<>();
    byCode.forEach(
        (code, versions) ->
            units
                .get(versions.get(versions.size() - 1))
                .parent()
                .ifPresent(p -> lastParent.put(code, p)));
    Set<UnitCode> reported = new HashSet<>();
    for (Map.Entry<UnitCode, List<Integer>> entry : byCode.entrySet()) {
      UnitCode start = entry.getKey();
      List<UnitCode> chain = new ArrayList<>();
      UnitCode current = start;
      while (current != null && !chain.contains(current)) {
        chain.add(current);
        current = lastParent.get(current);
      }
      if (current != null && current.equals(start) && chain.size() > 1 && reported.add(start)) {
        chain.add(start);
        reported.addAll(chain);
        int last = entry.getValue().get(entry.getValue().size() - 1);
        problems.add(
            Problem.in(Problem.Item.of("units", last, "parent"), "hierarchy cycle %s", chain));
      }
    }
  }

  private void checkSuccession(int s) {
    Succession succession = successions.get(s);
    LocalDate dayBefore = succession.date().minusDays(1);
    Problem.Item path = Problem.Item.of("successions", s, "");
    for (int j = 0; j < succession.predecessors().size(); j++) {
      UnitCode code = succession.predecessors().get(j);
      Problem.Item at = path.withField("predecessors[" + j + "]");
      if (checkInForce(at, code, dayBefore, "the day before the " + succession.kind().key())
          && !succession.successors().contains(code)
          && !startingOn.getOrDefault(succession.date(), Set.of()).contains(code)
          && versionOn(code, succession.date()) != null) {
        problems.add(
            Problem.in(
                at,
                "unit %s is still in force on %s but the %s ends it",
                code,
                succession.date(),
                succession.kind().key()));
      }
    }
    for (int j = 0; j < succession.successors().size(); j++) {
      UnitCode code = succession.successors().get(j);
      Problem.Item at = path.withField("successors[" + j + "]");
      if (checkInForce(at, code, succession.date(), "the day of the " + succession.kind().key())
          && succession.predecessors().contains(code)) {
        AdminUnit version = versionOn(code, succession.date());
        if (version != null && !version.validity().start().equals(succession.date())) {
          problems.add(
              Problem.in(
                  at,
                  "unit %s continues through the %s but has no new version starting on %s",
                  code,
                  succession.kind().key(),
                  succession.date()));
        }
      }
    }
  }

  private boolean checkInForce(Problem.Item path, UnitCode code, LocalDate date, String when) {
    if (!byCode.containsKey(code)) {
      problems.add(Problem.in(path, "unknown unit %s", code));
      return false;
    }
    if (versionOn(code, date) == null) {
      problems.add(Problem.in(path, "unit %s is not in force on %s, %s", code, date, when));
      return false;
    }
    return true;
  }

  private void checkEndsHaveSuccessions() {
    Set<String> ended = new HashSet<>();
    for (Succession succession : successions) {
      for (UnitCode code : succession.ending()) {
        ended.add(code + "@" + succession.date());
      }
    }
    byCode.forEach(
        (code, versions) -> {
          int last = versions.get(versions.size() - 1);
          DateInterval validity = units.get(last).validity();
          if (validity.endIfBounded().isPresent()
              && !ended.contains(code + "@" + validity.end().plusDays(1))) {
            problems.add(
                Problem.in(
                    Problem.Item.of("units", last, "validity"),
                    "unit %s ends on %s but no succession dated %s ends it",
                    code,
                    validity.end(),
                    validity.end().plusDays(1)));
          }
        });
  }

  private @org.jspecify.annotations.Nullable AdminUnit versionOn(UnitCode code, LocalDate date) {
    List<Integer> versions = byCode.get(code);
    if (versions != null) {
      for (int i : versions) {
        if (units.get(i).isInForceOn(date)) {
          return units.get(i);
        }
      }
    }
    return null;
  }
}

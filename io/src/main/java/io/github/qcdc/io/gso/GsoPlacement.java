package io.github.qcdc.io.gso;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Places checked rows under their parents, level by level, and collects what cannot be placed. */
final class GsoPlacement {
  private final List<Problem> problems;
  private final Map<String, UnitType> placed = new HashMap<>();
  private final List<AdminUnit> units = new ArrayList<>();

  /** Whether the list has districts: then a commune's parent is a district, else its province. */
  private final boolean threeTier;

  GsoPlacement(List<GsoRow> rows, List<Problem> rowProblems) {
    this.problems = new ArrayList<>(rowProblems);
    this.threeTier = rows.stream().anyMatch(r -> r.tier() == Tier.DISTRICT);
    Map<String, GsoRow> byCode = new HashMap<>();
    List<GsoRow> unique = new ArrayList<>();
    for (GsoRow row : rows) {
      GsoRow first = byCode.putIfAbsent(row.code(), row);
      if (first != null) {
        problems.add(
            Problem.of(
                row.place(), "code: %s repeats the unit of line %s", row.code(), first.line()));
      } else {
        unique.add(row);
      }
    }
    unique.sort(Comparator.comparing(GsoRow::tier).thenComparing(GsoRow::line));
    for (GsoRow row : unique) {
      place(row, byCode);
    }
    problems.sort(Comparator.comparing(GsoPlacement::line).thenComparing(Problem::message));
  }

  private void place(GsoRow row, Map<String, GsoRow> byCode) {
    if (row.parent().isEmpty()) {
      add(row, false);
      return;
    }
    String parent = row.parent().get();
    GsoRow parentRow = byCode.get(parent);
    // a commune is under a district, or under its province in a two-tier list (no district row)
    Tier expected = row.tier() == Tier.COMMUNE && threeTier ? Tier.DISTRICT : Tier.PROVINCE;
    if (parentRow == null) {
      problems.add(
          Problem.of(
              row.place(),
              "parent_code: %s names parent %s %s, which the list does not contain",
              row.describe(),
              expected.name().toLowerCase(java.util.Locale.ROOT),
              parent));
    } else if (parentRow.tier() != expected) {
      problems.add(
          Problem.of(
              row.place(),
              "parent_code: %s names parent %s, a %s; expected a %s",
              row.describe(),
              parent,
              parentRow.tier().name().toLowerCase(java.util.Locale.ROOT),
              expected.name().toLowerCase(java.util.Locale.ROOT)));
    } else if (!placed.containsKey(parent)) {
      problems.add(
          Problem.of(
              row.place(),
              "parent_code: %s is under %s, which could not be placed (line %s)",
              row.describe(),
              parent,
              parentRow.line()));
    } else {
      add(row, placed.get(parent) == UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG);
    }
  }

  private void add(GsoRow row, boolean parentIsCentralCity) {
    UnitType type = GsoTypes.unitType(row.type(), row.tier(), parentIsCentralCity);
    placed.put(row.code(), type);
    units.add(
        AdminUnit.builder()
            .code(UnitCode.of(row.code()))
            .name(row.name())
            .type(type)
            .parent(row.parent().map(UnitCode::of))
            .build());
  }

  private static int line(Problem problem) {
    String path = problem.path();
    return Integer.parseInt(path.substring(path.lastIndexOf(':') + 1));
  }

  ImmutableList<Problem> problems() {
    return ImmutableList.copyOf(problems);
  }

  Gazetteer gazetteer() {
    return Gazetteer.of(units);
  }
}

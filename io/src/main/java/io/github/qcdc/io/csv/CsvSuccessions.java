package io.github.qcdc.io.csv;

import io.github.qcdc.Problem;
import io.github.qcdc.geo.LegalAct;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.UnitCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The successions template: one row an edge of a change ({@code date,kind,from,to,share,act,
 * act_date,clause}), the rows of one change grouped into one {@link Succession}.
 *
 * <p>Rows group by day, kind, act and clause, and further: a merge, an arrangement, a rename, a
 * type change or a move by the unit they go {@code to}; a split by the unit it comes {@code from};
 * a tier removal, a dissolution or an unrecorded end by nothing more. {@code share} is {@code full}
 * (the default) or {@code partial}; {@code act_date} defaults to the change's day.
 */
final class CsvSuccessions {
  static final CsvRows.Spec SPEC =
      new CsvRows.Spec(
          "successions",
          List.of("date", "kind", "from", "act"),
          List.of("to", "share", "act_date", "clause"),
          List.of());

  /** One row. */
  record Edge(
      LocalDate date,
      SuccessionKind kind,
      UnitCode from,
      Optional<UnitCode> to,
      boolean partial,
      LegalAct act,
      String clause) {}

  private CsvSuccessions() {}

  static @Nullable Edge edge(CsvRows.Row row) {
    Optional<LocalDate> date = row.date("date", true);
    Optional<SuccessionKind> kind =
        row.get(
            "kind",
            true,
            "one of merge, split, rename, type-change, reparent, tier-removal, dissolution,"
                + " arrangement, unrecorded",
            SuccessionKind::fromKey);
    Optional<UnitCode> from = row.get("from", true, "a unit code", UnitCode::of);
    Optional<UnitCode> to = row.get("to", false, "a unit code", UnitCode::of);
    Optional<Boolean> partial =
        row.get(
            "share",
            false,
            "full or partial",
            s ->
                switch (s) {
                  case "full" -> false;
                  case "partial" -> true;
                  default -> throw new IllegalArgumentException("not full or partial");
                });
    Optional<String> act = row.text("act", true);
    Optional<LocalDate> signed = row.date("act_date", false);
    Optional<String> clause = row.text("clause", false);
    if (row.failed()) {
      return null;
    }
    LocalDate day = date.orElseThrow();
    return new Edge(
        day,
        kind.orElseThrow(),
        from.orElseThrow(),
        to,
        partial.orElse(false),
        LegalAct.of(act.orElseThrow(), signed.orElse(day), ""),
        clause.orElse("").strip());
  }

  /**
   * The successions of {@code edges} read from {@code lines} of {@code source}, in the order of
   * their first rows; each problem (a wrong number of units for the kind) is placed on the first
   * row of its change. {@code firstLines} receives the line of each succession's first row.
   */
  static List<Succession> group(
      List<Edge> edges,
      List<Integer> lines,
      java.util.function.IntFunction<String> placeOf,
      List<Integer> firstLines,
      List<Problem> problems) {
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < edges.size(); i++) {
      Edge e = edges.get(i);
      List<Object> key = new ArrayList<>(List.of(e.date(), e.kind(), e.act(), e.clause()));
      switch (e.kind()) {
        case SPLIT -> key.add(e.from());
        case TIER_REMOVAL, DISSOLUTION, UNRECORDED -> {}
        default -> key.add(e.to().map(UnitCode::value).orElse(""));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<Succession> successions = new ArrayList<>();
    for (List<Integer> rows : groups.values()) {
      Edge head = edges.get(rows.get(0));
      List<UnitCode> from = new ArrayList<>();
      List<UnitCode> to = new ArrayList<>();
      List<UnitCode> partial = new ArrayList<>();
      for (int i : rows) {
        Edge e = edges.get(i);
        if (!from.contains(e.from())) {
          from.add(e.from());
        }
        e.to().filter(c -> !to.contains(c)).ifPresent(to::add);
        if (e.partial()) {
          partial.add(e.from());
        }
      }
      try {
        successions.add(
            Succession.of(head.kind(), head.date(), from, to, head.act())
                .withPartial(partial)
                .withClause(head.clause()));
        firstLines.add(lines.get(rows.get(0)));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.of(
                placeOf.apply(lines.get(rows.get(0))),
                "%s (rows %s)",
                String.valueOf(e.getMessage()),
                rows.stream().map(lines::get).toList()));
      }
    }
    return successions;
  }
}

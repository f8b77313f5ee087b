package io.github.qcdc.io.csv;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.internal.RecordLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The gazetteer of a CSV dataset: a units file alone, or a base gazetteer extended and corrected by
 * a units file and a successions file; the gazetteer's problems placed on the files' lines.
 */
final class CsvUnits {
  private CsvUnits() {}

  static @Nullable Gazetteer read(
      @Nullable Gazetteer base,
      TemplateRows.@Nullable Source unitsFile,
      TemplateRows.@Nullable Source successionsFile,
      List<Problem> problems)
      throws IOException {
    List<AdminUnit> units = new ArrayList<>();
    RecordLines unitLines =
        unitsFile == null
            ? new RecordLines("units")
            : new RecordLines(unitsFile.name(), unitsFile::place);
    if (unitsFile != null) {
      CsvRows.read(
          unitsFile, CsvDataset.UNITS, TemplateRecords::unit, units::add, unitLines, problems);
    }
    List<Integer> successionLines = new ArrayList<>();
    List<Succession> successions = successions(successionsFile, successionLines, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    Gazetteer.Builder builder = Gazetteer.builder();
    int[] fromBase = base == null ? new int[2] : withBase(builder, base, units);
    int baseUnits = fromBase[0];
    int baseSuccessions = fromBase[1];
    builder.addAll(units).addSuccessions(successions);
    try {
      return builder.build();
    } catch (QcdcException e) {
      for (Problem p : e.problems()) {
        problems.add(
            place(
                p,
                baseUnits,
                unitLines,
                baseSuccessions,
                successionLines,
                successionsFile == null ? line -> "successions:" + line : successionsFile::place));
      }
      return null;
    }
  }

  /** The successions of the file's edges; {@code lines} gets each succession's first line. */
  private static List<Succession> successions(
      TemplateRows.@Nullable Source file, List<Integer> lines, List<Problem> problems)
      throws IOException {
    if (file == null) {
      return List.of();
    }
    List<CsvSuccessions.Edge> edges = new ArrayList<>();
    RecordLines edgeLines = new RecordLines(file.name(), file::place);
    CsvRows.read(file, CsvSuccessions.SPEC, CsvSuccessions::edge, edges::add, edgeLines, problems);
    List<Integer> edgeLine = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      edgeLine.add(edgeLines.lineOf(i));
    }
    return CsvSuccessions.group(edges, edgeLine, file::place, lines, problems);
  }

  /**
   * Adds to {@code builder} the units of {@code base} that no row of {@code units} corrects (a row
   * of the same code whose days overlap), and its successions; returns how many of each it added.
   */
  private static int[] withBase(Gazetteer.Builder builder, Gazetteer base, List<AdminUnit> units) {
    base.knownFrom().ifPresent(builder::knownFrom);
    Map<UnitCode, List<AdminUnit>> corrected = new TreeMap<>();
    units.forEach(u -> corrected.computeIfAbsent(u.code(), c -> new ArrayList<>()).add(u));
    int added = 0;
    for (AdminUnit unit : base.units()) {
      List<AdminUnit> rows = corrected.getOrDefault(unit.code(), List.of());
      if (rows.stream().noneMatch(r -> r.validity().overlaps(unit.validity()))) {
        builder.add(unit);
        added++;
      }
    }
    builder.addSuccessions(base.successions());
    return new int[] {added, base.successions().size()};
  }

  /** A problem of the combined gazetteer placed on its file's line, or named as the base's. */
  private static Problem place(
      Problem p,
      int baseUnits,
      RecordLines unitLines,
      int baseSuccessions,
      List<Integer> successionLines,
      IntFunction<String> successionsPlace) {
    if (p.item().isEmpty()) {
      return p;
    }
    Problem.Item item = p.item().get();
    int index = item.index();
    if (item.collection().equals("units")) {
      return index < baseUnits
          ? Problem.of("bundled units " + p.path(), p.message())
          : unitLines.place(
              Problem.in(
                  Problem.Item.of("units", index - baseUnits, item.field()), "%s", p.message()));
    }
    if (!item.collection().equals("successions")) {
      return p;
    }
    if (index < baseSuccessions) {
      return Problem.of("bundled units " + p.path(), p.message());
    }
    String field = item.field().replace('.', ' ');
    String where = successionsPlace.apply(successionLines.get(index - baseSuccessions));
    return Problem.of(field.isEmpty() ? where : where + " " + field, p.message());
  }
}

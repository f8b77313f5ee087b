package io.github.qcdc.examples;

import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitHistory;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.io.gso.GsoImportResult;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.text.NumberStyle;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports the bundled GSO list and counts Vietnam's and Nghệ An's units: the first lines of the
 * main job, before the Nghệ An report.
 */
public final class DatasetCounts {
  static final UnitCode NGHE_AN = UnitCode.of("40");
  static final LocalDate DAY = LocalDate.of(2020, 6, 30);

  private DatasetCounts() {}

  /**
   * Prints the counts to standard output.
   *
   * @param args none are read
   */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the counts to {@code out}.
   *
   * @param out where the counts are printed
   */
  public static void print(PrintStream out) {
    NumberStyle vi = NumberStyle.VIETNAMESE;
    GsoImportResult gso = GsoImport.lenient().readBundledSnapshot();
    Gazetteer gazetteer = gso.gazetteer();
    AdminTree tree = gazetteer.asOf(DAY);
    out.printf(
        java.util.Locale.ROOT,
        "Danh mục hành chính (GSO, bundled snapshot): %s rows, %s not placed%n",
        vi.format(gso.rowsRead()),
        vi.format(gso.unplaced().size()));
    gso.unplaced().stream().limit(3).forEach(p -> out.println("  " + p));
    if (gso.unplaced().size() > 3) {
      out.printf(
          java.util.Locale.ROOT, "  ... and %s more%n", vi.format(gso.unplaced().size() - 3L));
    }
    out.printf(
        java.util.Locale.ROOT,
        "Việt Nam on %s: %s provinces, %s districts, %s communes%n",
        DAY,
        vi.format(tree.unitsAt(Tier.PROVINCE).size()),
        vi.format(tree.unitsAt(Tier.DISTRICT).size()),
        vi.format(tree.unitsAt(Tier.COMMUNE).size()));

    AdminUnit ngheAn = tree.unit(NGHE_AN).orElseThrow();
    out.printf(
        java.util.Locale.ROOT,
        "%s: %s district-level units (%s), %s commune-level units (%s)%n",
        ngheAn.nameWithType(),
        vi.format(tree.count(NGHE_AN, Tier.DISTRICT)),
        byType(tree, Tier.DISTRICT, vi),
        vi.format(tree.count(NGHE_AN, Tier.COMMUNE)),
        byType(tree, Tier.COMMUNE, vi));
    throughTime(out, vi);
  }

  /** The bundled units through time: the country and Nghệ An on three days. */
  private static void throughTime(PrintStream out, NumberStyle vi) {
    UnitHistory history = VietnamUnits.history();
    out.printf(
        java.util.Locale.ROOT,
        "Units through time (bundled history, known from %s; %s units ended with no recorded"
            + " successor, %s appeared with no recorded predecessor):%n",
        history.gazetteer().knownFrom().map(LocalDate::toString).orElse("the first list"),
        vi.format(history.endedUnrecorded().size()),
        vi.format(history.appearedUnrecorded().size()));
    for (LocalDate day : List.of(DAY, LocalDate.of(2025, 6, 30), LocalDate.of(2026, 1, 1))) {
      AdminTree on = history.gazetteer().asOf(day);
      out.printf(
          java.util.Locale.ROOT,
          "  %s: %s provinces, %s districts, %s communes; Nghệ An %s communes%n",
          day,
          vi.format(on.unitsAt(Tier.PROVINCE).size()),
          vi.format(on.unitsAt(Tier.DISTRICT).size()),
          vi.format(on.unitsAt(Tier.COMMUNE).size()),
          vi.format(on.count(NGHE_AN, Tier.COMMUNE)));
    }
  }

  private static String byType(AdminTree tree, Tier tier, NumberStyle style) {
    return tree.countsByType(NGHE_AN).entrySet().stream()
        .filter(e -> e.getKey().tier() == tier)
        .map(e -> style.format(e.getValue()) + " " + e.getKey().vietnamese())
        .collect(Collectors.joining(", "));
  }
}

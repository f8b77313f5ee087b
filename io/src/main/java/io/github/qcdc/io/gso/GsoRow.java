package io.github.qcdc.io.gso;

import io.github.qcdc.Problem;
import io.github.qcdc.geo.Tier;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One checked row of the GSO list; {@code type} is still the list's own key. */
record GsoRow(
    String source,
    int line,
    String code,
    String name,
    String nameWithType,
    String type,
    Tier tier,
    Optional<String> parent) {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  String place() {
    return source + ":" + line;
  }

  String describe() {
    return tier.name().toLowerCase(java.util.Locale.ROOT) + " " + code + " " + name;
  }

  /** Checks one row's cells; adds a problem and returns empty if one is wrong. */
  static Optional<GsoRow> parse(String source, int line, String[] cells, List<Problem> problems) {
    String at = source + ":" + line;
    if (cells.length != GsoImport.HEADER.size()) {
      problems.add(
          Problem.of(
              at,
              "row has %s cells; expected %s (%s)",
              cells.length,
              GsoImport.HEADER.size(),
              String.join(",", GsoImport.HEADER)));
      return Optional.empty();
    }
    String code = cells[0].trim();
    String name = cells[1].trim();
    String type = cells[3].trim();
    String parent = cells[5].trim();
    Optional<Tier> level = tier(cells[4].trim());
    String problem =
        level.isEmpty()
            ? "level: must be 1, 2 or 3, got '" + cells[4].trim() + "'"
            : problem(code, name, type, level.get(), parent);
    if (!problem.isEmpty()) {
      problems.add(Problem.of(at, problem));
      return Optional.empty();
    }
    Tier tier = level.get();
    return Optional.of(
        new GsoRow(
            source,
            line,
            code,
            name,
            cells[2].trim(),
            type,
            tier,
            parent.isEmpty() ? Optional.empty() : Optional.of(parent)));
  }

  private static Optional<Tier> tier(String level) {
    return switch (level) {
      case "1" -> Optional.of(Tier.PROVINCE);
      case "2" -> Optional.of(Tier.DISTRICT);
      case "3" -> Optional.of(Tier.COMMUNE);
      default -> Optional.empty();
    };
  }

  /** What is wrong with a row of a known level, or the empty string. */
  private static String problem(String code, String name, String type, Tier tier, String parent) {
    int level = tier == Tier.PROVINCE ? 1 : tier == Tier.DISTRICT ? 2 : 3;
    if (!DIGITS.matcher(code).matches() || code.length() != digits(tier)) {
      return "code: must be "
          + digits(tier)
          + " digits for level "
          + level
          + ", got '"
          + code
          + "'";
    } else if (name.isEmpty()) {
      return "name: must not be blank (unit " + code + ")";
    } else if (!GsoTypes.of(tier).contains(type)) {
      return "type: '"
          + type
          + "' is not a level-"
          + level
          + " type; expected one of "
          + GsoTypes.of(tier);
    } else if (tier == Tier.PROVINCE && !parent.isEmpty()) {
      return "parent_code: a province has no parent, got '" + parent + "'";
    } else if (tier != Tier.PROVINCE && parent.isEmpty()) {
      return "parent_code: must not be empty for level " + level + " (unit " + code + ")";
    }
    return "";
  }

  private static int digits(Tier tier) {
    return switch (tier) {
      case PROVINCE -> 2;
      case DISTRICT -> 3;
      default -> 5;
    };
  }
}

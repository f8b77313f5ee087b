package io.github.qcdc.examples.cli;

import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.gso.VietnamUnits;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code units find NAME}, {@code units show CODE} and {@code units count CODE}: the bundled units
 * through time ({@link VietnamUnits}), found by name, shown with their versions and the successions
 * that start and end them, and counted on a day.
 */
final class UnitsCommand {
  private UnitsCommand() {}

  static int run(List<String> args, PrintStream out) {
    Options options = new Options("units", args);
    Optional<LocalDate> asOf =
        options.value("--as-of").map(d -> ReportCommand.parse("--as-of", d, LocalDate::parse));
    List<String> rest = options.rest();
    if (rest.size() != 2) {
      throw new UsageException(
          "units: expected 'find NAME', 'show CODE' or 'count CODE', got "
              + rest.size()
              + " arguments (quote a name with spaces)");
    }
    rest.forEach(options::take);
    options.noneLeft();
    Gazetteer units = VietnamUnits.gazetteer();
    String what = rest.get(1);
    return switch (rest.get(0)) {
      case "find" -> find(units, what, asOf, out);
      case "show" -> show(units, code(units, what), asOf, out);
      case "count" ->
          count(
              units,
              code(units, what),
              asOf.orElseThrow(() -> new UsageException("units count: give --as-of DATE")),
              out);
      default ->
          throw new UsageException(
              "units: expected find, show or count, got '" + rest.get(0) + "'");
    };
  }

  private static UnitCode code(Gazetteer units, String text) {
    UnitCode code = ReportCommand.parse("units", text, UnitCode::of);
    if (!units.contains(code)) {
      throw new UsageException("units: no unit has code " + code + " in the bundled units");
    }
    return code;
  }

  private static int find(Gazetteer units, String name, Optional<LocalDate> asOf, PrintStream out) {
    List<AdminUnit> found = asOf.map(d -> units.find(name, d)).orElseGet(() -> units.find(name));
    if (found.isEmpty()) {
      out.println("no unit named '" + name + "'" + asOf.map(d -> " on " + d).orElse(""));
      return Qcdc.FOUND_PROBLEMS;
    }
    out.println(
        found.size()
            + (found.size() == 1 ? " unit" : " units")
            + " named '"
            + name
            + "'"
            + asOf.map(d -> " on " + d).orElse("")
            + ":");
    for (AdminUnit unit : found) {
      out.println("  " + line(units, unit));
    }
    return 0;
  }

  /** {@code 38 tinh Tỉnh Thanh Hóa, valid ../2025-06-30}, with its parents. */
  private static String line(Gazetteer units, AdminUnit unit) {
    return unit.code()
        + "  "
        + unit.type().key()
        + "  "
        + unit.nameWithType()
        + parents(units, unit)
        + "  valid "
        + unit.validity();
  }

  private static String parents(Gazetteer units, AdminUnit unit) {
    List<String> names = new ArrayList<>();
    LocalDate day =
        unit.validity().end().equals(LocalDate.MAX)
            ? unit.validity().start()
            : unit.validity().end();
    Optional<UnitCode> parent = unit.parent();
    while (parent.isPresent()) {
      Optional<AdminUnit> p = units.unit(parent.get(), day);
      if (p.isEmpty()) {
        break;
      }
      names.add(p.get().nameWithType());
      parent = p.get().parent();
    }
    return names.isEmpty() ? "" : ", " + String.join(", ", names);
  }

  private static int show(
      Gazetteer units, UnitCode code, Optional<LocalDate> asOf, PrintStream out) {
    List<AdminUnit> versions = units.versions(code);
    List<AdminUnit> shown =
        asOf.map(d -> versions.stream().filter(v -> v.isInForceOn(d)).toList()).orElse(versions);
    if (shown.isEmpty()) {
      out.println("unit " + code + " is not in force on " + asOf.orElseThrow());
      return Qcdc.FOUND_PROBLEMS;
    }
    out.println("unit " + code + asOf.map(d -> " on " + d).orElse("") + ":");
    for (AdminUnit version : shown) {
      out.println("  " + line(units, version));
      for (Succession s : units.successionsOf(code)) {
        boolean starts =
            s.successors().contains(code) && s.date().equals(version.validity().start());
        boolean ends =
            s.predecessors().contains(code)
                && !version.validity().end().equals(LocalDate.MAX)
                && s.date().equals(version.validity().end().plusDays(1));
        if (starts) {
          out.println(
              "    from "
                  + s.date()
                  + ", "
                  + s.kind().vietnamese()
                  + " ("
                  + s.kind().key()
                  + ") of "
                  + names(units, s.predecessors(), s, s.date().minusDays(1))
                  + act(s));
        }
        if (ends) {
          out.println(
              "    until "
                  + version.validity().end()
                  + ", then "
                  + s.kind().vietnamese()
                  + " ("
                  + s.kind().key()
                  + ")"
                  + (s.successors().isEmpty()
                      ? ": no successor recorded"
                      : " into " + names(units, s.successors(), s, s.date()))
                  + (s.isWhole(code) ? "" : ", part of its territory")
                  + act(s));
        }
      }
    }
    return 0;
  }

  private static String names(Gazetteer units, List<UnitCode> codes, Succession s, LocalDate day) {
    return codes.stream()
        .map(
            c ->
                c
                    + " "
                    + units.unit(c, day).map(u -> u.nameWithType()).orElse("?")
                    + (s.isWhole(c) ? "" : " (part)"))
        .collect(Collectors.joining(", "));
  }

  private static String act(Succession s) {
    return s.act().isRecorded()
        ? "; "
            + s.act().number()
            + " of "
            + s.act().date()
            + (s.clause().isEmpty() ? "" : ", clause " + s.clause())
        : "; not recorded in the sources (" + s.act().title() + ")";
  }

  private static int count(Gazetteer units, UnitCode code, LocalDate day, PrintStream out) {
    AdminTree tree = units.asOf(day);
    AdminUnit unit =
        tree.unit(code)
            .orElseThrow(
                () ->
                    new UsageException("units count: unit " + code + " is not in force on " + day));
    out.println(unit.nameWithType() + " (" + code + ") on " + day + ":");
    Map<UnitType, Long> byType = tree.countsByType(code);
    for (Tier tier : Tier.values()) {
      long n = tree.count(code, tier);
      if (n == 0 || tier.isAbove(unit.tier()) || tier == unit.tier()) {
        continue;
      }
      String types =
          byType.entrySet().stream()
              .filter(e -> e.getKey().tier() == tier)
              .map(e -> e.getKey().vietnamese() + " " + e.getValue())
              .collect(Collectors.joining(", "));
      out.println("  " + tier.vietnamese() + ": " + n + " (" + types + ")");
    }
    return 0;
  }
}

package io.github.qcdc.examples.cli;

import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** A {@code --scope} given as a unit code or as an unambiguous name. */
final class Scopes {
  private static final Pattern CODE = Pattern.compile("\\d+(\\..+)?");

  private Scopes() {}

  /** Whether {@code text} is written as a code, not as a name. */
  static boolean isCode(String text) {
    return CODE.matcher(text).matches();
  }

  /**
   * The unit {@code text} names on {@code day}: a code as it is, or the one unit in force that day
   * whose name matches ({@link Gazetteer#find}).
   *
   * @throws UsageException naming the text and the day when no unit or several match
   */
  static UnitCode resolve(String text, Gazetteer gazetteer, LocalDate day) {
    if (isCode(text)) {
      UnitCode code = ReportCommand.parse("--scope", text, UnitCode::of);
      if (gazetteer.unit(code, day).isEmpty()) {
        throw new UsageException(
            "--scope: unit "
                + code
                + (gazetteer.contains(code)
                    ? " is not in force on " + day + ", the day the report is expressed on"
                    : " is not among the units read"));
      }
      return code;
    }
    List<AdminUnit> found = gazetteer.find(text, day);
    if (found.size() == 1) {
      return found.get(0).code();
    }
    if (found.isEmpty()) {
      throw new UsageException(
          "--scope: no unit named '"
              + text
              + "' is in force on "
              + day
              + (gazetteer.find(text).isEmpty()
                  ? ""
                  : "; on other days: " + describe(gazetteer.find(text))));
    }
    throw new UsageException(
        "--scope: '"
            + text
            + "' names "
            + found.size()
            + " units on "
            + day
            + ": "
            + describe(found)
            + "; give the code or the name with its type");
  }

  private static String describe(List<AdminUnit> units) {
    return String.join(
            ", ",
            units.stream()
                .limit(10)
                .map(u -> u.code() + " " + u.nameWithType() + " (" + u.validity() + ")")
                .toList())
        + (units.size() > 10 ? " and " + (units.size() - 10) + " more" : "");
  }
}

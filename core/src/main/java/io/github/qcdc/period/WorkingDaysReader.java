package io.github.qcdc.period;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.period.WorkingDays.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a working-day calendar's lines, collecting every problem with its line. */
final class WorkingDaysReader {
  private static final String HEADER = "day,kind,name,source";

  private final String name;
  private final List<Problem> problems = new ArrayList<>();
  private final TreeMap<Integer, Boolean> decided = new TreeMap<>();
  private final TreeMap<LocalDate, String> kinds = new TreeMap<>();
  private final TreeMap<LocalDate, String> names = new TreeMap<>();
  private final TreeMap<LocalDate, Integer> lines = new TreeMap<>();

  WorkingDaysReader(String name) {
    this.name = name;
  }

  WorkingDays read(String text) {
    String[] all = text.split("\r?\n", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      if (!line.isEmpty() && !line.startsWith("#") && !line.equals(HEADER)) {
        line(line, i + 1);
      }
    }
    if (decided.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.of(name, "no year is covered: give a line year,decided,name,source"));
    }
    if (!decided.isEmpty() && decided.lastKey() - decided.firstKey() + 1 != decided.size()) {
      problems.add(
          Problem.of(name, "the years covered must follow one another: %s", decided.keySet()));
    }
    if (!problems.isEmpty()) {
      throw WorkingDays.invalid(name, ImmutableList.copyOf(problems));
    }
    return build();
  }

  private void line(String line, int number) {
    String place = name + ":" + number;
    String[] f = line.split(",", 4);
    if (f.length < 4 || f[2].isBlank() || f[3].isBlank()) {
      problems.add(
          Problem.of(place, "expected %s with a name and a source, found '%s'", HEADER, line));
      return;
    }
    if (f[1].equals("decided") || f[1].equals("provisional")) {
      year(f[0], f[1].equals("decided"), place);
      return;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(f[0]);
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(place, "day '%s' is not a day yyyy-MM-dd", f[0]));
      return;
    }
    if (!List.of("holiday", "off", "work", "unsettled").contains(f[1])) {
      problems.add(
          Problem.of(
              place,
              "unknown kind '%s'; expected one of [decided, provisional, holiday, off, work,"
                  + " unsettled]",
              f[1]));
      return;
    }
    boolean weekend = WorkingDays.byWeekday(day) == DayKind.OFF;
    if (f[1].equals("off") && weekend || f[1].equals("work") && !weekend) {
      problems.add(
          Problem.of(
              place,
              "%s is a %s: a day '%s' is %s",
              day,
              day.getDayOfWeek(),
              f[1],
              f[1].equals("off") ? "a weekday" : "a Saturday or a Sunday"));
      return;
    }
    Integer earlier = lines.get(day);
    if (earlier != null) {
      problems.add(Problem.of(place, "%s is given twice (first on line %s)", day, earlier));
      return;
    }
    kinds.put(day, f[1]);
    names.put(day, f[2].strip());
    lines.put(day, number);
  }

  private void year(String text, boolean isDecided, String place) {
    if (!text.matches("[0-9]{4}")) {
      problems.add(Problem.of(place, "year '%s' is not a year of four digits", text));
    } else if (decided.putIfAbsent(Integer.parseInt(text), isDecided) != null) {
      problems.add(Problem.of(place, "year %s is given twice", text));
    }
  }

  private WorkingDays build() {
    LocalDate first = LocalDate.of(decided.firstKey(), 1, 1);
    LocalDate last = LocalDate.of(decided.lastKey(), 12, 31);
    DateInterval covered = DateInterval.of(first, last);
    List<Problem> outside = new ArrayList<>();
    kinds.forEach(
        (day, kind) -> {
          if (!covered.contains(day)) {
            outside.add(
                Problem.of(
                    name + ":" + lines.get(day),
                    "%s is outside the years covered, %s",
                    day,
                    decided.keySet()));
          }
        });
    if (!outside.isEmpty()) {
      throw WorkingDays.invalid(name, ImmutableList.copyOf(outside));
    }
    DayKind[] days = new DayKind[(int) ChronoUnit.DAYS.between(first, last) + 1];
    for (int i = 0; i < days.length; i++) {
      days[i] = WorkingDays.byWeekday(first.plusDays(i));
    }
    kinds.forEach((day, kind) -> days[index(first, day)] = kindOf(kind));
    for (Map.Entry<LocalDate, String> row : kinds.entrySet()) {
      if (row.getValue().equals("holiday")
          && Boolean.FALSE.equals(decided.get(row.getKey().getYear()))) {
        unsettleAround(row.getKey(), covered, days);
      }
    }
    return new WorkingDays(
        name,
        covered,
        days,
        ImmutableSortedMap.copyOfSorted(names),
        ImmutableSortedMap.copyOfSorted(decided));
  }

  /** The days near a holiday of a provisional year that no line settles. */
  private void unsettleAround(LocalDate holiday, DateInterval covered, DayKind[] days) {
    for (int d = -WorkingDays.SATURDAY_REACH; d <= WorkingDays.SATURDAY_REACH; d++) {
      LocalDate day = holiday.plusDays(d);
      if (!covered.contains(day) || kinds.containsKey(day)) {
        continue;
      }
      boolean weekday = WorkingDays.byWeekday(day) == DayKind.WORKING;
      if (weekday && Math.abs(d) <= WorkingDays.WEEKDAY_REACH
          || day.getDayOfWeek() == DayOfWeek.SATURDAY) {
        days[index(covered.start(), day)] = DayKind.UNSETTLED;
      }
    }
  }

  private static DayKind kindOf(String kind) {
    return switch (kind) {
      case "work" -> DayKind.WORKING;
      case "unsettled" -> DayKind.UNSETTLED;
      default -> DayKind.OFF;
    };
  }

  private static int index(LocalDate first, LocalDate day) {
    return (int) ChronoUnit.DAYS.between(first, day);
  }
}

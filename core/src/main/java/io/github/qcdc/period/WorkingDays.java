package io.github.qcdc.period;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The working days of Vietnam's state agencies: Monday to Friday, except public holidays, the days
 * that make up a holiday falling on a weekend and the days swapped with a Saturday, as decided year
 * by year; a Saturday worked in exchange is a working day.
 *
 * <p>{@link #vietnam()} is the calendar qcdc bundles, for 2016 to 2030, with the source of every
 * decision. A year whose days off are not decided yet (the Prime Minister decides the days of Tết,
 * the day beside 2/9 and any swaps each year) is <em>provisional</em>: its holidays are known, but
 * a weekday within 4 days of a holiday and a Saturday within 14 days of one are {@link
 * DayKind#UNSETTLED unsettled}; so is a day the law may yet make a holiday. A count over such days
 * is a range ({@link WorkingDayCount}), so that a deadline is judged only when every way the year
 * can be decided gives the same answer.
 *
 * <p>The format of a calendar ({@link #parse}) is the bundled file's: lines {@code
 * day,kind,name,source} where kind is {@code holiday}, {@code off}, {@code work} or {@code
 * unsettled}, and lines {@code year,decided|provisional,name,source} for each year covered, which
 * must follow one another; {@code #} starts a comment line.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class WorkingDays {
  /** What a day is. */
  public enum DayKind {
    /** A working day. */
    WORKING,
    /** A weekly rest day, a holiday or another day off. */
    OFF,
    /** Not known yet to be a working day or a day off. */
    UNSETTLED
  }

  /** The weekdays of a provisional year within this many days of a holiday are unsettled. */
  static final int WEEKDAY_REACH = 4;

  /** The Saturdays of a provisional year within this many days of a holiday are unsettled. */
  static final int SATURDAY_REACH = 14;

  private static final String BUNDLED = "vn-working-days.csv";

  private static volatile @org.jspecify.annotations.Nullable WorkingDays vietnam;

  private final String name;
  private final DateInterval covered;
  private final DayKind[] days;
  private final ImmutableSortedMap<LocalDate, String> names;
  private final ImmutableSortedMap<Integer, Boolean> decided;

  WorkingDays(
      String name,
      DateInterval covered,
      DayKind[] days,
      ImmutableSortedMap<LocalDate, String> names,
      ImmutableSortedMap<Integer, Boolean> decided) {
    this.name = name;
    this.covered = covered;
    this.days = days;
    this.names = names;
    this.decided = decided;
  }

  /**
   * {@return the bundled calendar of Vietnam's state agencies, 2016-01-01 to 2030-12-31; read once}
   */
  public static WorkingDays vietnam() {
    WorkingDays calendar = vietnam;
    if (calendar == null) {
      try (InputStream in = WorkingDays.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("the bundled calendar " + BUNDLED + " is missing");
        }
        calendar = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled calendar " + BUNDLED, e);
      }
      vietnam = calendar;
    }
    return calendar;
  }

  /**
   * {@return a calendar in the bundled file's format (see the class description)}
   *
   * @param text the lines
   * @param name the calendar's name, which places its problems ({@code name:line})
   * @throws QcdcException listing every line that is not a day or a year of the format, a day given
   *     twice or outside the years covered, an {@code off} day that is a weekend day or a {@code
   *     work} day that is not, and years that do not follow one another
   */
  public static WorkingDays parse(String text, String name) {
    return new WorkingDaysReader(name).read(text);
  }

  /** {@return the calendar's name: the file it was read from} */
  public String name() {
    return name;
  }

  /**
   * {@return the days this calendar knows: from the first day of its first year to its last year's
   * end}
   */
  public DateInterval covered() {
    return covered;
  }

  /**
   * {@return whether the days off of {@code year} are decided; empty for a year not covered}
   *
   * @param year the year
   */
  public java.util.Optional<Boolean> isDecided(int year) {
    return java.util.Optional.ofNullable(decided.get(year));
  }

  /**
   * {@return what {@code day} is}
   *
   * @param day the day, inside {@link #covered()}
   * @throws IllegalArgumentException if the calendar does not cover {@code day}
   */
  public DayKind kind(LocalDate day) {
    checkArgument(covered.contains(day), "%s does not cover %s, only %s", name, day, covered);
    return days[index(day)];
  }

  /**
   * {@return the name the calendar gives {@code day} (a holiday, a day off, a Saturday worked), if
   * any}
   *
   * @param day the day, inside {@link #covered()}
   */
  public java.util.Optional<String> nameOf(LocalDate day) {
    return java.util.Optional.ofNullable(names.get(day));
  }

  /**
   * {@return the working days after {@code start} up to and including {@code end}, as {@link
   * ChronoUnit#DAYS} counts days: the day of the start is not counted, the period runs from the
   * next day (Bộ luật Dân sự 2015, Điều 147)} Negative when {@code end} is before {@code start}; 0
   * when they are equal. A notice sent on a Friday for a meeting the next Friday is 5 working days
   * ahead in a week without holidays.
   *
   * @param start the day the count runs from, not itself counted
   * @param end the last day counted
   * @throws IllegalArgumentException if the calendar does not cover every day counted
   */
  public WorkingDayCount workingDaysBetween(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return workingDaysBetween(end, start).negated();
    }
    if (end.equals(start)) {
      return new WorkingDayCount(0, 0);
    }
    LocalDate first = start.plusDays(1);
    checkArgument(
        covered.contains(first) && covered.contains(end),
        "%s covers %s; cannot count the working days from %s to %s",
        name,
        covered,
        start,
        end);
    long working = 0;
    long unsettled = 0;
    for (int i = index(first), last = index(end); i <= last; i++) {
      if (days[i] == DayKind.WORKING) {
        working++;
      } else if (days[i] == DayKind.UNSETTLED) {
        unsettled++;
      }
    }
    return new WorkingDayCount(working, working + unsettled);
  }

  /**
   * {@return whether the calendar covers every day after {@code start} up to {@code end}}
   *
   * @param start the day the count runs from, not itself counted
   * @param end the last day counted
   */
  public boolean covers(LocalDate start, LocalDate end) {
    LocalDate from = start.isBefore(end) ? start : end;
    LocalDate to = start.isBefore(end) ? end : start;
    return from.equals(to) || (covered.contains(from.plusDays(1)) && covered.contains(to));
  }

  private int index(LocalDate day) {
    return (int) ChronoUnit.DAYS.between(covered.start(), day);
  }

  /** Weekend days are off, weekdays working, before the rows say otherwise. */
  static DayKind byWeekday(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? DayKind.OFF : DayKind.WORKING;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof WorkingDays w
        && name.equals(w.name)
        && covered.equals(w.covered)
        && java.util.Arrays.equals(days, w.days)
        && names.equals(w.names)
        && decided.equals(w.decided);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, covered, names, decided) * 31 + java.util.Arrays.hashCode(days);
  }

  /** {@code vn-working-days.csv (2016-01-01/2030-12-31)}. */
  @Override
  public String toString() {
    return name + " (" + covered + ")";
  }

  /**
   * A number of working days: exactly {@code least} when it equals {@code most}; otherwise some
   * days in between are {@link DayKind#UNSETTLED unsettled} and the count lies between the two.
   *
   * @param least the count if every unsettled day is a day off
   * @param most the count if every unsettled day is a working day
   * @since 0.2
   */
  public record WorkingDayCount(long least, long most) {
    /**
     * Validates that {@code least <= most}.
     *
     * @param least the count if every unsettled day is a day off
     * @param most the count if every unsettled day is a working day
     */
    public WorkingDayCount {
      checkArgument(least <= most, "a count from %s to %s", least, most);
    }

    /** {@return whether no unsettled day was counted} */
    public boolean isExact() {
      return least == most;
    }

    /** The count of the reversed span. */
    WorkingDayCount negated() {
      return new WorkingDayCount(-most, -least);
    }

    /** {@code 5}, or {@code 4 to 6} when days are unsettled. */
    @Override
    public String toString() {
      return isExact() ? Long.toString(least) : least + " to " + most;
    }
  }

  /** The problems of a calendar's text, placed at their line. */
  static QcdcException invalid(String name, ImmutableList<Problem> problems) {
    return new QcdcException("invalid working-day calendar " + name, problems);
  }
}

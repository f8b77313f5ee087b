package io.github.qcdc.period;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A period a report covers: a year, a half-year, a quarter, a month, several whole years, or an
 * explicit range of dates.
 *
 * <p>Each kind has one text form, which {@link #parse} reads and {@link #toString} writes:
 *
 * <table>
 *   <caption>Text forms</caption>
 *   <tr><th>kind</th><th>text</th><th>civil days</th></tr>
 *   <tr><td>{@link Kind#YEAR}</td><td>{@code 2020}</td><td>2020-01-01 to 2020-12-31</td></tr>
 *   <tr><td>{@link Kind#HALF_YEAR}</td><td>{@code 2020S1}, {@code 2020S2}</td>
 *       <td>January-June, July-December</td></tr>
 *   <tr><td>{@link Kind#QUARTER}</td><td>{@code 2020Q3}</td><td>2020-07-01 to 2020-09-30</td></tr>
 *   <tr><td>{@link Kind#MONTH}</td><td>{@code 2020-03}</td><td>2020-03-01 to 2020-03-31</td></tr>
 *   <tr><td>{@link Kind#YEARS}</td><td>{@code 2016/2020}</td><td>2016-01-01 to 2020-12-31</td></tr>
 *   <tr><td>{@link Kind#DATES}</td><td>{@code 2016-03-15/2020-12-31}</td>
 *       <td>as written, both ends inclusive</td></tr>
 * </table>
 *
 * <p>A period is a label; its days depend on the {@link ReportingCalendar}. {@link #start()},
 * {@link #end()} and {@link #contains(LocalDate)} use the civil calendar; {@link
 * #toDateInterval(ReportingCalendar)} gives the days under another one, such as the cut-off
 * calendar of Decree 09/2019/NĐ-CP where the year 2020 runs from 2019-12-15 to 2020-12-14. A {@link
 * Kind#DATES} period has the same days under every calendar.
 *
 * <p>{@code YEARS} needs its first year before its last ({@code 2020/2020} is written {@code
 * 2020}); years run from 1 to 9999. Instances are immutable and thread-safe; equal periods have
 * equal text.
 *
 * @since 0.1
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** The kinds of period. */
  public enum Kind {
    /** A calendar year, {@code 2020}. */
    YEAR,
    /** A half-year, {@code 2020S1} or {@code 2020S2}. */
    HALF_YEAR,
    /** A quarter, {@code 2020Q1} to {@code 2020Q4}. */
    QUARTER,
    /** A month, {@code 2020-03}. */
    MONTH,
    /** Several whole years, {@code 2016/2020}. */
    YEARS,
    /** An explicit range of dates, {@code 2016-03-15/2020-12-31}. */
    DATES
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})S([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");

  /** Years as reports write them: {@code 1998-2008}; never a month, whose part has two digits. */
  private static final Pattern YEARS_DASHED = Pattern.compile("(\\d{4})[-\u2013](\\d{4})");

  private static final Pattern DATES =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

  private final Kind kind;
  private final LocalDate start;
  private final LocalDate end;
  private final int hash;

  private ReportingPeriod(Kind kind, LocalDate start, LocalDate end) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.hash = Objects.hash(kind.name(), start, end); // never an enum's identity hash
  }

  /**
   * {@return the calendar year {@code year}}
   *
   * @param year the year
   */
  public static ReportingPeriod ofYear(int year) {
    checkYear(year);
    return new ReportingPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * {@return the half-year {@code half} (1 or 2) of {@code year}}
   *
   * @param year the year
   * @param half the half, 1 or 2
   */
  public static ReportingPeriod ofHalfYear(int year, int half) {
    checkYear(year);
    checkArgument(half == 1 || half == 2, "half-year must be 1 or 2: %s", half);
    LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    return new ReportingPeriod(Kind.HALF_YEAR, start, start.plusMonths(6).minusDays(1));
  }

  /**
   * {@return the quarter {@code quarter} (1 to 4) of {@code year}}
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   */
  public static ReportingPeriod ofQuarter(int year, int quarter) {
    checkYear(year);
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4: %s", quarter);
    LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
    return new ReportingPeriod(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
  }

  /**
   * {@return the month {@code month} (1 to 12) of {@code year}}
   *
   * @param year the year
   * @param month the month, 1 to 12
   */
  public static ReportingPeriod ofMonth(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month must be 1 to 12: %s", month);
    LocalDate start = LocalDate.of(year, month, 1);
    return new ReportingPeriod(Kind.MONTH, start, start.plusMonths(1).minusDays(1));
  }

  /**
   * {@return the whole years {@code firstYear} to {@code lastYear}; a single year if they are
   * equal}
   *
   * @param firstYear the first year
   * @param lastYear the last year, not before the first
   * @throws IllegalArgumentException if {@code firstYear} is after {@code lastYear}
   */
  public static ReportingPeriod ofYears(int firstYear, int lastYear) {
    checkYear(firstYear);
    checkYear(lastYear);
    checkArgument(
        firstYear <= lastYear, "first year %s must not be after last year %s", firstYear, lastYear);
    if (firstYear == lastYear) {
      return ofYear(firstYear);
    }
    return new ReportingPeriod(
        Kind.YEARS, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  /**
   * {@return the days {@code start} to {@code end}, both inclusive, as an explicit range}
   *
   * @param start the first day
   * @param end the last day, not before the first
   */
  public static ReportingPeriod ofDates(LocalDate start, LocalDate end) {
    checkYear(start.getYear());
    checkYear(end.getYear());
    checkArgument(!start.isAfter(end), "period start %s must not be after its end %s", start, end);
    return new ReportingPeriod(Kind.DATES, start, end);
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "year must be 1 to 9999: %s", year);
  }

  /**
   * Parses a text form: {@code 2020}, {@code 2020S1}, {@code 2020Q3}, {@code 2020-03}, {@code
   * 2016/2020} or {@code 2016-01-01/2020-12-31}. Years may also be written as reports write them,
   * {@code 1998-2008} (or with an en dash): the same period as {@code 1998/2008}, written back that
   * way; {@code 2020-03} stays a month.
   *
   * @param text the text form
   * @return the period
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static ReportingPeriod parse(CharSequence text) {
    String s = text.toString();
    try {
      ReportingPeriod parsed = parseOrNull(s);
      if (parsed != null) {
        return parsed;
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(invalid(s) + " (" + e.getMessage() + ")", e);
    }
    throw new IllegalArgumentException(invalid(s));
  }

  private static String invalid(String s) {
    return "period must be one of 2020, 2020S1, 2020Q3, 2020-03, 2016/2020 (or 2016-2020),"
        + " 2016-01-01/2020-12-31: '"
        + s
        + "'";
  }

  private static @Nullable ReportingPeriod parseOrNull(String s) {
    Matcher m = YEAR.matcher(s);
    if (m.matches()) {
      return ofYear(group(m, 1));
    }
    m = HALF.matcher(s);
    if (m.matches()) {
      return ofHalfYear(group(m, 1), group(m, 2));
    }
    m = QUARTER.matcher(s);
    if (m.matches()) {
      return ofQuarter(group(m, 1), group(m, 2));
    }
    m = MONTH.matcher(s);
    if (m.matches()) {
      return ofMonth(group(m, 1), group(m, 2));
    }
    m = YEARS.matcher(s);
    if (!m.matches()) {
      m = YEARS_DASHED.matcher(s);
    }
    if (m.matches()) {
      checkArgument(group(m, 1) < group(m, 2), "the first year must be before the last");
      return ofYears(group(m, 1), group(m, 2));
    }
    m = DATES.matcher(s);
    if (m.matches()) {
      return ofDates(
          LocalDate.parse(Objects.requireNonNull(m.group(1))),
          LocalDate.parse(Objects.requireNonNull(m.group(2))));
    }
    return null;
  }

  private static int group(Matcher m, int group) {
    return Integer.parseInt(Objects.requireNonNull(m.group(group)));
  }

  /** {@return the kind of period} */
  public Kind kind() {
    return kind;
  }

  /** {@return the first civil day of the period} */
  public LocalDate start() {
    return start;
  }

  /** {@return the last civil day of the period, inclusive} */
  public LocalDate end() {
    return end;
  }

  /** {@return the civil days of the period} */
  public DateInterval toDateInterval() {
    return DateInterval.of(start, end);
  }

  /**
   * {@return the days of the period under {@code calendar}}
   *
   * @param calendar the reporting calendar
   */
  public DateInterval toDateInterval(ReportingCalendar calendar) {
    return calendar.interval(this);
  }

  /**
   * {@return whether {@code date} is a civil day of this period}
   *
   * @param date the day
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * {@return whether every civil day of {@code other} is a day of this period}
   *
   * @param other the other period
   */
  public boolean contains(ReportingPeriod other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** {@return the first year the period touches} */
  public int firstYear() {
    return start.getYear();
  }

  /** {@return the last year the period touches} */
  public int lastYear() {
    return end.getYear();
  }

  /**
   * {@return the calendar years the period touches, in order} A year, half-year, quarter or month
   * gives the one year it lies in; an explicit range gives every year it overlaps, even partly.
   */
  public ImmutableList<ReportingPeriod> toYears() {
    ImmutableList.Builder<ReportingPeriod> years = ImmutableList.builder();
    for (int y = start.getYear(); y <= end.getYear(); y++) {
      years.add(ofYear(y));
    }
    return years.build();
  }

  /**
   * {@return the quarters the period touches, in order} A month gives the quarter it lies in; an
   * explicit range gives every quarter it overlaps, even partly.
   */
  public ImmutableList<ReportingPeriod> toQuarters() {
    ImmutableList.Builder<ReportingPeriod> quarters = ImmutableList.builder();
    int first = start.getYear() * 4 + (start.getMonthValue() - 1) / 3;
    int last = end.getYear() * 4 + (end.getMonthValue() - 1) / 3;
    for (int q = first; q <= last; q++) {
      quarters.add(ofQuarter(q / 4, q % 4 + 1));
    }
    return quarters.build();
  }

  /** Orders by first day, then by last day (the shorter period first). */
  @Override
  public int compareTo(ReportingPeriod other) {
    int byStart = start.compareTo(other.start);
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = end.compareTo(other.end);
    return byEnd != 0 ? byEnd : kind.compareTo(other.kind);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingPeriod p
        && kind == p.kind
        && start.equals(p.start)
        && end.equals(p.end);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The text form, which {@link #parse} reads back to an equal period. */
  @Override
  public String toString() {
    int year = start.getYear();
    int month = start.getMonthValue();
    return switch (kind) {
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
      case HALF_YEAR -> String.format(java.util.Locale.ROOT, "%04dS%d", year, month == 1 ? 1 : 2);
      case QUARTER -> String.format(java.util.Locale.ROOT, "%04dQ%d", year, (month - 1) / 3 + 1);
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
      case YEARS -> String.format(java.util.Locale.ROOT, "%04d/%04d", year, end.getYear());
      case DATES -> start + "/" + end;
    };
  }
}

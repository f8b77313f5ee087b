package io.github.qcdc.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How a reporting period maps to days.
 *
 * <p>Vietnamese state bodies close their periodic reports before the period's civil end: under
 * Decree 09/2019/NĐ-CP on reporting by state administrative bodies (Art. 12, "thời gian chốt số
 * liệu"), a monthly report runs from the 15th of the previous month to the 14th of the month; a
 * quarter from the 15th of the month before it to the 14th of its last month; the first half-year
 * from 15 December of the previous year to 14 June, the second from 15 June to 14 December; the
 * year from 15 December of the previous year to 14 December. A rule pack chooses its calendar.
 *
 * <p>Under every calendar an explicit {@link ReportingPeriod.Kind#DATES} period keeps its own days,
 * and several whole years run from the start of the first to the end of the last.
 *
 * @since 0.1
 */
public enum ReportingCalendar {
  /** Civil periods: the year 2020 is 2020-01-01 to 2020-12-31. */
  CIVIL {
    @Override
    public DateInterval interval(ReportingPeriod period) {
      return period.toDateInterval();
    }

    @Override
    public YearMonth monthOf(LocalDate date) {
      return YearMonth.from(date);
    }
  },

  /**
   * The cut-off calendar of Decree 09/2019/NĐ-CP, Art. 12: every period ends on the 14th of its
   * last month and starts the day after the previous one ends. The year 2020 is 2019-12-15 to
   * 2020-12-14; 2020Q1 is 2019-12-15 to 2020-03-14; 2020-03 is 2020-02-15 to 2020-03-14.
   */
  DECREE_09_2019 {
    @Override
    public DateInterval interval(ReportingPeriod period) {
      if (period.kind() == ReportingPeriod.Kind.DATES) {
        return period.toDateInterval();
      }
      LocalDate start = period.start().minusMonths(1).withDayOfMonth(CUT_OFF_DAY + 1);
      LocalDate end = period.end().withDayOfMonth(CUT_OFF_DAY);
      return DateInterval.of(start, end);
    }

    @Override
    public YearMonth monthOf(LocalDate date) {
      YearMonth month = YearMonth.from(date);
      return date.getDayOfMonth() > CUT_OFF_DAY ? month.plusMonths(1) : month;
    }
  };

  private static final int CUT_OFF_DAY = 14;

  /**
   * {@return the days {@code period} covers under this calendar}
   *
   * @param period the period
   */
  public abstract DateInterval interval(ReportingPeriod period);

  /**
   * {@return the reporting month {@code date} belongs to under this calendar: under {@link
   * #DECREE_09_2019}, 2020-03-15 belongs to 2020-04}
   *
   * @param date the day
   */
  public abstract YearMonth monthOf(LocalDate date);

  /**
   * {@return the reporting year {@code date} belongs to under this calendar: under {@link
   * #DECREE_09_2019}, 2020-12-15 belongs to 2021}
   *
   * @param date the day
   */
  public int yearOf(LocalDate date) {
    return monthOf(date).getYear();
  }

  /**
   * {@return the reporting quarter (1 to 4) {@code date} belongs to under this calendar}
   *
   * @param date the day
   */
  public int quarterOf(LocalDate date) {
    return (monthOf(date).getMonthValue() - 1) / 3 + 1;
  }
}

package io.github.qcdc.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.testing.Generators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodPropertiesTest {

  @Test
  void parsingTheTextGivesAnEqualPeriod() {
    qt().forAll(Generators.periods())
        .checkAssert(p -> assertEquals(p, ReportingPeriod.parse(p.toString())));
  }

  @Test
  void everyDayOfAPeriodLiesInExactlyOneOfItsQuartersAndYears() {
    qt().forAll(Generators.periods(), Generators.dates())
        .checkAssert(
            (period, day) -> {
              long quarters = period.toQuarters().stream().filter(q -> q.contains(day)).count();
              long years = period.toYears().stream().filter(y -> y.contains(day)).count();
              if (period.contains(day)) {
                assertEquals(1, quarters, period + " " + day);
                assertEquals(1, years, period + " " + day);
              }
            });
  }

  @Test
  void quartersAndYearsCoverThePeriodWithoutGaps() {
    qt().forAll(Generators.periods())
        .checkAssert(
            period -> {
              var quarters = period.toQuarters();
              assertTrue(!quarters.get(0).start().isAfter(period.start()));
              assertTrue(!quarters.get(quarters.size() - 1).end().isBefore(period.end()));
              for (int i = 1; i < quarters.size(); i++) {
                assertEquals(quarters.get(i - 1).end().plusDays(1), quarters.get(i).start());
              }
            });
  }

  @Test
  void cutOffCalendarTilesTheDaysWithoutGapsOrOverlaps() {
    qt().forAll(Generators.dates())
        .checkAssert(
            day -> {
              int year = ReportingCalendar.DECREE_09_2019.yearOf(day);
              DateInterval days =
                  ReportingCalendar.DECREE_09_2019.interval(ReportingPeriod.ofYear(year));
              assertTrue(days.contains(day), day + " in " + days);
              long quartersHolding =
                  ReportingPeriod.ofYear(year).toQuarters().stream()
                      .filter(q -> ReportingCalendar.DECREE_09_2019.interval(q).contains(day))
                      .count();
              assertEquals(1, quartersHolding, day.toString());
            });
  }

  @Test
  void dateIntervalTextRoundTrips() {
    qt().forAll(Generators.dates(), Generators.dates())
        .checkAssert(
            (a, b) -> {
              LocalDate start = a.isBefore(b) ? a : b;
              LocalDate end = a.isBefore(b) ? b : a;
              for (DateInterval interval :
                  new DateInterval[] {
                    DateInterval.of(start, end), DateInterval.from(start), DateInterval.until(end)
                  }) {
                assertEquals(interval, DateInterval.parse(interval.toString()));
              }
            });
  }
}

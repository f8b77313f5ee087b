package io.github.qcdc.period;

import static io.github.qcdc.testing.Failures.argumentMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2020, YEAR, 2020-01-01, 2020-12-31",
    "2020S1, HALF_YEAR, 2020-01-01, 2020-06-30",
    "2020S2, HALF_YEAR, 2020-07-01, 2020-12-31",
    "2020Q1, QUARTER, 2020-01-01, 2020-03-31",
    "2020Q3, QUARTER, 2020-07-01, 2020-09-30",
    "2020-02, MONTH, 2020-02-01, 2020-02-29",
    "2016/2020, YEARS, 2016-01-01, 2020-12-31",
    "2016-03-15/2020-12-31, DATES, 2016-03-15, 2020-12-31"
  })
  void parsesEveryTextFormWithItsCivilDays(
      String text, ReportingPeriod.Kind kind, LocalDate start, LocalDate end) {
    ReportingPeriod period = ReportingPeriod.parse(text);
    assertEquals(kind, period.kind());
    assertEquals(start, period.start());
    assertEquals(end, period.end());
    assertEquals(text, period.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020Q5",
        "2020S3",
        "2020-13",
        "20",
        "2020/2020",
        "2021/2020",
        "",
        "2020q1",
        "2020-01-32/2020-02-01",
        "2020-02-01/2020-01-01"
      })
  void rejectsMalformedTextNamingItAndTheAcceptedForms(String text) {
    String message = argumentMessage(() -> ReportingPeriod.parse(text));
    assertTrue(
        message.startsWith(
            "period must be one of 2020, 2020S1, 2020Q3, 2020-03, 2016/2020 (or 2016-2020),"
                + " 2016-01-01/2020-12-31: '"
                + text
                + "'"),
        message);
  }

  @Test
  void rejectsOutOfRangeFieldsNamingTheField() {
    assertEquals(
        "quarter must be 1 to 4: 5",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofQuarter(2020, 5))
            .getMessage());
    assertEquals(
        "half-year must be 1 or 2: 0",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofHalfYear(2020, 0))
            .getMessage());
    assertEquals(
        "month must be 1 to 12: 13",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofMonth(2020, 13))
            .getMessage());
    assertEquals(
        "year must be 1 to 9999: 0",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofYear(0)).getMessage());
    assertEquals(
        "first year 2021 must not be after last year 2020",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofYears(2021, 2020))
            .getMessage());
    assertEquals(
        "period start 2020-02-01 must not be after its end 2020-01-01",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReportingPeriod.ofDates(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
            .getMessage());
  }

  @Test
  void singleYearRangeIsTheYear() {
    assertEquals(ReportingPeriod.ofYear(2020), ReportingPeriod.ofYears(2020, 2020));
  }

  @Test
  void containsDaysAndPeriodsAcrossYearBoundaries() {
    ReportingPeriod fiveYears = ReportingPeriod.parse("2016/2020");
    assertTrue(fiveYears.contains(LocalDate.of(2016, 1, 1)));
    assertTrue(fiveYears.contains(LocalDate.of(2020, 12, 31)));
    assertFalse(fiveYears.contains(LocalDate.of(2015, 12, 31)));
    assertFalse(fiveYears.contains(LocalDate.of(2021, 1, 1)));
    assertTrue(fiveYears.contains(ReportingPeriod.parse("2018Q4")));
    assertFalse(fiveYears.contains(ReportingPeriod.parse("2020-12-01/2021-01-31")));
  }

  @Test
  void splitsIntoYearsAndQuarters() {
    assertEquals(
        List.of("2016", "2017", "2018"),
        ReportingPeriod.parse("2016/2018").toYears().stream().map(Object::toString).toList());
    assertEquals(
        List.of("2019Q4", "2020Q1"),
        ReportingPeriod.parse("2019-11-15/2020-01-15").toQuarters().stream()
            .map(Object::toString)
            .toList());
    assertEquals(
        List.of("2020Q2"),
        ReportingPeriod.parse("2020-05").toQuarters().stream().map(Object::toString).toList());
  }

  @Test
  void decree09CalendarClosesOnThe14th() {
    ReportingCalendar cutOff = ReportingCalendar.DECREE_09_2019;
    assertEquals(
        "2019-12-15/2020-12-14", cutOff.interval(ReportingPeriod.parse("2020")).toString());
    assertEquals(
        "2019-12-15/2020-03-14", cutOff.interval(ReportingPeriod.parse("2020Q1")).toString());
    assertEquals(
        "2020-06-15/2020-09-14", cutOff.interval(ReportingPeriod.parse("2020Q3")).toString());
    assertEquals(
        "2019-12-15/2020-06-14", cutOff.interval(ReportingPeriod.parse("2020S1")).toString());
    assertEquals(
        "2020-06-15/2020-12-14", cutOff.interval(ReportingPeriod.parse("2020S2")).toString());
    assertEquals(
        "2020-02-15/2020-03-14", cutOff.interval(ReportingPeriod.parse("2020-03")).toString());
    assertEquals(
        "2015-12-15/2020-12-14", cutOff.interval(ReportingPeriod.parse("2016/2020")).toString());
    assertEquals(
        "2016-03-15/2020-12-31",
        cutOff.interval(ReportingPeriod.parse("2016-03-15/2020-12-31")).toString());
    assertEquals(2021, cutOff.yearOf(LocalDate.of(2020, 12, 15)));
    assertEquals(2020, cutOff.yearOf(LocalDate.of(2020, 12, 14)));
    assertEquals(2020, ReportingCalendar.CIVIL.yearOf(LocalDate.of(2020, 12, 15)));
  }

  @Test
  void equalityFollowsTheText() {
    new EqualsTester()
        .addEqualityGroup(ReportingPeriod.parse("2020"), ReportingPeriod.ofYear(2020))
        .addEqualityGroup(
            ReportingPeriod.parse("2020-01-01/2020-12-31"),
            ReportingPeriod.ofDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
        .addEqualityGroup(ReportingPeriod.parse("2020Q1"))
        .testEquals();
  }

  @Test
  void ordersByStartThenShorterFirst() {
    assertTrue(ReportingPeriod.parse("2020Q1").compareTo(ReportingPeriod.parse("2020")) < 0);
    assertTrue(ReportingPeriod.parse("2019").compareTo(ReportingPeriod.parse("2020Q1")) < 0);
  }

  @Test
  void readsYearsAsReportsWriteThemWithADash() {
    assertEquals(ReportingPeriod.parse("1998/2008"), ReportingPeriod.parse("1998-2008"));
    assertEquals(ReportingPeriod.parse("1998/2008"), ReportingPeriod.parse("1998\u20132008"));
    assertEquals("1998/2008", ReportingPeriod.parse("1998-2008").toString());
    assertEquals(ReportingPeriod.ofMonth(2020, 3), ReportingPeriod.parse("2020-03"));
  }
}

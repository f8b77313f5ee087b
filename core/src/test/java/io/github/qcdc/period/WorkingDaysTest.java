package io.github.qcdc.period;

import static io.github.qcdc.testing.Failures.argumentMessage;
import static io.github.qcdc.testing.Failures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.qcdc.Problem;
import io.github.qcdc.period.WorkingDays.DayKind;
import io.github.qcdc.period.WorkingDays.WorkingDayCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private static final WorkingDays VN = WorkingDays.vietnam();

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void theBundledCalendarCovers2016To2030AndIsReadOnce() {
    assertEquals(DateInterval.of(day(2016, 1, 1), day(2030, 12, 31)), VN.covered());
    assertSame(VN, WorkingDays.vietnam());
    assertEquals(Optional.of(true), VN.isDecided(2026));
    assertEquals(Optional.of(false), VN.isDecided(2027));
    assertEquals(Optional.empty(), VN.isDecided(2031));
  }

  @Test
  void tetOf2026IsFiveWeekdaysOffBetweenTwoWeekends() {
    for (int d = 14; d <= 22; d++) {
      assertEquals(DayKind.OFF, VN.kind(day(2026, 2, d)), "2026-02-" + d);
    }
    assertEquals(DayKind.WORKING, VN.kind(day(2026, 2, 13)));
    assertEquals(DayKind.WORKING, VN.kind(day(2026, 2, 23)));
    assertEquals(Optional.of("Mùng 1 Tết Bính Ngọ"), VN.nameOf(day(2026, 2, 17)));
    // a notice on the Friday before Tết for a meeting on the Tuesday after: 2 working days
    assertEquals(
        new WorkingDayCount(2, 2), VN.workingDaysBetween(day(2026, 2, 13), day(2026, 2, 24)));
  }

  @Test
  void aSaturdayWorkedInExchangeIsAWorkingDayAndTheSwappedWeekdayIsNot() {
    assertEquals(DayKind.WORKING, VN.kind(day(2026, 1, 10)));
    assertEquals(DayKind.OFF, VN.kind(day(2026, 1, 2)));
    assertEquals(DayKind.WORKING, VN.kind(day(2019, 1, 5)));
    assertEquals(DayKind.OFF, VN.kind(day(2018, 12, 31)));
    assertEquals(DayKind.WORKING, VN.kind(day(2024, 5, 4)));
    assertEquals(DayKind.OFF, VN.kind(day(2024, 4, 29)));
  }

  @Test
  void aHolidayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
    // Giỗ Tổ Hùng Vương 2026 fell on a Sunday
    assertEquals(DayOfWeek.SUNDAY, day(2026, 4, 26).getDayOfWeek());
    assertEquals(DayKind.OFF, VN.kind(day(2026, 4, 27)));
    // 1/1/2017 fell on a Sunday
    assertEquals(DayKind.OFF, VN.kind(day(2017, 1, 2)));
  }

  @Test
  void countsTheWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
    LocalDate friday = day(2024, 6, 7);
    assertEquals(new WorkingDayCount(5, 5), VN.workingDaysBetween(friday, friday.plusWeeks(1)));
    assertEquals(new WorkingDayCount(0, 0), VN.workingDaysBetween(friday, friday));
    assertEquals(new WorkingDayCount(1, 1), VN.workingDaysBetween(friday, day(2024, 6, 10)));
    assertEquals(new WorkingDayCount(0, 0), VN.workingDaysBetween(friday, day(2024, 6, 9)));
    assertEquals(new WorkingDayCount(-5, -5), VN.workingDaysBetween(friday.plusWeeks(1), friday));
    assertEquals("5", VN.workingDaysBetween(friday, friday.plusWeeks(1)).toString());
  }

  @Test
  void theDaysNearAHolidayOfAProvisionalYearAreUnsettled() {
    // Tết Mậu Thân: mùng 1 on Wednesday 2028-01-26; the other days of Tết are not decided
    assertEquals(DayKind.OFF, VN.kind(day(2028, 1, 26)));
    assertEquals(DayKind.UNSETTLED, VN.kind(day(2028, 1, 25)));
    assertEquals(DayKind.UNSETTLED, VN.kind(day(2028, 1, 31)));
    assertEquals(DayKind.UNSETTLED, VN.kind(day(2028, 1, 15)), "a Saturday 11 days before");
    assertEquals(DayKind.OFF, VN.kind(day(2028, 1, 16)), "Sundays are never worked");
    assertEquals(DayKind.WORKING, VN.kind(day(2028, 1, 21)), "a weekday 5 days before");
    WorkingDayCount c = VN.workingDaysBetween(day(2028, 1, 21), day(2028, 2, 4));
    assertFalse(c.isExact());
    assertEquals("3 to 9", c.toString());
    // far from any holiday, a provisional year counts exactly
    assertEquals(
        new WorkingDayCount(5, 5), VN.workingDaysBetween(day(2028, 6, 2), day(2028, 6, 9)));
  }

  @Test
  void theVietnameseCultureDayIsUnsettledUntilTheLabourCodeSaysSo() {
    assertEquals(DayKind.UNSETTLED, VN.kind(day(2026, 11, 24)));
    assertEquals(
        new WorkingDayCount(4, 5), VN.workingDaysBetween(day(2026, 11, 20), day(2026, 11, 27)));
  }

  @Test
  void aDayOutsideTheCalendarIsRefusedNamingTheCalendar() {
    assertEquals(
        "vn-working-days.csv does not cover 2031-01-01, only 2016-01-01/2030-12-31",
        argumentMessage(() -> VN.kind(day(2031, 1, 1))));
    assertEquals(
        "vn-working-days.csv covers 2016-01-01/2030-12-31; cannot count the working days from"
            + " 2015-12-30 to 2016-01-05",
        argumentMessage(() -> VN.workingDaysBetween(day(2015, 12, 30), day(2016, 1, 5))));
    assertTrue(VN.covers(day(2015, 12, 31), day(2016, 1, 5)));
    assertFalse(VN.covers(day(2030, 12, 31), day(2031, 1, 1)));
  }

  @Test
  void countsAddUpOverConsecutiveSpansAndReverseWithTheirSign() {
    int span = (int) ChronoUnit.DAYS.between(VN.covered().start(), VN.covered().end());
    qt().forAll(integers().between(0, span), integers().between(0, 40), integers().between(0, 40))
        .checkAssert(
            (a, ab, bc) -> {
              LocalDate x = VN.covered().start().plusDays(a);
              LocalDate y = min(x.plusDays(ab), VN.covered().end());
              LocalDate z = min(y.plusDays(bc), VN.covered().end());
              WorkingDayCount xy = VN.workingDaysBetween(x, y);
              WorkingDayCount yz = VN.workingDaysBetween(y, z);
              WorkingDayCount xz = VN.workingDaysBetween(x, z);
              assertEquals(xy.least() + yz.least(), xz.least());
              assertEquals(xy.most() + yz.most(), xz.most());
              assertEquals(
                  new WorkingDayCount(-xz.most(), -xz.least()), VN.workingDaysBetween(z, x));
              assertTrue(xz.most() <= ChronoUnit.DAYS.between(x, z));
            });
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  @Test
  void theLunarDaysOfTheCalendarAreOneLunarYearApartAndNamedByTheirYear() {
    String[] stems = {"Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"};
    String[] branches = {
      "Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"
    };
    List<LocalDate> tet = new ArrayList<>();
    for (int y = 2016; y <= 2030; y++) {
      LocalDate first = null;
      LocalDate gioTo = null;
      for (LocalDate d = day(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        String name = VN.nameOf(d).orElse("");
        if (name.startsWith("Mùng 1 Tết")) {
          first = d;
          assertEquals("Mùng 1 Tết " + stems[y % 10] + " " + branches[y % 12], name);
        } else if (name.equals("Giỗ Tổ Hùng Vương")) {
          gioTo = d;
        }
      }
      if (first == null || gioTo == null) {
        throw new AssertionError("no Tết or Giỗ Tổ in " + y);
      }
      assertEquals(Optional.of("Mùng 2 Tết"), VN.nameOf(first.plusDays(1)));
      // 10 tháng 3: two lunar months of 29 or 30 days and 9 days, or three with a leap month
      long toGioTo = ChronoUnit.DAYS.between(first, gioTo);
      assertTrue(toGioTo >= 67 && toGioTo <= 69 || toGioTo >= 96 && toGioTo <= 99, y + "");
      tet.add(first);
    }
    for (int i = 1; i < tet.size(); i++) {
      long year = ChronoUnit.DAYS.between(tet.get(i - 1), tet.get(i));
      assertTrue(List.of(353L, 354L, 355L, 383L, 384L, 385L).contains(year), tet.get(i) + "");
    }
  }

  @Test
  void everyLineProblemOfACalendarIsPlacedAtItsLine() {
    String text =
        String.join(
            "\n",
            "# comment",
            "day,kind,name,source",
            "2024,decided,Năm 2024,[x]",
            "2024,decided,Năm 2024,[x]",
            "2024-01-06,off,Thứ Bảy,[x]",
            "2024-01-08,work,Thứ Hai,[x]",
            "2024-01-09,holiday,Một,[x]",
            "2024-01-09,holiday,Hai,[x]",
            "2024-13-01,holiday,Tháng 13,[x]",
            "2024-01-10,closed,Đóng,[x]",
            "2024-01-11,holiday",
            "24,decided,Năm,[x]");
    List<String> messages = problems(text);
    assertEquals(
        List.of(
            "lich.csv:4: year 2024 is given twice",
            "lich.csv:5: 2024-01-06 is a SATURDAY: a day 'off' is a weekday",
            "lich.csv:6: 2024-01-08 is a MONDAY: a day 'work' is a Saturday or a Sunday",
            "lich.csv:8: 2024-01-09 is given twice (first on line 7)",
            "lich.csv:9: day '2024-13-01' is not a day yyyy-MM-dd",
            "lich.csv:10: unknown kind 'closed'; expected one of [decided, provisional, holiday,"
                + " off, work, unsettled]",
            "lich.csv:11: expected day,kind,name,source with a name and a source, found"
                + " '2024-01-11,holiday'",
            "lich.csv:12: year '24' is not a year of four digits"),
        messages);
  }

  @Test
  void aCalendarMustCoverConsecutiveYearsAndOnlyTheirDays() {
    assertEquals(
        List.of("lich.csv: no year is covered: give a line year,decided,name,source"),
        problems("# nothing\n"));
    assertEquals(
        List.of("lich.csv: the years covered must follow one another: [2024, 2026]"),
        problems("2024,decided,a,[x]\n2026,provisional,b,[x]\n"));
    assertEquals(
        List.of("lich.csv:2: 2025-01-01 is outside the years covered, [2024]"),
        problems("2024,decided,a,[x]\n2025-01-01,holiday,b,[x]"));
  }

  /** The problems of calendar {@code text}, named {@code lich.csv}, as text. */
  private static List<String> problems(String text) {
    return problemsOf(() -> WorkingDays.parse(text, "lich.csv")).stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void aCalendarReadTwiceIsEqual() {
    String text = "2024,provisional,a,[x]\n2024-09-02,holiday,Quốc khánh,[law]\n";
    WorkingDays a = WorkingDays.parse(text, "a.csv");
    assertEquals(a, WorkingDays.parse(text, "a.csv"));
    assertEquals(a.hashCode(), WorkingDays.parse(text, "a.csv").hashCode());
    assertEquals("a.csv (2024-01-01/2024-12-31)", a.toString());
    assertEquals(DayKind.UNSETTLED, a.kind(day(2024, 9, 3)));
    assertEquals(DayKind.WORKING, a.kind(day(2024, 9, 9)));
  }
}

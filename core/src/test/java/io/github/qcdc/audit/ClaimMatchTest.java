package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Explanation;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimMatchTest {
  private static Figure figure(String id, String title, FigureValue value, String noun) {
    return new Figure(
        id,
        Phrase.of(title, title),
        value,
        ImmutableList.of(),
        new Explanation(
            Phrase.of(title, title),
            Optional.empty(),
            Optional.empty(),
            0,
            0,
            ImmutableList.of(),
            1,
            com.google.common.collect.ImmutableSortedMap.of(),
            Optional.empty(),
            Phrase.of("nửa lên", "half up")),
        FigureFormat.counting(noun, noun));
  }

  private static final Report REPORT =
      new Report(
          "p",
          "1",
          "f",
          "d",
          Optional.empty(),
          ReportingPeriod.parse("2026"),
          DateInterval.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
          LocalDate.of(2026, 12, 31),
          ImmutableList.of(
              figure("supervisions", "Số cuộc giám sát", FigureValue.of(2849), "cuộc"),
              figure("critiques", "Phản biện xã hội", FigureValue.of(1014), "cuộc"),
              figure(
                  "ntm", "Xã đạt chuẩn nông thôn mới", FigureValue.of(Fraction.of(281, 411)), "xã"),
              figure("meetings", "Hội nghị", FigureValue.of(1014), "hội nghị")),
          ImmutableList.of(),
          new Report.Diagnostics(0, 0, 0, 0));

  private static List<String> matches(String text) {
    return ClaimMatch.all(text, ClaimExtractor.extract(text), REPORT).stream()
        .map(
            m ->
                m.how()
                    + " "
                    + m.figure().orElse("-")
                    + " "
                    + m.finding().map(f -> f.status().name()).orElse("-"))
        .toList();
  }

  @Test
  void aClaimNamingAnIndicatorIsCheckedAgainstIt() {
    assertEquals(
        List.of("NAMED supervisions MISMATCH"), matches("Đã tổ chức 2.850 cuộc [supervisions].\n"));
  }

  @Test
  void aClaimWhoseLineHoldsOneTitleIsCheckedAgainstThatFigure() {
    assertEquals(
        List.of("TITLE supervisions MATCH"), matches("Số cuộc giám sát trong năm: 2.849 cuộc.\n"));
    assertEquals(
        List.of("TITLE ntm MISMATCH"),
        matches("Xã đạt chuẩn nông thôn mới: 281/411 xã, đạt 68,13%.\n"));
  }

  @Test
  void aClaimIsMatchedByValueAndNounOnlyWhenOneFigureFits() {
    assertEquals(List.of("VALUE supervisions MATCH"), matches("Tổng cộng 2.849 cuộc.\n"));
    // 1.014 cuộc: the critiques; 1.014 alone: critiques or meetings, never a guess
    assertEquals(List.of("VALUE critiques MATCH"), matches("Có 1.014 cuộc.\n"));
    assertEquals(List.of("UNMATCHED - -"), matches("Có 1.014 lượt.\n"));
  }

  @Test
  void aClaimNoFigureFitsIsUnmatched() {
    assertEquals(List.of("UNMATCHED - -"), matches("Có 7 đoàn công tác.\n"));
  }
}

package io.github.qcdc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class FigureTextTest {
  private static final FigureFormat SESSIONS = FigureFormat.counting("cuộc", "sessions");
  private static final FigureFormat COMMUNES = FigureFormat.counting("xã", "communes");

  @Test
  void writesCountsWithTheirNoun() {
    assertEquals("2.849 cuộc", FigureText.format(FigureValue.of(2849), SESSIONS, Language.VI));
    assertEquals("2,849 sessions", FigureText.format(FigureValue.of(2849), SESSIONS, Language.EN));
    assertEquals("15", FigureText.format(FigureValue.of(15), FigureFormat.plain(), Language.VI));
  }

  @Test
  void writesFractionsWithTheirPercentageRoundedOnce() {
    FigureValue newRural = FigureValue.of(Fraction.of(281, 411));
    assertEquals("281/411 xã, đạt 68,37%", FigureText.format(newRural, COMMUNES, Language.VI));
    assertEquals("281/411 communes, 68.37%", FigureText.format(newRural, COMMUNES, Language.EN));
    assertEquals(
        "460/460 (100%)",
        FigureText.format(
            FigureValue.of(Fraction.of(460, 460)), FigureFormat.plain(), Language.VI));
    assertEquals(
        "460/460 (100,00%)",
        FigureText.format(
            FigureValue.of(Fraction.of(460, 460)),
            FigureFormat.plain().keepingZeros(),
            Language.VI));
    assertEquals(
        "1/8 (12,5%)",
        FigureText.format(FigureValue.of(Fraction.of(1, 8)), FigureFormat.plain(), Language.VI));
    assertEquals(
        "1/8 (12%)",
        FigureText.format(
            FigureValue.of(Fraction.of(1, 8)),
            FigureFormat.plain().withPercentDecimals(0).withRounding(RoundingMode.HALF_EVEN),
            Language.VI));
  }

  @Test
  void writesUndefinedWithItsReason() {
    assertEquals(
        "không xác định (the denominator is zero)",
        FigureText.format(FigureValue.undefined("the denominator is zero"), SESSIONS, Language.VI));
  }

  @Test
  void readingAWrittenPercentageGivesTheRoundedValue() {
    qt().forAll(
            SourceDSL.longs().between(0, 1_000_000),
            SourceDSL.longs().between(1, 1_000_000),
            SourceDSL.integers().between(0, 4))
        .checkAssert(
            (n, d, places) -> {
              FigureFormat format = FigureFormat.plain().withPercentDecimals(places).keepingZeros();
              for (Language language : Language.values()) {
                String text = FigureText.percent(Fraction.of(n, d), format, language);
                BigDecimal read = language.numbers().parse(text.substring(0, text.length() - 1));
                assertEquals(Fraction.of(n, d).toPercent(places, RoundingMode.HALF_UP), read);
              }
            });
  }
}

package io.github.qcdc.text;

import static io.github.qcdc.testing.Failures.argumentMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class NumberStyleTest {

  @Test
  void formatsCountsTheVietnameseAndEnglishWays() {
    assertEquals("2.849", NumberStyle.VIETNAMESE.format(2849));
    assertEquals("2,849", NumberStyle.ENGLISH.format(2849));
    assertEquals("192.794", NumberStyle.VIETNAMESE.format(192_794));
    assertEquals("-1.000.000", NumberStyle.VIETNAMESE.format(-1_000_000));
    assertEquals("15", NumberStyle.VIETNAMESE.format(15));
    assertEquals("0", NumberStyle.VIETNAMESE.format(0));
    assertEquals("-9.223.372.036.854.775.808", NumberStyle.VIETNAMESE.format(Long.MIN_VALUE));
  }

  @Test
  void roundsDecimalsOnceWithTheStatedMode() {
    BigDecimal ratio =
        new BigDecimal(281)
            .multiply(BigDecimal.valueOf(100))
            .divide(new BigDecimal(411), 10, RoundingMode.DOWN);
    assertEquals("68,37", NumberStyle.VIETNAMESE.format(ratio, 2, RoundingMode.HALF_UP));
    assertEquals("68.37", NumberStyle.ENGLISH.format(ratio, 2, RoundingMode.HALF_UP));
    assertEquals(
        "16.493,7",
        NumberStyle.VIETNAMESE.format(new BigDecimal("16493.7"), 1, RoundingMode.HALF_UP));
    assertEquals(
        "0,13", NumberStyle.VIETNAMESE.format(new BigDecimal("0.125"), 2, RoundingMode.HALF_UP));
    assertEquals(
        "0,12", NumberStyle.VIETNAMESE.format(new BigDecimal("0.125"), 2, RoundingMode.HALF_EVEN));
    assertEquals(
        "100", NumberStyle.VIETNAMESE.format(new BigDecimal("99.996"), 0, RoundingMode.HALF_UP));
  }

  @Test
  void parsesWhatReportsWrite() {
    assertEquals(new BigDecimal("2849"), NumberStyle.VIETNAMESE.parse("2.849"));
    assertEquals(new BigDecimal("68.13"), NumberStyle.VIETNAMESE.parse("68,13"));
    assertEquals(new BigDecimal("16493.7"), NumberStyle.VIETNAMESE.parse("16.493,7"));
    assertEquals(new BigDecimal("2849"), NumberStyle.ENGLISH.parse("2,849"));
    assertEquals(new BigDecimal("460"), NumberStyle.VIETNAMESE.parse("460"));
  }

  @Test
  void rejectsMisgroupedNumbers() {
    assertEquals(
        "not a number in vietnamese style (thousands '.', decimals ','): '2.84'",
        argumentMessage(() -> NumberStyle.VIETNAMESE.parse("2.84")));
    assertEquals(
        "not a number in english style (thousands ',', decimals '.'): '1,2,3'",
        argumentMessage(() -> NumberStyle.ENGLISH.parse("1,2,3")));
    assertEquals(
        "decimals must not be negative: -1",
        argumentMessage(
            () -> NumberStyle.ENGLISH.format(BigDecimal.ONE, -1, RoundingMode.HALF_UP)));
  }

  @Test
  void parsingWhatWasFormattedGivesTheValueBack() {
    qt().forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 6))
        .checkAssert(
            (value, decimals) -> {
              for (NumberStyle style : NumberStyle.values()) {
                assertEquals(
                    0, BigDecimal.valueOf(value).compareTo(style.parse(style.format(value))));
                BigDecimal scaled = BigDecimal.valueOf(value, decimals);
                assertEquals(
                    0,
                    scaled.compareTo(
                        style.parse(style.format(scaled, decimals, RoundingMode.UNNECESSARY))));
              }
            });
  }
}

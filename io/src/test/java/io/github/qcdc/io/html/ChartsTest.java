package io.github.qcdc.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static Charts.Bar bar(FigureValue value) {
    return new Charts.Bar("x", value, "x");
  }

  @Test
  void countsAreDrawnOnTheScaleOfTheLargestRoundedHalfEven() {
    List<Charts.Bar> bars =
        List.of(
            bar(new FigureValue.Count(15)),
            bar(new FigureValue.Count(226)),
            bar(new FigureValue.Count(2608)));
    BigDecimal max = Charts.scale(bars);
    assertEquals(new BigDecimal(2608), max);
    assertEquals(Charts.BAR_WIDTH, Charts.length(new FigureValue.Count(2608), max));
    assertEquals(29, Charts.length(new FigureValue.Count(226), max)); // 28.597
    assertEquals(2, Charts.length(new FigureValue.Count(15), max)); // 1.898
    assertEquals(0, Charts.length(new FigureValue.Count(0), max));
  }

  @Test
  void sharesAreDrawnOnAScaleOfAHundredPercent() {
    FigureValue half = new FigureValue.Ratio(Fraction.of(20, 40));
    FigureValue sixtyEight = new FigureValue.Ratio(Fraction.of(281, 411));
    BigDecimal max = Charts.scale(List.of(bar(half), bar(sixtyEight)));
    assertEquals(new BigDecimal(100), max);
    assertEquals(165, Charts.length(half, max));
    assertEquals(226, Charts.length(sixtyEight, max)); // 68.37% of 330 = 225.6
  }

  @Test
  void undefinedAndNegativeValuesHaveNoBar() {
    FigureValue undefined = new FigureValue.Undefined("the population is empty");
    assertEquals(0, Charts.length(undefined, BigDecimal.TEN));
    assertEquals(0, Charts.length(new FigureValue.Count(-3), BigDecimal.TEN));
    assertEquals(0, Charts.length(new FigureValue.Count(3), BigDecimal.ZERO));
  }
}

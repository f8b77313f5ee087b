package io.github.qcdc.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.qcdc.internal.Checks;
import java.math.RoundingMode;

/**
 * How a figure is written: the noun after a count ("cuộc", "xã"; "sessions", "communes"), the
 * places of a percentage, the rounding mode, and whether trailing zeros of a percentage are kept.
 *
 * <p>Rounding happens once, when the figure is written, to {@code percentDecimals} places with
 * {@code rounding} (half-up unless stated). With {@code trimZeros}, {@code 100,00%} is written
 * {@code 100%}; {@code 68,37%} keeps its places.
 *
 * @param nounVi the Vietnamese noun, may be empty
 * @param nounEn the English noun, may be empty
 * @param percentDecimals places of a percentage, 0 to 6
 * @param rounding the rounding mode
 * @param trimZeros whether trailing zeros of a percentage are dropped
 * @since 0.1
 */
public record FigureFormat(
    String nounVi, String nounEn, int percentDecimals, RoundingMode rounding, boolean trimZeros) {
  private static final FigureFormat PLAIN = new FigureFormat("", "", 2, RoundingMode.HALF_UP, true);

  /**
   * Validates the places and the rounding mode.
   *
   * @param nounVi the Vietnamese noun, may be empty
   * @param nounEn the English noun, may be empty
   * @param percentDecimals places of a percentage, 0 to 6
   * @param rounding the rounding mode
   * @param trimZeros whether trailing zeros of a percentage are dropped
   */
  public FigureFormat {
    checkArgument(
        percentDecimals >= 0 && percentDecimals <= 6,
        "percent decimals must be 0 to 6: %s",
        percentDecimals);
    checkArgument(
        rounding != RoundingMode.UNNECESSARY, "rounding must say how to round, not UNNECESSARY");
  }

  /** {@return no noun, 2 places, half-up, trailing zeros dropped} */
  public static FigureFormat plain() {
    return PLAIN;
  }

  /**
   * {@return a format with the nouns {@code vi} and {@code en}, 2 places, half-up}
   *
   * @param vi the noun in Vietnamese: {@code cuộc}
   * @param en the noun in English: {@code supervisions}
   */
  public static FigureFormat counting(String vi, String en) {
    return new FigureFormat(
        Checks.text("noun", vi), Checks.text("noun", en), 2, RoundingMode.HALF_UP, true);
  }

  /**
   * {@return this format with {@code decimals} places}
   *
   * @param decimals the places, 0 or more
   */
  public FigureFormat withPercentDecimals(int decimals) {
    return new FigureFormat(nounVi, nounEn, decimals, rounding, trimZeros);
  }

  /**
   * {@return this format rounding with {@code mode}}
   *
   * @param mode the rounding mode
   */
  public FigureFormat withRounding(RoundingMode mode) {
    return new FigureFormat(nounVi, nounEn, percentDecimals, mode, trimZeros);
  }

  /** {@return this format keeping trailing zeros of percentages} */
  public FigureFormat keepingZeros() {
    return new FigureFormat(nounVi, nounEn, percentDecimals, rounding, false);
  }
}

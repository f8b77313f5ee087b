package io.github.qcdc.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact fraction of two counts, kept as stated: {@code 281/411} is not reduced, so a figure
 * reads back the way it was computed.
 *
 * <p>The denominator is positive and the numerator not negative; a ratio whose denominator is zero
 * is not a fraction but an undefined figure ({@link FigureValue.Undefined}). Decimal forms round
 * once, to the stated places with the stated mode. Two fractions are {@linkplain #equals equal}
 * when both parts are; {@link #compareTo} compares values exactly ({@code 1/2} and {@code 2/4} are
 * equivalent but not equal).
 *
 * <p>The text form, which {@link #parse} reads, is {@code numerator/denominator}.
 *
 * @param numerator the count on top, at least 0
 * @param denominator the count below, at least 1
 * @since 0.1
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Validates the parts.
   *
   * @param numerator the count on top, at least 0
   * @param denominator the count below, at least 1
   */
  public Fraction {
    checkArgument(
        denominator > 0, "fraction denominator must be positive: %s/%s", numerator, denominator);
    checkArgument(
        numerator >= 0, "fraction numerator must not be negative: %s/%s", numerator, denominator);
  }

  /**
   * {@return the fraction {@code numerator/denominator}}
   *
   * @param numerator the count on top, at least 0
   * @param denominator the count below, at least 1
   */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(numerator, denominator);
  }

  /**
   * Parses {@code n/d}.
   *
   * @param text the text form {@code n/d}
   * @return the fraction
   * @throws IllegalArgumentException naming the text
   */
  public static Fraction parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    checkArgument(slash > 0, "fraction must be 'numerator/denominator': '%s'", s);
    try {
      return of(Long.parseLong(s.substring(0, slash)), Long.parseLong(s.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "fraction must be 'numerator/denominator': '" + s + "'", e);
    }
  }

  /**
   * {@return the value, rounded once to {@code scale} decimal places with {@code rounding}}
   *
   * @param scale the decimal places
   * @param rounding the rounding mode
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  /**
   * {@return the value in percent, rounded once to {@code decimals} places with {@code rounding}}
   *
   * @param decimals the decimal places
   * @param rounding the rounding mode
   */
  public BigDecimal toPercent(int decimals, RoundingMode rounding) {
    return BigDecimal.valueOf(numerator)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), decimals, rounding);
  }

  /**
   * {@return the fraction of two groups taken together: the summed numerators over the summed
   * denominators ({@code 20/25} pooled with {@code 30/40} is {@code 50/65}), which is not the sum
   * of the two values nor their average}
   *
   * @param other the other group's fraction
   * @throws ArithmeticException if a sum overflows a long
   */
  public Fraction pooledWith(Fraction other) {
    return of(
        Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  /** {@return whether the value is at most 1} */
  public boolean isAtMostOne() {
    return numerator <= denominator;
  }

  /** Compares values exactly, by cross-multiplication. */
  @Override
  public int compareTo(Fraction other) {
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(other.denominator))
        .compareTo(BigDecimal.valueOf(other.numerator).multiply(BigDecimal.valueOf(denominator)));
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}

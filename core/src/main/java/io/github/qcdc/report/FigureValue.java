package io.github.qcdc.report;

import io.github.qcdc.internal.Checks;

/**
 * The exact value of a figure: a count, a fraction, or undefined with the reason (a ratio whose
 * denominator is zero, under a policy that allows it).
 *
 * @since 0.1
 */
public sealed interface FigureValue {

  /** A count. */
  static FigureValue of(long count) {
    return new Count(count);
  }

  /** A fraction. */
  static FigureValue of(Fraction fraction) {
    return new Ratio(fraction);
  }

  /** No value, for {@code reason}. */
  static FigureValue undefined(String reason) {
    return new Undefined(reason);
  }

  /**
   * A count.
   *
   * @param count the count
   */
  record Count(long count) implements FigureValue {
    @Override
    public String toString() {
      return Long.toString(count);
    }
  }

  /**
   * A fraction.
   *
   * @param fraction the fraction
   */
  record Ratio(Fraction fraction) implements FigureValue {
    @Override
    public String toString() {
      return fraction.toString();
    }
  }

  /**
   * No value.
   *
   * @param reason why, as a lower-case fragment
   */
  record Undefined(String reason) implements FigureValue {
    /** Validates the reason. */
    public Undefined {
      Checks.text("undefined figure reason", reason);
    }

    @Override
    public String toString() {
      return "undefined (" + reason + ")";
    }
  }
}

package io.github.qcdc.report;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.qcdc.internal.Checks;
import io.github.qcdc.records.Qualifier;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The exact value of a figure: a count, a fraction, a sum of reported amounts that is not an exact
 * count ({@link Decimal}: {@code gần 900}, {@code 621,9 km}), a reported percentage ({@link
 * Percentage}), or undefined with the reason (a ratio whose denominator is zero, under a policy
 * that allows it; values in different measure units).
 *
 * @since 0.1
 */
public sealed interface FigureValue {

  /**
   * {@return a count}
   *
   * @param count the count
   */
  static FigureValue of(long count) {
    return new Count(count);
  }

  /**
   * {@return a fraction}
   *
   * @param fraction the fraction
   */
  static FigureValue of(Fraction fraction) {
    return new Ratio(fraction);
  }

  /**
   * {@return no value, for {@code reason}}
   *
   * @param reason why there is no value
   */
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
   * A sum of reported amounts that is not an exact whole count: a decimal, its scale kept (the
   * largest of its parts'), with the qualifier its parts combine to ({@link Qualifier#and}) and
   * their measure unit.
   *
   * @param value the exact sum, not negative
   * @param qualifier how the sum is qualified: {@code trên 11.000} if a part was "trên"
   * @param measureUnit the parts' measure unit, if they state one
   */
  record Decimal(BigDecimal value, Qualifier qualifier, Optional<String> measureUnit)
      implements FigureValue {
    /**
     * Validates the value.
     *
     * @param value the exact sum, not negative
     * @param qualifier how the sum is qualified: {@code trên 11.000} if a part was "trên"
     * @param measureUnit the parts' measure unit, if they state one
     */
    public Decimal {
      checkArgument(value.signum() >= 0, "decimal figure must not be negative: %s", value);
    }

    @Override
    public String toString() {
      return qualifier.prefix() + value.toPlainString() + measureUnit.map(u -> " " + u).orElse("");
    }
  }

  /**
   * A percentage as a unit reported it, without the counts behind it: "95% ý kiến được giải đáp".
   * Reported percentages are figures of their own: they are never added to one another.
   *
   * @param percent the percentage, its scale kept
   * @param qualifier how it is qualified
   */
  record Percentage(BigDecimal percent, Qualifier qualifier) implements FigureValue {
    /**
     * Validates the percentage.
     *
     * @param percent the percentage, its scale kept
     * @param qualifier how it is qualified
     */
    public Percentage {
      checkArgument(percent.signum() >= 0, "percentage must not be negative: %s", percent);
    }

    @Override
    public String toString() {
      return qualifier.prefix() + percent.toPlainString() + "%";
    }
  }

  /**
   * No value.
   *
   * @param reason why, as a lower-case fragment
   */
  record Undefined(String reason) implements FigureValue {
    /**
     * Validates the reason.
     *
     * @param reason why, as a lower-case fragment
     */
    public Undefined {
      Checks.text("undefined figure reason", reason);
    }

    @Override
    public String toString() {
      return "undefined (" + reason + ")";
    }
  }
}

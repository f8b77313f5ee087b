package io.github.qcdc.records;

import io.github.qcdc.internal.Checks;
import java.math.BigDecimal;

/**
 * The value of a {@link Fact}: a yes/no, an exact number, or a text.
 *
 * <p>Numbers are exact decimals, normalised so that {@code 7}, {@code 7.0} and {@code 7.00} are
 * equal ({@code 16493.7} stays {@code 16493.7}).
 *
 * @since 0.1
 */
public sealed interface FactValue {

  /**
   * {@return a yes/no value}
   *
   * @param value the value
   */
  static FactValue of(boolean value) {
    return new Flag(value);
  }

  /**
   * {@return a whole number}
   *
   * @param value the value
   */
  static FactValue of(long value) {
    return new Decimal(BigDecimal.valueOf(value));
  }

  /**
   * {@return an exact decimal number}
   *
   * @param value the value
   */
  static FactValue of(BigDecimal value) {
    return new Decimal(value);
  }

  /**
   * {@return a text}
   *
   * @param value the value
   */
  static FactValue of(String value) {
    return new Text(value);
  }

  /**
   * A yes/no value.
   *
   * @param value the value
   */
  record Flag(boolean value) implements FactValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /**
   * An exact number, normalised: no trailing zeros after the decimal point, never a negative scale.
   *
   * @param value the value
   */
  record Decimal(BigDecimal value) implements FactValue {
    /**
     * Normalises the scale.
     *
     * @param value the value
     */
    public Decimal {
      BigDecimal stripped = value.stripTrailingZeros();
      value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /**
   * A text, not blank.
   *
   * @param value the value
   */
  record Text(String value) implements FactValue {
    /**
     * Validates that the text is not blank.
     *
     * @param value the value
     */
    public Text {
      Checks.text("fact text value", value);
    }

    @Override
    public String toString() {
      return value;
    }
  }
}

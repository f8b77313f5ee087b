package io.github.qcdc.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * How numbers are written: Vietnamese ({@code 2.849}, {@code 68,37}) or English ({@code 2,849},
 * {@code 68.37}).
 *
 * <p>Formatting is exact: a {@code long} is written as is, a {@link BigDecimal} is rounded once, to
 * the stated number of decimals with the stated {@link RoundingMode}. No default locale is read.
 * {@link #parse} reads back what {@link #format} writes.
 *
 * @since 0.1
 */
public enum NumberStyle {
  /** Vietnamese: {@code .} groups thousands, {@code ,} marks decimals: {@code 16.493,7}. */
  VIETNAMESE('.', ','),
  /** English: {@code ,} groups thousands, {@code .} marks decimals: {@code 16,493.7}. */
  ENGLISH(',', '.');

  private final char grouping;
  private final char decimal;
  private final Pattern number;

  NumberStyle(char grouping, char decimal) {
    this.grouping = grouping;
    this.decimal = decimal;
    String g = Pattern.quote(String.valueOf(grouping));
    String d = Pattern.quote(String.valueOf(decimal));
    this.number = Pattern.compile("-?(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d+)(?:" + d + "\\d+)?");
  }

  /** {@return the character that groups thousands} */
  public char groupingSeparator() {
    return grouping;
  }

  /** {@return the character that marks decimals} */
  public char decimalSeparator() {
    return decimal;
  }

  /**
   * Writes {@code value} with grouped thousands: {@code 2.849} in Vietnamese.
   *
   * @param value the number
   * @return the text
   */
  public String format(long value) {
    return group(Long.toString(value));
  }

  /**
   * Writes {@code value} rounded to {@code decimals} places with {@code rounding}: {@code
   * format(new BigDecimal("68.3698"), 2, HALF_UP)} is {@code 68,37} in Vietnamese. Zero decimals
   * writes no decimal separator.
   *
   * @param value the number
   * @param decimals the decimal places, 0 or more
   * @param rounding the rounding mode
   * @return the text
   * @throws IllegalArgumentException if {@code decimals} is negative
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed
   */
  public String format(BigDecimal value, int decimals, RoundingMode rounding) {
    checkArgument(decimals >= 0, "decimals must not be negative: %s", decimals);
    String plain = value.setScale(decimals, rounding).toPlainString();
    int point = plain.indexOf('.');
    if (point < 0) {
      return group(plain);
    }
    return group(plain.substring(0, point)) + decimal + plain.substring(point + 1);
  }

  private String group(String digits) {
    boolean negative = digits.startsWith("-");
    String abs = negative ? digits.substring(1) : digits;
    StringBuilder out = new StringBuilder(abs.length() + abs.length() / 3 + 1);
    int first = abs.length() % 3 == 0 ? 3 : abs.length() % 3;
    out.append(abs, 0, first);
    for (int i = first; i < abs.length(); i += 3) {
      out.append(grouping).append(abs, i, i + 3);
    }
    return negative ? "-" + out : out.toString();
  }

  /**
   * Reads a number written in this style: digits in groups of three separated by the grouping
   * character (or not grouped at all), an optional decimal part, an optional leading minus.
   *
   * @param text the number as written
   * @return the number, exactly
   * @throws IllegalArgumentException naming the text and the style
   */
  public BigDecimal parse(CharSequence text) {
    String s = text.toString();
    checkArgument(
        number.matcher(s).matches(),
        "not a number in %s style (thousands '%s', decimals '%s'): '%s'",
        name().toLowerCase(java.util.Locale.ROOT),
        grouping,
        decimal,
        s);
    return new BigDecimal(s.replace(String.valueOf(grouping), "").replace(decimal, '.'));
  }
}

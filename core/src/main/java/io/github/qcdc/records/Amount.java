package io.github.qcdc.records;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.github.qcdc.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DataValue} says: a reported amount (zero included), or that the element does not
 * apply to the unit. A value that was not reported is no {@code DataValue} at all: zero, "not
 * applicable" and "not reported" are three different things.
 *
 * <p>An amount is written the way reports write it:
 *
 * <ul>
 *   <li>an exact decimal, its scale kept: {@code 621.9} and {@code 621.90} are different amounts
 *       (the second was stated to two places) although they {@linkplain #compareTo compare} equal;
 *   <li>an optional {@linkplain #qualifier() qualifier}: {@code gần 800} is 800, {@link
 *       Qualifier#NEARLY};
 *   <li>an optional {@linkplain #measureUnit() measure unit}: {@code km}, {@code tỷ đồng}; the unit
 *       {@code %} makes the amount a reported percentage ({@link #isPercentage()}), which is not
 *       added to others.
 * </ul>
 *
 * <p>An amount is an {@linkplain #isExactCount() exact count} when it is a whole number, exact,
 * with no measure unit: the case of almost every QCDC figure, which the engine adds up as a {@code
 * long}. Other amounts are added exactly as decimals, and the sum carries the {@linkplain
 * Qualifier#and combined qualifier}.
 *
 * <p>The {@linkplain #toString() text form}, which {@link #parse} reads, is {@code n/a} or {@code
 * [qualifier word] number [measure unit]} with a plain number ({@code 621.9}, no grouping): {@code
 * gần 800 tỷ đồng}, {@code trên 11000}, {@code 621.9 km}. Readers of files written the Vietnamese
 * way convert the number first.
 *
 * @since 0.1
 */
public final class Amount implements Comparable<Amount> {
  private static final Amount NOT_APPLICABLE =
      new Amount(false, BigDecimal.ZERO, Qualifier.EXACT, null);
  private static final String NOT_APPLICABLE_TEXT = "n/a";
  private static final String PERCENT = "%";
  private static final Pattern TEXT =
      Pattern.compile("(?:(\\p{L}+(?: \\p{L}+)?) )?(\\d+(?:\\.\\d+)?)(?:(%)| (\\S.*\\S|\\S))?");

  private final boolean applicable;
  private final BigDecimal value;
  private final Qualifier qualifier;
  private final @Nullable String measureUnit;

  /**
   * Whether this is an exact count, decided once: the engine asks for every data value it reads.
   */
  private final boolean exactCount;

  private Amount(
      boolean applicable, BigDecimal value, Qualifier qualifier, @Nullable String measureUnit) {
    this.applicable = applicable;
    this.value = value;
    this.qualifier = qualifier;
    this.measureUnit = measureUnit;
    this.exactCount =
        applicable
            && qualifier == Qualifier.EXACT
            && measureUnit == null
            && value.scale() == 0
            && value.unscaledValue().bitLength() < 64;
  }

  /**
   * {@return a reported, exact count; zero is a reported value}
   *
   * @param count the count, not negative
   */
  public static Amount of(long count) {
    return new Amount(true, BigDecimal.valueOf(count), Qualifier.EXACT, null);
  }

  /**
   * {@return a reported, exact decimal amount, its scale kept ({@code 621.9})} A negative scale is
   * normalised to zero ({@code 8E+2} is {@code 800}).
   *
   * @param value the number, not negative, its scale kept
   */
  public static Amount of(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    return new Amount(true, v, Qualifier.EXACT, null);
  }

  /** {@return an amount stating that the element does not apply to the unit} */
  public static Amount notApplicable() {
    return NOT_APPLICABLE;
  }

  /**
   * Parses the text form: {@code n/a}, or an optional Vietnamese qualifier word ({@link
   * Qualifier#words()}), a plain decimal number, and an optional measure unit, separated by spaces:
   * {@code gần 800}, {@code 621.9 km}, {@code trên 11000 lượt}.
   *
   * @param text the text form
   * @return the amount
   * @throws IllegalArgumentException naming the text and what was expected
   */
  public static Amount parse(CharSequence text) {
    String s = text.toString();
    if (s.equals(NOT_APPLICABLE_TEXT)) {
      return NOT_APPLICABLE;
    }
    Matcher m = TEXT.matcher(s);
    checkArgument(
        m.matches(),
        "amount must be a number such as 621.9, optionally after a qualifier (trên, hơn, tối"
            + " thiểu, ít nhất, gần, khoảng) and before a measure unit, or 'n/a': '%s'",
        s);
    Amount amount = of(new BigDecimal(requireNonNull(m.group(2))));
    String word = m.group(1);
    if (word != null) {
      amount =
          amount.withQualifier(
              Qualifier.fromWord(word)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "amount qualifier must be trên, hơn, tối thiểu, ít nhất, gần or"
                                  + " khoảng: '"
                                  + s
                                  + "'")));
    }
    String unit = m.group(3) != null ? m.group(3) : m.group(4);
    return unit == null ? amount : amount.withMeasureUnit(unit);
  }

  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@return this amount with {@code qualifier}}
   *
   * @param qualifier how the number is qualified
   * @throws IllegalArgumentException if the amount is not applicable and the qualifier not exact
   */
  public Amount withQualifier(Qualifier qualifier) {
    requireNonNull(qualifier, "qualifier");
    checkArgument(
        applicable || qualifier == Qualifier.EXACT, "a not-applicable amount has no qualifier");
    return qualifier == this.qualifier
        ? this
        : new Amount(applicable, value, qualifier, measureUnit);
  }

  /**
   * {@return this amount in {@code measureUnit}: {@code km}, {@code tỷ đồng}, {@code %}}
   *
   * @param measureUnit the measure unit
   * @throws IllegalArgumentException if the unit is blank, has surrounding or control characters or
   *     digits, or the amount is not applicable
   */
  public Amount withMeasureUnit(String measureUnit) {
    Checks.text("measure unit", measureUnit);
    checkArgument(applicable, "a not-applicable amount has no measure unit");
    checkArgument(
        measureUnit.equals(measureUnit.strip()) && firstDigit(measureUnit) < 0,
        "measure unit must be words without digits or surrounding spaces: '%s'",
        measureUnit);
    return new Amount(applicable, value, qualifier, measureUnit);
  }

  /** {@return false if the element explicitly does not apply} */
  public boolean applicable() {
    return applicable;
  }

  /** {@return the reported number, its scale kept; zero when not applicable} */
  public BigDecimal value() {
    return value;
  }

  /** {@return how the number is qualified; {@link Qualifier#EXACT} when not applicable} */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** {@return the measure unit, if stated: {@code km}, {@code %}} */
  public Optional<String> measureUnit() {
    return Optional.ofNullable(measureUnit);
  }

  /** {@return whether the amount is a reported percentage (measure unit {@code %})} */
  public boolean isPercentage() {
    return PERCENT.equals(measureUnit);
  }

  /**
   * {@return whether the amount is applicable, a whole number, exact, with no measure unit: a count
   * the engine adds as a {@code long}}
   */
  public boolean isExactCount() {
    return exactCount;
  }

  /**
   * {@return the count of an {@linkplain #isExactCount() exact count}; 0 when not applicable}
   *
   * @throws IllegalStateException if the amount is applicable but not an exact count
   */
  public long count() {
    checkState(!applicable || isExactCount(), "amount '%s' is not an exact whole count", this);
    return value.longValue();
  }

  /**
   * {@return the reported count}
   *
   * @throws IllegalStateException if the amount is not applicable or not an exact count
   */
  public long reportedCount() {
    checkState(applicable, "a not-applicable amount has no count");
    return count();
  }

  /**
   * Compares the numbers exactly ({@code 621.9} and {@code 621.90} are equivalent), not-applicable
   * first; qualifiers and units are not compared.
   */
  @Override
  public int compareTo(Amount other) {
    if (applicable != other.applicable) {
      return applicable ? 1 : -1;
    }
    return value.compareTo(other.value);
  }

  /** Equal when applicability, number and scale, qualifier and measure unit are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Amount a
        && applicable == a.applicable
        && value.equals(a.value)
        && qualifier == a.qualifier
        && Objects.equals(measureUnit, a.measureUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(applicable, value, qualifier.key(), measureUnit);
  }

  /** The text form, which {@link #parse} reads: {@code gần 800 tỷ đồng}, {@code 621.9 km}. */
  @Override
  public String toString() {
    return format(BigDecimal::toPlainString);
  }

  /**
   * {@return the text form with the number written by {@code number}: {@code gần 5.973 km} with a
   * Vietnamese style; {@code n/a} when not applicable}
   *
   * @param number how the number is written
   */
  public String format(java.util.function.Function<BigDecimal, String> number) {
    if (!applicable) {
      return NOT_APPLICABLE_TEXT;
    }
    String unit = measureUnit == null ? "" : (isPercentage() ? "" : " ") + measureUnit;
    return qualifier.prefix() + number.apply(value) + unit;
  }
}

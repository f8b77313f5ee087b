package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The code of an administrative unit or residential community.
 *
 * <p>Administrative units carry their GSO code: 2 digits for a province ({@code 40}), 3 for a
 * district ({@code 412}), 5 for a commune ({@code 16681}). Residential communities have no national
 * code; qcdc writes theirs as the code of the commune that created them, a dot and a local part of
 * 1 to 16 letters, digits, {@code -} or {@code _} ({@code 16681.xom-3}). A code is never reused for
 * another unit.
 *
 * <p>Instances are immutable; {@link #toString()} is the code, which {@link #of} reads back.
 *
 * @param value the code text
 * @since 0.1
 */
public record UnitCode(String value) implements Comparable<UnitCode> {
  /**
   * Validates the shape of the code.
   *
   * @param value the code text
   */
  public UnitCode {
    checkArgument(
        isCode(value),
        "unit code must be 2, 3 or 5 digits, or a commune code, '.' and 1 to 16 letters, digits,"
            + " '-' or '_': '%s'",
        value);
  }

  /**
   * Whether {@code value} matches {@code \d{2}|\d{3}|\d{5}|\d{5}\.[0-9A-Za-z_-]{1,16}}: checked by
   * a loop, not a matcher, as every record read names a unit ({@code UnitCodeTest} holds the two
   * equal).
   */
  static boolean isCode(String value) {
    int n = value.length();
    int digits = 0;
    while (digits < n && digits < 5 && isDigit(value.charAt(digits))) {
      digits++;
    }
    if (digits == n) {
      return n == 2 || n == 3 || n == 5;
    }
    if (digits != 5 || value.charAt(5) != '.' || n - 6 < 1 || n - 6 > 16) {
      return false;
    }
    for (int i = 6; i < n; i++) {
      char c = value.charAt(i);
      if (!(isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@return the code {@code value}}
   *
   * @param value the code text
   */
  public static UnitCode of(String value) {
    return new UnitCode(value);
  }

  /**
   * {@return the tier a code of this shape names: 2 digits a province, 3 a district, 5 a commune}
   */
  public Tier shapeTier() {
    return switch (value.length()) {
      case 2 -> Tier.PROVINCE;
      case 3 -> Tier.DISTRICT;
      case 5 -> Tier.COMMUNE;
      default -> Tier.VILLAGE;
    };
  }

  /** Orders numerically for codes of equal length, shorter codes first. */
  @Override
  public int compareTo(UnitCode other) {
    int byLength = Integer.compare(value.length(), other.value.length());
    return byLength != 0 ? byLength : value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

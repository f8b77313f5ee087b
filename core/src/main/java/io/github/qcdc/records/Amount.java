package io.github.qcdc.records;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

/**
 * What a {@link DataValue} says: a reported count (zero included), or that the element does not
 * apply to the unit. A value that was not reported is no {@code DataValue} at all: zero, "not
 * applicable" and "not reported" are three different things.
 *
 * <p>The text form is the decimal count ({@code 226}, {@code 0}) or {@code n/a}.
 *
 * @param applicable false if the element explicitly does not apply
 * @param count the reported count; 0 when not applicable
 * @since 0.1
 */
public record Amount(boolean applicable, long count) {
  private static final Amount NOT_APPLICABLE = new Amount(false, 0);
  private static final String NOT_APPLICABLE_TEXT = "n/a";

  /** Validates that a not-applicable amount carries no count. */
  public Amount {
    checkArgument(applicable || count == 0, "a not-applicable amount has no count: %s", count);
  }

  /** A reported count; zero is a reported value. */
  public static Amount of(long count) {
    return new Amount(true, count);
  }

  /** The element does not apply to the unit. */
  public static Amount notApplicable() {
    return NOT_APPLICABLE;
  }

  /**
   * Parses a decimal count or {@code n/a}.
   *
   * @throws IllegalArgumentException naming the text
   */
  public static Amount parse(CharSequence text) {
    String s = text.toString();
    if (s.equals(NOT_APPLICABLE_TEXT)) {
      return NOT_APPLICABLE;
    }
    try {
      return of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount must be a whole number or 'n/a': '" + s + "'", e);
    }
  }

  /**
   * The reported count.
   *
   * @throws IllegalStateException if the amount is not applicable
   */
  public long reportedCount() {
    checkState(applicable, "a not-applicable amount has no count");
    return count;
  }

  @Override
  public String toString() {
    return applicable ? Long.toString(count) : NOT_APPLICABLE_TEXT;
  }
}

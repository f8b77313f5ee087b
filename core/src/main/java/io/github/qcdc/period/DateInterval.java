package io.github.qcdc.period;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A closed interval of days, {@code start} to {@code end} inclusive, either side possibly
 * unbounded. It is how qcdc states validity: the days a unit, an organisation or a fact is in
 * force.
 *
 * <p>Both ends are inclusive, as Vietnamese legal acts state them ("có hiệu lực từ ngày 01/7/2025";
 * the unit it replaces was in force until 30/6/2025). An unbounded start is stored as {@link
 * LocalDate#MIN}, an unbounded end as {@link LocalDate#MAX}.
 *
 * <p>The text form, which {@link #parse} reads and {@link #toString} writes, is ISO 8601 with
 * {@code ..} for an open side: {@code 2020-01-01/2025-06-30}, {@code 2025-07-01/..}, {@code
 * ../2019-12-31}, {@code ../..}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param start the first day, or {@link LocalDate#MIN} when unbounded
 * @param end the last day, or {@link LocalDate#MAX} when unbounded
 * @since 0.1
 */
public record DateInterval(LocalDate start, LocalDate end) {

  private static final DateInterval ALWAYS = new DateInterval(LocalDate.MIN, LocalDate.MAX);
  private static final String OPEN = "..";

  /**
   * Validates that {@code start} is not after {@code end}.
   *
   * @param start the first day, or {@link LocalDate#MIN} when unbounded
   * @param end the last day, or {@link LocalDate#MAX} when unbounded
   */
  public DateInterval {
    checkArgument(
        !start.isAfter(end), "interval start %s must not be after its end %s", start, end);
  }

  /**
   * {@return the interval from {@code start} to {@code end}, both inclusive}
   *
   * @param start the first day, or {@link LocalDate#MIN} when unbounded
   * @param end the last day, or {@link LocalDate#MAX} when unbounded
   */
  public static DateInterval of(LocalDate start, LocalDate end) {
    return new DateInterval(start, end);
  }

  /**
   * {@return the interval that starts on {@code start} and has no end}
   *
   * @param start the first day, or {@link LocalDate#MIN} when unbounded
   */
  public static DateInterval from(LocalDate start) {
    return new DateInterval(start, LocalDate.MAX);
  }

  /**
   * {@return the interval that has no start and ends on {@code end}, inclusive}
   *
   * @param end the last day, or {@link LocalDate#MAX} when unbounded
   */
  public static DateInterval until(LocalDate end) {
    return new DateInterval(LocalDate.MIN, end);
  }

  /** {@return the interval of all days} */
  public static DateInterval always() {
    return ALWAYS;
  }

  /**
   * Parses the text form, {@code start/end} with {@code ..} for an open side.
   *
   * @param text the text form
   * @return the interval
   * @throws IllegalArgumentException naming the text if it is not of that form or the start is
   *     after the end
   */
  public static DateInterval parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    checkArgument(
        slash > 0 && slash == s.lastIndexOf('/'),
        "date interval must be 'start/end' with ISO dates or '..': '%s'",
        s);
    try {
      LocalDate start = bound(s.substring(0, slash), LocalDate.MIN);
      LocalDate end = bound(s.substring(slash + 1), LocalDate.MAX);
      checkArgument(!start.isAfter(end), "date interval start must not be after its end: '%s'", s);
      return new DateInterval(start, end);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date interval must be 'start/end' with ISO dates or '..': '" + s + "'", e);
    }
  }

  private static LocalDate bound(String text, LocalDate open) {
    return text.equals(OPEN) ? open : LocalDate.parse(text);
  }

  /** {@return the first day, if the interval has a start} */
  public Optional<LocalDate> startIfBounded() {
    return start.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(start);
  }

  /** {@return the last day, if the interval has an end} */
  public Optional<LocalDate> endIfBounded() {
    return end.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(end);
  }

  /**
   * {@return whether {@code date} is in the interval, ends included}
   *
   * @param date the day
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * {@return whether every day of {@code other} is in this interval}
   *
   * @param other the other interval
   */
  public boolean encloses(DateInterval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * {@return whether the two intervals share at least one day}
   *
   * @param other the other interval
   */
  public boolean overlaps(DateInterval other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * {@return the days both intervals share, or empty if they share none}
   *
   * @param other the other interval
   */
  public Optional<DateInterval> intersection(DateInterval other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return Optional.of(new DateInterval(s, e));
  }

  /**
   * {@return a copy that ends on {@code newEnd}, inclusive}
   *
   * @param newEnd the last day
   */
  public DateInterval withEnd(LocalDate newEnd) {
    return new DateInterval(start, newEnd);
  }

  /**
   * {@return a copy that starts on {@code newStart}}
   *
   * @param newStart the first day
   */
  public DateInterval withStart(LocalDate newStart) {
    return new DateInterval(newStart, end);
  }

  /** The text form, {@code start/end} with {@code ..} for an open side. */
  @Override
  public String toString() {
    return (start.equals(LocalDate.MIN) ? OPEN : start.toString())
        + "/"
        + (end.equals(LocalDate.MAX) ? OPEN : end.toString());
  }
}

package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.qcdc.internal.Checks;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;

/**
 * A label on a unit, in force for an interval of days: {@code mountainous}, {@code
 * ethnic-minority-area:kv3}, {@code border}, {@code coastal}, {@code new-rural}.
 *
 * <p>The text form is the name alone for a tag that always holds ({@code mountainous}), or the
 * name, {@code @} and the interval ({@code kv3@2021-06-04/..}); {@link #parse} reads it back.
 *
 * @param name the tag's name, a lower-case key
 * @param validity the days it holds
 * @since 0.1
 */
public record UnitTag(String name, DateInterval validity) {

  /**
   * Validates the name.
   *
   * @param name the tag's name, a lower-case key
   * @param validity the days it holds
   */
  public UnitTag {
    Checks.key("tag name", name);
  }

  /**
   * {@return a tag that always holds}
   *
   * @param name the tag's name, a lower-case key
   */
  public static UnitTag of(String name) {
    return new UnitTag(name, DateInterval.always());
  }

  /**
   * {@return a tag that holds during {@code validity}}
   *
   * @param name the tag's name, a lower-case key
   * @param validity the days it holds
   */
  public static UnitTag of(String name, DateInterval validity) {
    return new UnitTag(name, validity);
  }

  /**
   * Parses {@code name} or {@code name@start/end}.
   *
   * @param text the text form
   * @return the tag
   * @throws IllegalArgumentException naming the text
   */
  public static UnitTag parse(CharSequence text) {
    String s = text.toString();
    int at = s.indexOf('@');
    if (at < 0) {
      return of(s);
    }
    checkArgument(at > 0, "tag must be 'name' or 'name@start/end': '%s'", s);
    return new UnitTag(s.substring(0, at), DateInterval.parse(s.substring(at + 1)));
  }

  /**
   * {@return whether the tag holds on {@code date}}
   *
   * @param date the day
   */
  public boolean holdsOn(LocalDate date) {
    return validity.contains(date);
  }

  @Override
  public String toString() {
    return validity.equals(DateInterval.always()) ? name : name + "@" + validity;
  }
}

package io.github.qcdc.io.internal;

import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of one file's activities read the quick way: activity types parsed once and kept,
 * dates read without a formatter (unit codes and organisers are checked by loops cheaper than a
 * look-up in a table of thousands). Each method returns null for a text it does not take plainly,
 * never a problem: the reader then reads the record the general way ({@link Records#activity}),
 * which states the problem. Not API.
 */
public final class ActivityValues {
  /** How many distinct types are kept; past it, types are parsed every time. */
  static final int KEPT = 1 << 16;

  private final Map<String, ActivityType> types = new HashMap<>();

  /** The unit code {@code text}, or null if it is not one. */
  public static @Nullable UnitCode unit(String text) {
    return parsed(text, UnitCode::of);
  }

  /** The organisation id {@code text}, or null if it is not one. */
  public static @Nullable OrganizationId organiser(String text) {
    return parsed(text, OrganizationId::of);
  }

  /** {@code text} parsed, or null if the parser refuses it. */
  private static <T> @Nullable T parsed(String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The activity type of key {@code text}, or null if there is none. */
  public @Nullable ActivityType type(String text) {
    ActivityType value = types.get(text);
    if (value == null) {
      value = parsed(text, ActivityType::of);
      if (value == null) {
        return null;
      }
      if (types.size() < KEPT) {
        types.put(text, value);
      }
    }
    return value;
  }

  /**
   * Whether {@code text} is a key of an open vocabulary, as quantity and attribute keys must be
   * (the rule of {@link ActivityType} keys, which is the same).
   */
  public static boolean isKey(String text) {
    return parsed(text, ActivityType::of) != null;
  }

  /** The record id {@code text}, or null if it is not one. */
  public static @Nullable RecordId id(String text) {
    return parsed(text, RecordId::of);
  }

  /** The whole number {@code text} (as {@link Long#valueOf} reads it), or null. */
  public static @Nullable Long whole(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The day {@code text} written {@code yyyy-MM-dd}, or null if it is not a day written so: what
   * {@link LocalDate#parse} accepts with a four-digit year.
   */
  public static @Nullable LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    return day(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
  }

  /**
   * The day {@code text} written {@code dd/MM/yyyy} (as Vietnamese spreadsheets write it), or null
   * if it is not a day written so.
   */
  public static @Nullable LocalDate vietnameseDate(String text) {
    if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
      return null;
    }
    return day(digits(text, 6, 4), digits(text, 3, 2), digits(text, 0, 2));
  }

  private static @Nullable LocalDate day(int year, int month, int day) {
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the {@code n} ASCII digits at {@code from} write, or -1 if one is not a digit. */
  private static int digits(String text, int from, int n) {
    int value = 0;
    for (int i = from; i < from + n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}

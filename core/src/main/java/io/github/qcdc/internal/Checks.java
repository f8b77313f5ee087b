package io.github.qcdc.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types of several packages. Not API.
 *
 * <p>Keys and ids are checked by hand-written loops, not regular expressions: every record read
 * checks several, and a reader of a million rows a second cannot afford a matcher per cell. {@code
 * ChecksTest} holds them equal to the patterns their messages state.
 */
public final class Checks {
  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private Checks() {}

  /**
   * Checks that {@code value} is a key of an open vocabulary: lower-case ASCII letters and digits
   * in words joined by {@code -}, {@code _}, {@code .} or {@code :}, at most 64 characters.
   */
  public static String key(String what, String value) {
    checkArgument(
        isKey(value),
        "%s must be lower-case letters and digits joined by '-', '_', '.' or ':' (at most 64"
            + " characters): '%s'",
        what,
        value);
    return value;
  }

  /**
   * {@code entries} in key order, each key checked by {@link #key}; a malformed one is named {@code
   * "<record> <id> <kind> key"} in the message ({@code activity a1 quantity key}), built only then:
   * records are checked by the million.
   */
  public static <V> Map<String, V> keysOf(
      String record, Object id, String kind, Map<String, V> entries) {
    for (String k : entries.keySet()) {
      if (!isKey(k)) {
        key(record + " " + id + " " + kind + " key", k);
      }
    }
    return entries.size() < 2
            || entries instanceof SortedMap<String, V> sorted && sorted.comparator() == null
        ? entries
        : new TreeMap<>(entries);
  }

  /** Checks that {@code value} is a parameter name: a letter, then letters, digits or {@code _}. */
  public static String parameter(String what, String value) {
    checkArgument(
        value.length() <= 64 && PARAMETER.matcher(value).matches(),
        "%s must be a letter followed by letters, digits or '_' (at most 64 characters): '%s'",
        what,
        value);
    return value;
  }

  /**
   * Checks that {@code value} is an identifier: 1 to 128 letters, digits or {@code . _ : / @ + -},
   * no spaces.
   */
  public static String id(String what, String value) {
    checkArgument(
        isId(value),
        "%s must be 1 to 128 letters, digits or '._:/@+-', without spaces: '%s'",
        what,
        value);
    return value;
  }

  /**
   * Whether {@code value} matches {@code [a-z0-9]+(?:[-_.:][a-z0-9]+)*} and has at most 64
   * characters.
   */
  static boolean isKey(String value) {
    int n = value.length();
    if (n == 0 || n > 64) {
      return false;
    }
    boolean afterSeparator = true; // the start, or a separator: a letter or digit must follow
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        afterSeparator = false;
      } else if ((c == '-' || c == '_' || c == '.' || c == ':') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /** Whether {@code value} matches {@code [\\p{L}\\p{N}._:/@+-]{1,128}} (code points). */
  static boolean isId(String value) {
    int n = value.length();
    if (n == 0) {
      return false;
    }
    int count = 0;
    for (int i = 0; i < n; ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (++count > 128) {
        return false;
      }
      if (c < 0x80) {
        if (!(c >= 'a' && c <= 'z'
            || c >= 'A' && c <= 'Z'
            || c >= '0' && c <= '9'
            || c == '.'
            || c == '_'
            || c == ':'
            || c == '/'
            || c == '@'
            || c == '+'
            || c == '-')) {
          return false;
        }
      } else if (!Character.isLetter(c) && !isNumber(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Checks that {@code value} has text after trimming; returns it unchanged. */
  public static String text(String what, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank", what);
    return value;
  }
}

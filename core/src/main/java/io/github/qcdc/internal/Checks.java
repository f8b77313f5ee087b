package io.github.qcdc.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** Argument checks shared by the value types of several packages. Not API. */
public final class Checks {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[-_.:][a-z0-9]+)*");
  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:/@+-]{1,128}");

  private Checks() {}

  /**
   * Checks that {@code value} is a key of an open vocabulary: lower-case ASCII letters and digits
   * in words joined by {@code -}, {@code _}, {@code .} or {@code :}, at most 64 characters.
   */
  public static String key(String what, String value) {
    checkArgument(
        value.length() <= 64 && KEY.matcher(value).matches(),
        "%s must be lower-case letters and digits joined by '-', '_', '.' or ':' (at most 64"
            + " characters): '%s'",
        what,
        value);
    return value;
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
        ID.matcher(value).matches(),
        "%s must be 1 to 128 letters, digits or '._:/@+-', without spaces: '%s'",
        what,
        value);
    return value;
  }

  /** Checks that {@code value} has text after trimming; returns it unchanged. */
  public static String text(String what, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank", what);
    return value;
  }
}

package io.github.qcdc.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wire keys of enums, defined once: a key is found among an enum's constants, and an unknown
 * key is refused naming the thing, the key and every key there is. Not API.
 */
public final class Keys {
  private Keys() {}

  /**
   * The constant of {@code values} whose key is {@code key}.
   *
   * @param values the constants, in declaration order
   * @param key the key read
   * @param keyOf the key of a constant
   * @param what what a constant is, for the message: "unit type"
   * @throws IllegalArgumentException {@code unknown unit type 'tinhh'; expected one of [tinh, ...]}
   */
  public static <E extends Enum<E>> E fromKey(
      E[] values, String key, Function<E, String> keyOf, String what) {
    for (E value : values) {
      if (keyOf.apply(value).equals(key)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + what
            + " '"
            + key
            + "'; expected one of "
            + Arrays.stream(values).map(keyOf).collect(Collectors.joining(", ", "[", "]")));
  }

  /** The key made of a constant's name: lower case, words joined by hyphens ({@code no-data}). */
  public static String hyphenated(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

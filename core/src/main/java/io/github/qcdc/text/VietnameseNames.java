package io.github.qcdc.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises Vietnamese names for look-up, so that the spellings people actually type find the same
 * unit.
 *
 * <p>{@link #normalize} folds: Unicode composition (NFC and NFD input alike), letter case, runs of
 * white space, and the two placements of the tone mark in the open syllables {@code oa}, {@code oe}
 * and {@code uy}: "Thái Hoà" and "Thái Hòa", "Thuỵ" and "Thụy", "Khoẻ" and "Khỏe" normalise to the
 * same text (the mark on the second vowel). Diacritics that make letters ({@code ă â ê ô ơ ư đ})
 * are kept: "Đồng" and "Dong" stay different.
 *
 * @since 0.1
 */
public final class VietnameseNames {
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private VietnameseNames() {}

  /**
   * {@return the look-up form of {@code name}: NFC, lower case, single spaces, trimmed, tone marks
   * of {@code oa}, {@code oe}, {@code uy} on the second vowel}
   *
   * @param name the name
   */
  public static String normalize(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(decomposed.length());
    int n = decomposed.length();
    for (int i = 0; i < n; i++) {
      char c = decomposed.charAt(i);
      if (i + 2 < n
          && isTone(decomposed.charAt(i + 1))
          && takesToneOnSecond(c, decomposed.charAt(i + 2))) {
        out.append(c).append(decomposed.charAt(i + 2)).append(decomposed.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
      }
    }
    String spaced = out.toString().trim().replaceAll("\\s+", " ");
    return Normalizer.normalize(spaced, Normalizer.Form.NFC);
  }

  /**
   * {@return whether two names are the same once {@linkplain #normalize normalised}}
   *
   * @param a a name
   * @param b another name
   */
  public static boolean sameName(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  private static boolean isTone(char c) {
    return TONES.indexOf(c) >= 0;
  }

  private static boolean takesToneOnSecond(char first, char second) {
    return (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
  }
}

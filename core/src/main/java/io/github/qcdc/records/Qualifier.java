package io.github.qcdc.records;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.internal.Keys;
import java.util.Locale;
import java.util.Optional;

/**
 * How a report qualifies a number: exactly, "trên"/"hơn" (more than), "tối thiểu"/"ít nhất" (at
 * least), "gần" (nearly) or "khoảng" (about).
 *
 * <p>A reported amount carries its qualifier ({@link Amount#qualifier()}) and a sum of amounts
 * carries the qualifier {@link #and} gives: a sum of qualified parts is never shown as exact. The
 * audit reads a qualifier by its meaning: a "more than" claim holds when the computed value is
 * greater, an "at least" claim when it is not smaller; "nearly" and "about" are never checked
 * exactly.
 *
 * <p>The wire key ({@link #key()}, {@link #fromKey}) is the lower-case, hyphenated name: {@code
 * exact}, {@code more-than}, {@code at-least}, {@code nearly}, {@code about}. In text, each has its
 * Vietnamese words ({@link #words()}), the first of which is the one written.
 *
 * @since 0.1
 */
public enum Qualifier {
  /** The number as stated. */
  EXACT("exact"),
  /** "tối thiểu", "ít nhất": the number or more. */
  AT_LEAST("at-least", "tối thiểu", "ít nhất"),
  /** "trên", "hơn": strictly more than the number. */
  MORE_THAN("more-than", "trên", "hơn"),
  /** "gần": close to the number, and usually below it; never checked exactly. */
  NEARLY("nearly", "gần"),
  /** "khoảng": about the number, either side; never checked exactly. */
  ABOUT("about", "khoảng");

  private final String key;
  private final ImmutableList<String> words;

  Qualifier(String key, String... words) {
    this.key = key;
    this.words = ImmutableList.copyOf(words);
  }

  /** {@return the wire key: {@code more-than}} */
  public String key() {
    return key;
  }

  /**
   * {@return the Vietnamese words for this qualifier, the one written first; empty for {@link
   * #EXACT}}
   */
  public ImmutableList<String> words() {
    return words;
  }

  /**
   * {@return the qualifier as written before a number: its first word and a space ({@code "gần "}),
   * or "" for {@link #EXACT}}
   */
  public String prefix() {
    return words.isEmpty() ? "" : words.get(0) + " ";
  }

  /** {@return whether the number is only approximate ("gần", "khoảng"): no bound can be checked} */
  public boolean isApproximate() {
    return this == NEARLY || this == ABOUT;
  }

  /**
   * {@return the qualifier with wire key {@code key}}
   *
   * @param key the key
   * @throws IllegalArgumentException naming the key and the keys there are
   */
  public static Qualifier fromKey(String key) {
    return Keys.fromKey(values(), key, Qualifier::key, "qualifier");
  }

  /**
   * {@return the qualifier a Vietnamese word states ({@code trên}, {@code Gần}), case aside; empty
   * if the word states none}
   *
   * @param word the word
   */
  public static Optional<Qualifier> fromWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Qualifier q : values()) {
      if (q.words.contains(w)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the qualifier of a sum of a part qualified this way and a part qualified {@code
   * other}'s way}
   *
   * <p>Exact parts leave the other's qualifier; equal qualifiers stay; "at least" and "more than"
   * give "more than" (the sum is strictly larger); "nearly" with "at least" or "more than" (one
   * part below, one above) and anything with "about" give "about". The operation is commutative and
   * associative, with {@link #EXACT} as its identity.
   *
   * @param other the other part's qualifier
   */
  public Qualifier and(Qualifier other) {
    if (this == other || other == EXACT) {
      return this;
    }
    if (this == EXACT) {
      return other;
    }
    if (this == ABOUT || other == ABOUT || this == NEARLY || other == NEARLY) {
      return ABOUT;
    }
    return MORE_THAN; // AT_LEAST with MORE_THAN
  }
}

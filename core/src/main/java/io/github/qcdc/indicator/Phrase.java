package io.github.qcdc.indicator;

import io.github.qcdc.internal.Checks;

/**
 * A text in Vietnamese and in English: titles, descriptions, reasons, sentences of explanations.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 * @since 0.1
 */
public record Phrase(String vi, String en) {

  /**
   * Validates that both texts are present.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   */
  public Phrase {
    Checks.text("Vietnamese text", vi);
    Checks.text("English text", en);
  }

  /**
   * {@return the phrase {@code vi} / {@code en}}
   *
   * @param vi the Vietnamese text
   * @param en the English text
   */
  public static Phrase of(String vi, String en) {
    return new Phrase(vi, en);
  }

  /**
   * {@return the phrase in {@code vietnamese} or English}
   *
   * @param vietnamese whether Vietnamese is asked
   */
  public String in(boolean vietnamese) {
    return vietnamese ? vi : en;
  }

  /**
   * Joins the two languages' texts with their own separators.
   *
   * @param viSeparator what goes between the Vietnamese texts
   * @param enSeparator what goes between the English texts
   * @param other the phrase after this one
   * @return the joined phrase
   */
  public Phrase join(String viSeparator, String enSeparator, Phrase other) {
    return of(vi + viSeparator + other.vi, en + enSeparator + other.en);
  }

  @Override
  public String toString() {
    return vi + " / " + en;
  }
}

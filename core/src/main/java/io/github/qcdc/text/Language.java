package io.github.qcdc.text;

/**
 * The languages qcdc writes figures and explanations in, each with its number style.
 *
 * @since 0.1
 */
public enum Language {
  /** Vietnamese: {@code 2.849 cuộc}, {@code 281/411 xã, đạt 68,37%}. */
  VI(NumberStyle.VIETNAMESE),
  /** English: {@code 2,849 sessions}, {@code 281/411 communes, 68.37%}. */
  EN(NumberStyle.ENGLISH);

  private final NumberStyle numbers;

  Language(NumberStyle numbers) {
    this.numbers = numbers;
  }

  /** {@return the number style} */
  public NumberStyle numbers() {
    return numbers;
  }
}

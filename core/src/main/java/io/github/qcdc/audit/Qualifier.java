package io.github.qcdc.audit;

/**
 * How a report qualifies a number: exactly, "hơn"/"trên" (more than), "khoảng" (about), "ít nhất" /
 * "tối thiểu" (at least).
 *
 * @since 0.1
 */
public enum Qualifier {
  /** The number as stated. */
  EXACT,
  /** "hơn", "trên": strictly more than the number. */
  MORE_THAN,
  /** "ít nhất", "tối thiểu": the number or more. */
  AT_LEAST,
  /** "khoảng", "gần": about the number; never checked exactly. */
  ABOUT
}

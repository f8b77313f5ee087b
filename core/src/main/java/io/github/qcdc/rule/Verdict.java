package io.github.qcdc.rule;

/**
 * The outcome of a rule for one subject. Not complying ({@link #FAIL}) and not reporting ({@link
 * #NO_DATA}) are never confused.
 *
 * @since 0.1
 */
public enum Verdict {
  /** The subject satisfies the rule. */
  PASS,
  /** The subject's records show it does not satisfy the rule. */
  FAIL,
  /** The records needed to tell are missing. */
  NO_DATA,
  /** The rule does not apply to the subject in the period (outside its legal regime). */
  NOT_APPLICABLE;

  /**
   * {@return the verdict of both holding: FAIL wins, then NO_DATA, then NOT_APPLICABLE only if both
   * are}
   *
   * @param other the other verdict
   */
  public Verdict and(Verdict other) {
    if (this == FAIL || other == FAIL) {
      return FAIL;
    }
    if (this == NO_DATA || other == NO_DATA) {
      return NO_DATA;
    }
    return this == NOT_APPLICABLE && other == NOT_APPLICABLE ? NOT_APPLICABLE : PASS;
  }

  /**
   * {@return the verdict of either holding: PASS wins, then NO_DATA, then FAIL}
   *
   * @param other the other verdict
   */
  public Verdict or(Verdict other) {
    if (this == PASS || other == PASS) {
      return PASS;
    }
    if (this == NO_DATA || other == NO_DATA) {
      return NO_DATA;
    }
    return this == NOT_APPLICABLE && other == NOT_APPLICABLE ? NOT_APPLICABLE : FAIL;
  }

  /** {@return the negation: PASS and FAIL swap, the others stay} */
  public Verdict negate() {
    return switch (this) {
      case PASS -> FAIL;
      case FAIL -> PASS;
      default -> this;
    };
  }
}

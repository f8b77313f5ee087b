package io.github.qcdc.rule;

import io.github.qcdc.internal.Keys;

/**
 * How sure the legal basis of a rule is, as the domain notes mark it.
 *
 * @since 0.1
 */
public enum Confidence {
  /** In the text of the source, the legal text itself or an official site quoting it: [C]. */
  CONFIRMED,
  /** From a secondary source quoting or paraphrasing the article; to be re-checked: [C-sec]. */
  CONFIRMED_SECONDARY,
  /** Derived from confirmed facts or from memory, not seen in a source text: [I]. */
  INFERRED,
  /** Not verified or not found: [U]. */
  UNVERIFIED;

  /** {@return the key in documents: {@code confirmed-secondary}} */
  public String key() {
    return Keys.hyphenated(this);
  }

  /** {@return the mark of the notes: {@code C}, {@code C-sec}, {@code I}, {@code U}} */
  public String mark() {
    return switch (this) {
      case CONFIRMED -> "C";
      case CONFIRMED_SECONDARY -> "C-sec";
      case INFERRED -> "I";
      case UNVERIFIED -> "U";
    };
  }

  /** {@return whether a rule on this basis ships enabled: only confirmed bases do} */
  public boolean enabledByDefault() {
    return this == CONFIRMED || this == CONFIRMED_SECONDARY;
  }
}

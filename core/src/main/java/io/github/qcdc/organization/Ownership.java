package io.github.qcdc.organization;

import io.github.qcdc.internal.Keys;

/**
 * Who owns an enterprise, as workplace-democracy rules distinguish it.
 *
 * @since 0.1
 */
public enum Ownership {
  /** State-owned (doanh nghiệp nhà nước). */
  STATE("state"),
  /** Private domestic (doanh nghiệp ngoài nhà nước). */
  PRIVATE("private"),
  /** Foreign-invested (doanh nghiệp có vốn đầu tư nước ngoài). */
  FOREIGN_INVESTED("foreign-invested"),
  /** Cooperative (hợp tác xã). */
  COOPERATIVE("cooperative");

  private final String key;

  Ownership(String key) {
    this.key = key;
  }

  /** {@return the stable key used in documents} */
  public String key() {
    return key;
  }

  /**
   * {@return the ownership with {@code key}}
   *
   * @param key the key
   * @throws IllegalArgumentException naming the key
   */
  public static Ownership fromKey(String key) {
    return Keys.fromKey(values(), key, Ownership::key, "ownership");
  }
}

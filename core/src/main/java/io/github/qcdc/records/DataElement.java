package io.github.qcdc.records;

import io.github.qcdc.internal.Checks;

/**
 * What an aggregate {@link DataValue} counts, from an open vocabulary of lower-case keys: {@code
 * supervisions}, {@code communes-with-inspection-board}.
 *
 * @param key the element's key
 * @since 0.1
 */
public record DataElement(String key) implements Comparable<DataElement> {

  /**
   * Validates the key.
   *
   * @param key the element's key
   */
  public DataElement {
    Checks.key("data element", key);
  }

  /**
   * {@return the element {@code key}}
   *
   * @param key the element's key
   */
  public static DataElement of(String key) {
    return new DataElement(key);
  }

  @Override
  public int compareTo(DataElement other) {
    return key.compareTo(other.key);
  }

  @Override
  public String toString() {
    return key;
  }
}

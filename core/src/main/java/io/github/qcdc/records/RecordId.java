package io.github.qcdc.records;

import io.github.qcdc.internal.Checks;

/**
 * The identifier of a record (an activity, a data value, a fact): 1 to 128 letters, digits or
 * {@code . _ : / @ + -}, unique among the records of its kind in a dataset.
 *
 * @param value the identifier text
 * @since 0.1
 */
public record RecordId(String value) implements Comparable<RecordId> {

  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   */
  public RecordId {
    Checks.id("record id", value);
  }

  /**
   * {@return the identifier {@code value}}
   *
   * @param value the identifier text
   */
  public static RecordId of(String value) {
    return new RecordId(value);
  }

  @Override
  public int compareTo(RecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.github.qcdc.organization;

import io.github.qcdc.internal.Checks;

/**
 * The identifier of an organisation: 1 to 128 letters, digits or {@code . _ : / @ + -}.
 *
 * @param value the identifier text
 * @since 0.1
 */
public record OrganizationId(String value) implements Comparable<OrganizationId> {

  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   */
  public OrganizationId {
    Checks.id("organization id", value);
  }

  /**
   * {@return the identifier {@code value}}
   *
   * @param value the identifier text
   */
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  @Override
  public int compareTo(OrganizationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.github.qcdc.records;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.OrganizationId;

/**
 * What a {@link Fact} is about: a unit or an organisation. The text form is {@code unit:40} or
 * {@code organization:pib-16681}.
 *
 * @param kind unit or organisation
 * @param id the unit's code or the organisation's id
 * @since 0.1
 */
public record Subject(Kind kind, String id) implements Comparable<Subject> {

  /** The kinds of subject. */
  public enum Kind {
    /** An administrative unit or residential community. */
    UNIT("unit"),
    /** An organisation. */
    ORGANIZATION("organization");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** {@return the prefix of the text form} */
    public String prefix() {
      return prefix;
    }
  }

  /**
   * Validates the id for the kind.
   *
   * @param kind unit or organisation
   * @param id the unit's code or the organisation's id
   */
  public Subject {
    if (kind == Kind.UNIT) {
      UnitCode.of(id);
    } else {
      OrganizationId.of(id);
    }
  }

  /**
   * {@return the unit {@code code}}
   *
   * @param code the unit's code
   */
  public static Subject unit(UnitCode code) {
    return new Subject(Kind.UNIT, code.value());
  }

  /**
   * {@return the organisation {@code id}}
   *
   * @param id the unit's code or the organisation's id
   */
  public static Subject organization(OrganizationId id) {
    return new Subject(Kind.ORGANIZATION, id.value());
  }

  /**
   * Parses {@code unit:CODE} or {@code organization:ID}.
   *
   * @param text the text form
   * @return the subject
   * @throws IllegalArgumentException naming the text
   */
  public static Subject parse(CharSequence text) {
    String s = text.toString();
    int colon = s.indexOf(':');
    checkArgument(colon > 0, "subject must be 'unit:CODE' or 'organization:ID': '%s'", s);
    String prefix = s.substring(0, colon);
    for (Kind kind : Kind.values()) {
      if (kind.prefix.equals(prefix)) {
        return new Subject(kind, s.substring(colon + 1));
      }
    }
    throw new IllegalArgumentException(
        "subject must be 'unit:CODE' or 'organization:ID': '" + s + "'");
  }

  @Override
  public int compareTo(Subject other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return kind.prefix + ":" + id;
  }
}

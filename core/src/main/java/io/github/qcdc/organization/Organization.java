package io.github.qcdc.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.internal.QcdcStyle;
import io.github.qcdc.period.DateInterval;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A body that organises activities or is a subject of rules: a Party committee or cell, a People's
 * Council or Committee, a state agency, a public service unit, an enterprise, the Fatherland Front,
 * a mass organisation, a People's Inspection Board, a community investment supervision board.
 *
 * <p>Each sits in a unit, has a validity, and may sit under a parent organisation (a cell under its
 * committee). Enterprises may state their ownership, whether they have a grassroots trade union and
 * their number of employees. Anything else is an attribute: a key and a text value.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@QcdcStyle
public abstract class Organization {

  Organization() {}

  /** {@return a builder; {@code id}, {@code name}, {@code kind} and {@code unit} are required} */
  public static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }

  /**
   * {@return an organisation in force on every day}
   *
   * @param id the identifier, unique in a dataset
   * @param name the name
   * @param kind the kind
   * @param unit the code of the unit it sits in
   */
  public static Organization of(String id, String name, OrganizationKind kind, String unit) {
    return builder()
        .id(OrganizationId.of(id))
        .name(name)
        .kind(kind)
        .unit(UnitCode.of(unit))
        .build();
  }

  /** {@return the identifier, unique in a dataset} */
  public abstract OrganizationId id();

  /** {@return the name} */
  public abstract String name();

  /** {@return the kind} */
  public abstract OrganizationKind kind();

  /** {@return the unit the organisation sits in; its tier is the organisation's level} */
  public abstract UnitCode unit();

  /** {@return the organisation it sits under, if any} */
  public abstract Optional<OrganizationId> parent();

  /** {@return the days the organisation exists; every day unless set} */
  @Value.Default
  public DateInterval validity() {
    return DateInterval.always();
  }

  /** {@return an enterprise's ownership, if known} */
  public abstract Optional<Ownership> ownership();

  /** {@return whether an enterprise has a grassroots trade union, if known} */
  public abstract Optional<Boolean> tradeUnion();

  /** {@return the number of employees, if known; a dataset rejects a negative number} */
  public abstract OptionalLong employees();

  /** {@return other attributes, by key} */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> attributes();

  /**
   * {@return a copy with {@code validity}}
   *
   * @param validity the days the organisation exists
   */
  public abstract Organization withValidity(DateInterval validity);

  @Value.Check
  void check() {
    Checks.text("organization name", name());
    checkArgument(!parent().equals(Optional.of(id())), "organization %s is its own parent", id());
    for (Map.Entry<String, String> attribute : attributes().entrySet()) {
      Checks.key("organization " + id() + " attribute key", attribute.getKey());
    }
  }

  @Override
  public String toString() {
    return id() + " " + kind().key() + " '" + name() + "' in " + unit() + " " + validity();
  }
}

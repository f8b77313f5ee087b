package io.github.qcdc.records;

import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.internal.QcdcStyle;
import io.github.qcdc.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated event: a supervision, a social critique, a dialogue, a citizen reception, an
 * inspection, a conference, a community meeting, a disclosure, a plan issued.
 *
 * <p>It happened at a unit, whose tier is "the level" reports break counts down by, on one day,
 * optionally organised by an organisation. Quantities are named whole numbers ({@code
 * participants}, {@code households-present}); attributes are named texts. A dataset checks that the
 * unit and organiser are in force on the day and that quantities are not negative.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@QcdcStyle
public abstract class Activity {

  Activity() {}

  /** {@return a builder; {@code id}, {@code type}, {@code unit} and {@code date} are required} */
  public static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }

  /**
   * {@return an activity without organiser, quantities or attributes}
   *
   * @param id the identifier, unique among the activities of a dataset
   * @param type the type
   * @param unit the code of the unit where it happened
   * @param date the day it happened
   */
  public static Activity of(String id, ActivityType type, String unit, LocalDate date) {
    return builder().id(RecordId.of(id)).type(type).unit(UnitCode.of(unit)).date(date).build();
  }

  /** {@return the identifier, unique among the activities of a dataset} */
  public abstract RecordId id();

  /** {@return the type} */
  public abstract ActivityType type();

  /** {@return the unit where it happened; its tier is the activity's level} */
  public abstract UnitCode unit();

  /** {@return the day it happened} */
  public abstract LocalDate date();

  /** {@return the organisation that organised it, if recorded} */
  public abstract Optional<OrganizationId> organiser();

  /** {@return named whole-number quantities, by key} */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Long> quantities();

  /** {@return named text attributes, by key} */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> attributes();

  @Value.Check
  void check() {
    Checks.keysOf("activity", id(), "quantity", quantities());
    Checks.keysOf("activity", id(), "attribute", attributes());
  }

  @Override
  public String toString() {
    return id() + " " + type() + " at " + unit() + " on " + date();
  }
}

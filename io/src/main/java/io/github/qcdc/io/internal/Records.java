package io.github.qcdc.io.internal;

import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.organization.Ownership;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/** The records the JSON and CSV readers build the same way, from their {@link RecordFields}. */
public final class Records {
  private Records() {}

  /**
   * Builds a record once its fields are read: nothing if a field failed, and a failed value check
   * (a bad id, an end before a start) becomes a problem at the record.
   */
  public static <T> Optional<T> build(RecordFields f, Supplier<T> build) {
    if (f.failed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
      f.fail(String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** An organisation: id, name, kind, unit, and its optional fields. */
  public static Optional<Organization> organization(RecordFields f) {
    Optional<OrganizationId> id = f.value("id", true, "an organization id", OrganizationId::of);
    Optional<String> name = f.text("name", true);
    Optional<OrganizationKind> kind =
        f.value("kind", true, "an organization kind", OrganizationKind::fromKey);
    Optional<UnitCode> unit = f.value("unit", true, "a unit code", UnitCode::of);
    Optional<OrganizationId> parent =
        f.value("parent", false, "an organization id", OrganizationId::of);
    Optional<DateInterval> validity =
        f.value("validity", false, "a date interval start/end", DateInterval::parse);
    Optional<Ownership> ownership = f.value("ownership", false, "an ownership", Ownership::fromKey);
    Optional<Boolean> union = f.flag("tradeUnion");
    Optional<Long> employees = f.whole("employees", false);
    Map<String, String> attributes = f.texts("attributes");
    return build(
        f,
        () -> {
          var b =
              Organization.builder()
                  .id(id.orElseThrow())
                  .name(name.orElseThrow())
                  .kind(kind.orElseThrow())
                  .unit(unit.orElseThrow())
                  .parent(parent)
                  .validity(validity.orElse(DateInterval.always()))
                  .ownership(ownership)
                  .tradeUnion(union)
                  .putAllAttributes(attributes);
          employees.ifPresent(b::employees);
          return b.build();
        });
  }

  /** An activity: id, type, unit, date, and its optional organiser, quantities and attributes. */
  public static Optional<Activity> activity(RecordFields f) {
    Optional<RecordId> id = f.value("id", true, "a record id", RecordId::of);
    Optional<ActivityType> type = f.value("type", true, "an activity type key", ActivityType::of);
    Optional<UnitCode> unit = f.value("unit", true, "a unit code", UnitCode::of);
    Optional<LocalDate> date = f.date("date", true);
    Optional<OrganizationId> organiser =
        f.value("organiser", false, "an organization id", OrganizationId::of);
    Map<String, Long> quantities = f.wholes("quantities");
    Map<String, String> attributes = f.texts("attributes");
    return build(
        f,
        () ->
            Activity.builder()
                .id(id.orElseThrow())
                .type(type.orElseThrow())
                .unit(unit.orElseThrow())
                .date(date.orElseThrow())
                .organiser(organiser)
                .putAllQuantities(quantities)
                .putAllAttributes(attributes)
                .build());
  }
}

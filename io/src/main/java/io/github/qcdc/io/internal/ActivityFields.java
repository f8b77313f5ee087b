package io.github.qcdc.io.internal;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An activity as a reader has its fields, added to a dataset builder without building an {@link
 * Activity} ({@link Dataset.Builder#addActivity}). Not API.
 *
 * @param id the record id
 * @param type the activity type
 * @param unit the unit
 * @param date the day
 * @param organiser the organiser, if any
 * @param quantities the quantities by key
 * @param attributes the attributes by key
 */
public record ActivityFields(
    RecordId id,
    ActivityType type,
    UnitCode unit,
    LocalDate date,
    Optional<OrganizationId> organiser,
    Map<String, Long> quantities,
    Map<String, String> attributes) {

  /** The fields of {@code activity}. */
  public static ActivityFields of(Activity activity) {
    return new ActivityFields(
        activity.id(),
        activity.type(),
        activity.unit(),
        activity.date(),
        activity.organiser(),
        activity.quantities(),
        activity.attributes());
  }

  /** Adds the activity to {@code builder}. */
  public void addTo(Dataset.Builder builder) {
    builder.addActivity(id, type, unit, date, organiser, quantities, attributes);
  }
}

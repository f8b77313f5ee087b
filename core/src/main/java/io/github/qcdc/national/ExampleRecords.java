package io.github.qcdc.national;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.ImmutableActivity;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import java.time.LocalDate;

/** The helpers {@link ExampleData} writes its records with. */
abstract class ExampleRecords {
  final Dataset.Builder b;
  private int next;
  private @org.jspecify.annotations.Nullable String name;

  ExampleRecords(Dataset.Builder b) {
    this.b = b;
  }

  // ---- helpers

  /** Names the next activity {@code id}, for examples that expect its verdict. */
  ExampleRecords named(String id) {
    this.name = id;
    return this;
  }

  ImmutableActivity.Builder activity(ActivityType type, String unit, LocalDate day) {
    String id = name != null ? name : "ex-" + ++next;
    name = null;
    return Activity.builder().id(RecordId.of(id)).type(type).unit(UnitCode.of(unit)).date(day);
  }

  void event(ActivityType type, String unit, LocalDate day) {
    b.add(activity(type, unit, day).build());
  }

  void notice(ActivityType type, String unit, LocalDate day, String key, int daysAhead) {
    b.add(
        activity(type, unit, day).putAttributes(key, day.minusDays(daysAhead).toString()).build());
  }

  void notice(
      ActivityType type, String unit, LocalDate day, String key, int daysAhead, String organiser) {
    b.add(
        activity(type, unit, day)
            .organiser(OrganizationId.of(organiser))
            .putAttributes(key, day.minusDays(daysAhead).toString())
            .build());
  }

  Activity share(
      ActivityType type, String unit, LocalDate day, long part, String whole, long wholeValue) {
    return activity(type, unit, day)
        .putQuantities("votes-for", part)
        .putQuantities(whole, wholeValue)
        .build();
  }

  void radio(LocalDate last, LocalDate first) {
    b.add(
        activity(ActivityType.PUBLIC_DISCLOSURE, ExampleData.XA_1, last)
            .putAttributes("channel", "radio")
            .putAttributes("first-broadcast-date", first.toString())
            .build());
  }

  void repeat(int count, ActivityType type, String unit, int year, String key, String value) {
    for (int i = 0; i < count; i++) {
      b.add(
          activity(type, unit, LocalDate.of(year, 1, 5).plusDays(6L * i))
              .putAttributes(key, value)
              .build());
    }
  }

  void conference(String organiser, String kind, LocalDate day, long attending, long convened) {
    b.add(
        activity(ActivityType.CONFERENCE, ExampleData.XA_1, day)
            .organiser(OrganizationId.of(organiser))
            .putAttributes("kind", kind)
            .putQuantities("attending", attending)
            .putQuantities("convened", convened)
            .build());
  }

  void dialogue(String employer, LocalDate day, long employerSide, long employeeSide) {
    b.add(
        activity(ActivityType.DIALOGUE, ExampleData.XA_1, day)
            .organiser(OrganizationId.of(employer))
            .putAttributes("with", "workers")
            .putQuantities("employer-delegates", employerSide)
            .putQuantities("employee-delegates", employeeSide)
            .build());
  }

  void org(
      String id,
      OrganizationKind kind,
      String unit,
      @org.jspecify.annotations.Nullable String sector) {
    var o =
        Organization.builder()
            .id(OrganizationId.of(id))
            .name(id)
            .kind(kind)
            .unit(UnitCode.of(unit));
    if (sector != null) {
      o.putAttributes("sector", sector);
    }
    b.add(o.build());
  }

  /** An enterprise of {@code employees} employees in {@code unit}. */
  void enterprise(String id, String unit, long employees) {
    b.add(
        Organization.builder()
            .id(OrganizationId.of(id))
            .name(id)
            .kind(OrganizationKind.ENTERPRISE)
            .unit(UnitCode.of(unit))
            .employees(employees)
            .build());
  }

  void always(String unit, String key, boolean value) {
    b.add(
        fact(
            "f-" + key + "-" + unit,
            Subject.unit(UnitCode.of(unit)),
            key,
            FactValue.of(value),
            DateInterval.always()));
  }

  void number(String unit, String key, long value, DateInterval validity) {
    b.add(
        fact(
            "f-" + key + "-" + unit + "-" + validity.start().getYear(),
            Subject.unit(UnitCode.of(unit)),
            key,
            FactValue.of(value),
            validity));
  }

  void orgNumber(String org, String key, long value) {
    b.add(
        fact(
            "f-" + key + "-" + org,
            Subject.organization(OrganizationId.of(org)),
            key,
            FactValue.of(value),
            DateInterval.always()));
  }

  static Fact fact(String id, Subject subject, String key, FactValue value, DateInterval validity) {
    return Fact.of(id, subject, key, value, validity);
  }

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}

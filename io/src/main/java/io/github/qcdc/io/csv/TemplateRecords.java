package io.github.qcdc.io.csv;

import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitTag;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.internal.Records;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The records of the CSV templates, one row each: a unit, an organisation, a data value, a fact.
 */
final class TemplateRecords {
  private TemplateRecords() {}

  private static <T> @Nullable T build(CsvRows.Row row, Supplier<T> build) {
    return Records.build(row, build).orElse(null);
  }

  static @Nullable AdminUnit unit(CsvRows.Row row) {
    Optional<UnitCode> code = row.get("code", true, "a unit code", UnitCode::of);
    Optional<String> name = row.text("name", true);
    Optional<UnitType> type = row.get("type", true, "a unit type key", UnitType::fromKey);
    Optional<UnitCode> parent = row.get("parent", false, "a unit code", UnitCode::of);
    Optional<DateInterval> validity =
        row.get("validity", false, "a date interval start/end", DateInterval::parse);
    List<UnitTag> tags = new ArrayList<>();
    row.text("tags", false)
        .ifPresent(
            text -> {
              for (String tag : text.split(";", -1)) {
                try {
                  tags.add(UnitTag.parse(tag.trim()));
                } catch (IllegalArgumentException e) {
                  row.fail("tags: " + e.getMessage());
                }
              }
            });
    return build(
        row,
        () ->
            AdminUnit.builder()
                .code(code.orElseThrow())
                .name(name.orElseThrow())
                .type(type.orElseThrow())
                .parent(parent)
                .validity(validity.orElse(DateInterval.always()))
                .addAllTags(tags)
                .build());
  }

  static @Nullable Organization organization(CsvRows.Row row) {
    return Records.organization(row).orElse(null);
  }

  static @Nullable DataValue dataValue(CsvRows.Row row) {
    Optional<RecordId> id = row.get("id", true, "a record id", RecordId::of);
    Optional<DataElement> element = row.get("element", true, "a data element key", DataElement::of);
    Optional<UnitCode> unit = row.get("unit", true, "a unit code", UnitCode::of);
    Optional<ReportingPeriod> period =
        row.get("period", true, "a period such as 2020 or 2016/2020", ReportingPeriod::parse);
    Optional<Amount> amount = amount(row);
    Optional<java.time.LocalDate> asOf = row.date("as_of", false);
    Optional<String> source = row.text("source", false);
    Map<String, String> disaggregation = row.prefixed("disaggregation.", "an option key", s -> s);
    return build(
        row,
        () ->
            DataValue.builder()
                .id(id.orElseThrow())
                .element(element.orElseThrow())
                .unit(unit.orElseThrow())
                .period(period.orElseThrow())
                .amount(amount.orElseThrow())
                .asOf(asOf)
                .source(source)
                .putAllDisaggregation(disaggregation)
                .build());
  }

  private static Optional<Amount> amount(CsvRows.Row row) {
    Optional<String> cell = row.get("value", true, "a number or n/a", s -> s);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CsvAmounts.parse(cell.get(), row.style("value").orElse(null)));
    } catch (IllegalArgumentException e) {
      row.fail("value", String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  static @Nullable Fact fact(CsvRows.Row row) {
    Optional<RecordId> id = row.get("id", true, "a record id", RecordId::of);
    Optional<Subject> subject =
        row.get("subject", true, "unit:CODE or organization:ID", Subject::parse);
    Optional<String> key = row.text("key", true);
    Optional<FactValue> value =
        row.get("value", true, "true, false, a number or a text", TemplateRecords::factValue);
    Optional<DateInterval> validity =
        row.get("validity", false, "a date interval start/end", DateInterval::parse);
    Optional<String> source = row.text("source", false);
    return build(
        row,
        () ->
            Fact.builder()
                .id(id.orElseThrow())
                .subject(subject.orElseThrow())
                .key(key.orElseThrow())
                .value(value.orElseThrow())
                .validity(validity.orElse(DateInterval.always()))
                .source(source)
                .build());
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private static FactValue factValue(String text) {
    if (text.equals("true") || text.equals("false")) {
      return FactValue.of(Boolean.parseBoolean(text));
    }
    return NUMBER.matcher(text).matches() ? FactValue.of(new BigDecimal(text)) : FactValue.of(text);
  }
}

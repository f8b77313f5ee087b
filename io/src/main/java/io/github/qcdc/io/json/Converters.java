package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.LegalAct;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitTag;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.internal.Records;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The wire form of each record of a dataset document: how it is written, and how it is read back
 * strictly. Field names are stable; dates are ISO; codes, ids, periods and intervals are their text
 * forms; counts are JSON integers; a fact's number is an exact JSON number.
 */
final class Converters {
  static final Set<String> UNIT = Set.of("code", "name", "type", "parent", "validity", "tags");
  static final Set<String> SUCCESSION =
      Set.of("kind", "date", "predecessors", "successors", "partial", "clause", "act");
  static final Set<String> ACT = Set.of("number", "date", "title");
  static final Set<String> ORGANIZATION =
      Set.of(
          "id",
          "name",
          "kind",
          "unit",
          "parent",
          "validity",
          "ownership",
          "tradeUnion",
          "employees",
          "attributes");
  static final Set<String> ACTIVITY =
      Set.of("id", "type", "unit", "date", "organiser", "quantities", "attributes");
  static final Set<String> DATA_VALUE =
      Set.of(
          "id",
          "element",
          "unit",
          "period",
          "disaggregation",
          "value",
          "qualifier",
          "measureUnit",
          "asOf",
          "source");
  static final Set<String> FACT = Set.of("id", "subject", "key", "value", "validity", "source");

  private Converters() {}

  /** Builds a value, turning a failed value check into a problem at the object. */
  private static <T> Optional<T> build(Fields f, Supplier<T> build) {
    return Records.build(f, build);
  }

  static Optional<AdminUnit> unit(
      JsonNode node, String pointer, String place, List<Problem> problems) {
    Fields f = new Fields(node, pointer, place, UNIT, problems);
    Optional<UnitCode> code = f.value("code", true, "a unit code", UnitCode::of);
    Optional<String> name = f.text("name", true);
    Optional<UnitType> type = f.value("type", true, "a unit type key", UnitType::fromKey);
    Optional<UnitCode> parent = f.value("parent", false, "a unit code", UnitCode::of);
    Optional<DateInterval> validity =
        f.value("validity", false, "a date interval start/end", DateInterval::parse);
    List<UnitTag> tags = f.list("tags", false, "a tag name or name@start/end", UnitTag::parse);
    return build(
        f,
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

  static void write(JsonGenerator g, AdminUnit unit) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", unit.code().value());
    g.writeStringField("name", unit.name());
    g.writeStringField("type", unit.type().key());
    if (unit.parent().isPresent()) {
      g.writeStringField("parent", unit.parent().get().value());
    }
    if (!unit.validity().equals(DateInterval.always())) {
      g.writeStringField("validity", unit.validity().toString());
    }
    if (!unit.tags().isEmpty()) {
      g.writeArrayFieldStart("tags");
      for (String tag : unit.tags().stream().map(UnitTag::toString).sorted().toList()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static Optional<Succession> succession(
      JsonNode node, String pointer, String place, List<Problem> problems) {
    Fields f = new Fields(node, pointer, place, SUCCESSION, problems);
    Optional<SuccessionKind> kind =
        f.value("kind", true, "a succession kind", SuccessionKind::fromKey);
    Optional<java.time.LocalDate> date = f.date("date", true);
    List<UnitCode> predecessors = f.list("predecessors", true, "a unit code", UnitCode::of);
    List<UnitCode> successors = f.list("successors", true, "a unit code", UnitCode::of);
    List<UnitCode> partial = f.list("partial", false, "a unit code", UnitCode::of);
    Optional<String> clause = f.text("clause", false);
    JsonNode actNode = f.raw("act", true);
    Optional<LegalAct> act = Optional.empty();
    if (actNode != null) {
      Fields a = new Fields(actNode, pointer + "/act", place, ACT, problems);
      Optional<String> number = a.text("number", true);
      Optional<java.time.LocalDate> signed = a.date("date", true);
      Optional<String> title = a.text("title", false);
      act =
          build(a, () -> LegalAct.of(number.orElseThrow(), signed.orElseThrow(), title.orElse("")));
      if (act.isEmpty()) {
        f.fail("act", "invalid legal act");
        return Optional.empty();
      }
    }
    Optional<LegalAct> legal = act;
    return build(
        f,
        () ->
            Succession.of(
                    kind.orElseThrow(),
                    date.orElseThrow(),
                    predecessors,
                    successors,
                    legal.orElseThrow())
                .withPartial(partial)
                .withClause(clause.orElse("")));
  }

  static void write(JsonGenerator g, Succession s) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", s.kind().key());
    g.writeStringField("date", s.date().toString());
    strings(g, "predecessors", s.predecessors().stream().map(UnitCode::value).toList());
    strings(g, "successors", s.successors().stream().map(UnitCode::value).toList());
    if (!s.partial().isEmpty()) {
      strings(g, "partial", s.partial().stream().map(UnitCode::value).toList());
    }
    if (!s.clause().isEmpty()) {
      g.writeStringField("clause", s.clause());
    }
    g.writeObjectFieldStart("act");
    g.writeStringField("number", s.act().number());
    g.writeStringField("date", s.act().date().toString());
    g.writeStringField("title", s.act().title());
    g.writeEndObject();
    g.writeEndObject();
  }

  static Optional<Organization> organization(
      JsonNode node, String pointer, String place, List<Problem> problems) {
    return Records.organization(new Fields(node, pointer, place, ORGANIZATION, problems));
  }

  static void write(JsonGenerator g, Organization o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id().value());
    g.writeStringField("name", o.name());
    g.writeStringField("kind", o.kind().key());
    g.writeStringField("unit", o.unit().value());
    if (o.parent().isPresent()) {
      g.writeStringField("parent", o.parent().get().value());
    }
    if (!o.validity().equals(DateInterval.always())) {
      g.writeStringField("validity", o.validity().toString());
    }
    if (o.ownership().isPresent()) {
      g.writeStringField("ownership", o.ownership().get().key());
    }
    if (o.tradeUnion().isPresent()) {
      g.writeBooleanField("tradeUnion", o.tradeUnion().get());
    }
    if (o.employees().isPresent()) {
      g.writeNumberField("employees", o.employees().getAsLong());
    }
    texts(g, "attributes", o.attributes());
    g.writeEndObject();
  }

  static Optional<Activity> activity(
      JsonNode node, String pointer, String place, List<Problem> problems) {
    return Records.activity(new Fields(node, pointer, place, ACTIVITY, problems));
  }

  static void write(JsonGenerator g, Activity a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id().value());
    g.writeStringField("type", a.type().key());
    g.writeStringField("unit", a.unit().value());
    g.writeStringField("date", a.date().toString());
    if (a.organiser().isPresent()) {
      g.writeStringField("organiser", a.organiser().get().value());
    }
    if (!a.quantities().isEmpty()) {
      g.writeObjectFieldStart("quantities");
      for (Map.Entry<String, Long> q : a.quantities().entrySet()) {
        g.writeNumberField(q.getKey(), q.getValue());
      }
      g.writeEndObject();
    }
    texts(g, "attributes", a.attributes());
    g.writeEndObject();
  }

  static Optional<DataValue> dataValue(
      JsonNode node, String pointer, String place, List<Problem> problems) {
    Fields f = new Fields(node, pointer, place, DATA_VALUE, problems);
    Optional<RecordId> id = f.value("id", true, "a record id", RecordId::of);
    Optional<DataElement> element = f.value("element", true, "a data element key", DataElement::of);
    Optional<UnitCode> unit = f.value("unit", true, "a unit code", UnitCode::of);
    Optional<ReportingPeriod> period =
        f.value(
            "period", true, "a period such as 2020, 2020Q3 or 2016/2020", ReportingPeriod::parse);
    Map<String, String> disaggregation = f.texts("disaggregation");
    Optional<java.time.LocalDate> asOf = f.date("asOf", false);
    Optional<String> source = f.text("source", false);
    JsonNode value = f.raw("value", true);
    Optional<Qualifier> qualifier =
        f.value(
            "qualifier", false, "exact, more-than, at-least, nearly or about", Qualifier::fromKey);
    Optional<String> measureUnit = f.text("measureUnit", false);
    Optional<Amount> amount = Optional.empty();
    if (value != null) {
      if (value.isIntegralNumber() && value.canConvertToLong()) {
        amount = Optional.of(Amount.of(value.longValue()));
      } else if (value.isNumber() && !value.isIntegralNumber()) {
        amount = Optional.of(Amount.of(Fields.decimal(value)));
      } else if (value.isTextual() && value.textValue().equals("n/a")) {
        if (qualifier.isPresent() || measureUnit.isPresent()) {
          f.fail("value", "\"n/a\" takes no qualifier and no measure unit");
        }
        amount = Optional.of(Amount.notApplicable());
      } else {
        f.fail(
            "value",
            "expected a number (a whole count or an exact decimal such as 621.9) or \"n/a\", got "
                + Fields.kind(value)
                + " "
                + value);
      }
    }
    Optional<Amount> reported = amount;
    return build(
        f,
        () ->
            DataValue.builder()
                .id(id.orElseThrow())
                .element(element.orElseThrow())
                .unit(unit.orElseThrow())
                .period(period.orElseThrow())
                .putAllDisaggregation(disaggregation)
                .amount(amount(reported.orElseThrow(), qualifier, measureUnit))
                .asOf(asOf)
                .source(source)
                .build());
  }

  private static Amount amount(
      Amount amount, Optional<Qualifier> qualifier, Optional<String> measureUnit) {
    Amount a = qualifier.map(amount::withQualifier).orElse(amount);
    return measureUnit.map(a::withMeasureUnit).orElse(a);
  }

  static void write(JsonGenerator g, DataValue v) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id().value());
    g.writeStringField("element", v.element().key());
    g.writeStringField("unit", v.unit().value());
    g.writeStringField("period", v.period().toString());
    texts(g, "disaggregation", v.disaggregation());
    Amount amount = v.amount();
    if (!amount.applicable()) {
      g.writeStringField("value", "n/a");
    } else if (amount.value().scale() == 0) {
      g.writeFieldName("value");
      g.writeNumber(amount.value().toBigIntegerExact());
    } else {
      g.writeFieldName("value");
      g.writeNumber(amount.value().toPlainString());
    }
    if (amount.qualifier() != Qualifier.EXACT) {
      g.writeStringField("qualifier", amount.qualifier().key());
    }
    if (amount.measureUnit().isPresent()) {
      g.writeStringField("measureUnit", amount.measureUnit().get());
    }
    if (v.asOf().isPresent()) {
      g.writeStringField("asOf", v.asOf().get().toString());
    }
    if (v.source().isPresent()) {
      g.writeStringField("source", v.source().get());
    }
    g.writeEndObject();
  }

  static Optional<Fact> fact(JsonNode node, String pointer, String place, List<Problem> problems) {
    Fields f = new Fields(node, pointer, place, FACT, problems);
    Optional<RecordId> id = f.value("id", true, "a record id", RecordId::of);
    Optional<Subject> subject =
        f.value("subject", true, "unit:CODE or organization:ID", Subject::parse);
    Optional<String> key = f.text("key", true);
    Optional<DateInterval> validity =
        f.value("validity", false, "a date interval start/end", DateInterval::parse);
    Optional<String> source = f.text("source", false);
    JsonNode raw = f.raw("value", true);
    Optional<FactValue> value = Optional.empty();
    if (raw != null) {
      value = factValue(raw);
      if (value.isEmpty()) {
        f.fail("value", "expected true, false, a number or a string, got " + Fields.kind(raw));
      }
    }
    Optional<FactValue> stated = value;
    return build(
        f,
        () ->
            Fact.builder()
                .id(id.orElseThrow())
                .subject(subject.orElseThrow())
                .key(key.orElseThrow())
                .value(stated.orElseThrow())
                .validity(validity.orElse(DateInterval.always()))
                .source(source)
                .build());
  }

  static void write(JsonGenerator g, Fact fact) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", fact.id().value());
    g.writeStringField("subject", fact.subject().toString());
    g.writeStringField("key", fact.key());
    FactValue value = fact.value();
    if (value instanceof FactValue.Flag flag) {
      g.writeBooleanField("value", flag.value());
    } else if (value instanceof FactValue.Decimal d) {
      g.writeFieldName("value");
      g.writeNumber(d.value());
    } else {
      g.writeStringField("value", value.toString());
    }
    if (!fact.validity().equals(DateInterval.always())) {
      g.writeStringField("validity", fact.validity().toString());
    }
    if (fact.source().isPresent()) {
      g.writeStringField("source", fact.source().get());
    }
    g.writeEndObject();
  }

  /** A fact value from JSON: a boolean, an exact number or a non-blank string; else empty. */
  static Optional<FactValue> factValue(JsonNode raw) {
    try {
      if (raw.isBoolean()) {
        return Optional.of(FactValue.of(raw.booleanValue()));
      } else if (raw.isNumber()) {
        return Optional.of(FactValue.of(Fields.decimal(raw)));
      } else if (raw.isTextual()) {
        return Optional.of(FactValue.of(raw.textValue()));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A fact value as JSON. */
  static JsonNode factValue(FactValue value) {
    com.fasterxml.jackson.databind.node.JsonNodeFactory nodes =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    if (value instanceof FactValue.Flag flag) {
      return nodes.booleanNode(flag.value());
    } else if (value instanceof FactValue.Decimal d) {
      return nodes.numberNode(d.value());
    }
    return nodes.textNode(value.toString());
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void texts(JsonGenerator g, String name, Map<String, String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : values.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}

package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitTag;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import io.github.qcdc.report.Fraction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Jackson module of qcdc: every value type of the core in its wire form, the same as in qcdc
 * documents. Single values (codes, ids, periods, intervals, tags, subjects, fractions) travel as
 * their text forms; records as the objects of a dataset document; indicators and compliance rules
 * as in a rule pack; figures, figure values and rule results as in a report; claims, reported
 * figures and audit findings as in a claims document (a finding standing alone holds its figure
 * under {@code figure}); datasets, gazetteers (a dataset document with units and successions only),
 * rule packs, reports and claims documents as their whole documents, {@code format} included.
 * Everything is read strictly, by the same readers as the documents. Found by {@code
 * ObjectMapper.findAndRegisterModules()} through {@code ServiceLoader}.
 *
 * <p>A whole document through the module is held as a tree while it is written or read; large
 * datasets go through {@link DatasetJson} and {@link ActivityNdjson}, which stream.
 *
 * <p>No Java class name is ever written and no polymorphic default typing is used.
 *
 * @since 0.1
 */
public final class QcdcModule extends SimpleModule {
  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** The types this module writes and reads, in the order they were added. */
  private final java.util.LinkedHashSet<Class<?>> types = new java.util.LinkedHashSet<>();

  /** The module. */
  public QcdcModule() {
    super(
        "qcdc",
        com.fasterxml.jackson.core.util.VersionUtil.parseVersion(
            io.github.qcdc.QcdcVersion.current(), "io.github.qcdc", "qcdc-io"));
    text(UnitCode.class, UnitCode::of);
    text(ReportingPeriod.class, ReportingPeriod::parse);
    text(DateInterval.class, DateInterval::parse);
    text(RecordId.class, RecordId::of);
    text(OrganizationId.class, OrganizationId::of);
    text(ActivityType.class, ActivityType::of);
    text(DataElement.class, DataElement::of);
    text(Subject.class, Subject::parse);
    text(UnitTag.class, UnitTag::parse);
    text(Fraction.class, Fraction::parse);
    text(io.github.qcdc.indicator.Breakdown.class, io.github.qcdc.indicator.Breakdown::parse);
    text(io.github.qcdc.indicator.Topic.class, io.github.qcdc.indicator.Topic::parse);
    keyed(
        io.github.qcdc.indicator.Topic.Category.class,
        io.github.qcdc.indicator.Topic.Category::key);
    keyed(
        io.github.qcdc.indicator.Topic.Setting.class, io.github.qcdc.indicator.Topic.Setting::key);
    keyed(io.github.qcdc.geo.Tier.class, io.github.qcdc.geo.Tier::key);
    keyed(io.github.qcdc.geo.UnitType.class, io.github.qcdc.geo.UnitType::key);
    keyed(io.github.qcdc.geo.SuccessionKind.class, io.github.qcdc.geo.SuccessionKind::key);
    keyed(
        io.github.qcdc.organization.OrganizationKind.class,
        io.github.qcdc.organization.OrganizationKind::key);
    keyed(io.github.qcdc.organization.Ownership.class, io.github.qcdc.organization.Ownership::key);
    keyed(io.github.qcdc.records.Qualifier.class, io.github.qcdc.records.Qualifier::key);
    keyed(io.github.qcdc.period.ReportingCalendar.class, DefinitionWriter::key);
    keyed(io.github.qcdc.text.Language.class, DefinitionWriter::key);
    keyed(io.github.qcdc.rule.Verdict.class, DefinitionWriter::key);
    keyed(io.github.qcdc.rule.Confidence.class, io.github.qcdc.rule.Confidence::key);
    keyed(io.github.qcdc.rule.ComplianceRule.Severity.class, DefinitionWriter::key);
    keyed(io.github.qcdc.indicator.Indicator.ZeroDenominator.class, DefinitionWriter::key);
    keyed(io.github.qcdc.engine.EvidenceDetail.class, DefinitionWriter::key);
    keyed(io.github.qcdc.audit.AuditFinding.Status.class, DefinitionWriter::key);
    keyed(io.github.qcdc.audit.Confidence.class, DefinitionWriter::key);
    keyed(io.github.qcdc.indicator.Breakdown.Dimension.class, DefinitionWriter::key);
    keyed(io.github.qcdc.indicator.Condition.Per.class, DefinitionWriter::key);
    keyed(io.github.qcdc.indicator.Condition.Comparison.class, DefinitionWriter::key);
    keyed(io.github.qcdc.indicator.Condition.DayCount.class, DefinitionWriter::key);
    keyed(io.github.qcdc.indicator.FactFilter.Timing.class, DefinitionWriter::key);
    keyed(io.github.qcdc.indicator.Population.Reference.Kind.class, DefinitionWriter::key);
    addSerializer(Amount.class, new AmountSerializer());
    addDeserializer(Amount.class, new AmountDeserializer());
    record(AdminUnit.class, Converters::unit, Converters::write);
    record(Succession.class, Converters::succession, Converters::write);
    record(Organization.class, Converters::organization, Converters::write);
    record(Activity.class, Converters::activity, Converters::write);
    record(DataValue.class, Converters::dataValue, Converters::write);
    record(Fact.class, Converters::fact, Converters::write);
    ModuleTypes.register(this);
  }

  /**
   * {@return the types this module writes and reads, in the order they were added: the core's value
   * types, records, definitions, results and whole documents} Another binding (the Jackson 3 module
   * of {@code qcdc-jackson3}) takes this list so that both speak of the same types.
   *
   * @since 0.2
   */
  public java.util.List<Class<?>> types() {
    return java.util.List.copyOf(types);
  }

  @Override
  public <T> SimpleModule addSerializer(Class<? extends T> type, JsonSerializer<T> serializer) {
    types.add(type);
    return super.addSerializer(type, serializer);
  }

  /**
   * An enum as its key in the documents ({@code "no-data"}, {@code "thanh-pho"}), never its Java
   * name; an unknown key is refused with the keys there are.
   */
  private <E extends Enum<E>> void keyed(Class<E> type, Function<E, String> keyOf) {
    addSerializer(type, serializer((g, value) -> g.writeString(keyOf.apply(value))));
    addDeserializer(
        type,
        new TextDeserializer<>(
            type,
            key -> {
              for (E constant : type.getEnumConstants()) {
                if (keyOf.apply(constant).equals(key)) {
                  return constant;
                }
              }
              throw new IllegalArgumentException(
                  "'"
                      + key
                      + "'; expected one of "
                      + java.util.Arrays.stream(type.getEnumConstants()).map(keyOf).toList());
            }));
  }

  private <T> void text(Class<T> type, Function<String, T> parse) {
    addSerializer(type, ToStringSerializer.instance);
    addDeserializer(type, new TextDeserializer<>(type, parse));
  }

  @FunctionalInterface
  private interface Reader<T> {
    Optional<T> read(JsonNode node, String pointer, String place, List<Problem> problems);
  }

  @FunctionalInterface
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> JsonSerializer<T> serializer(Writer<T> writer) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        writer.write(g, value);
      }
    };
  }

  private <T> void record(Class<T> type, Reader<T> reader, Writer<T> writer) {
    addSerializer(type, serializer(writer));
    addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String place =
                "line "
                    + p.currentTokenLocation().getLineNr()
                    + ", column "
                    + p.currentTokenLocation().getColumnNr();
            // read exactly whatever the caller's mapper does with floats: 621.90 keeps its scale
            JsonNode node = DatasetJson.MAPPER.readTree(p);
            List<Problem> problems = new ArrayList<>();
            Optional<T> value = reader.read(node, "", place, problems);
            if (value.isEmpty()) {
              return context.reportInputMismatch(
                  type,
                  "invalid %s: %s",
                  type.getSimpleName(),
                  String.join("; ", problems.stream().map(Problem::toString).toList()));
            }
            return value.get();
          }
        });
  }

  /** Reads a value from its text form, reporting the parser's message. */
  private static final class TextDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    TextDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
        return context.reportInputMismatch(
            type, "expected %s as a string, got %s", type.getSimpleName(), p.currentToken());
      }
      try {
        return parse.apply(p.getText());
      } catch (IllegalArgumentException e) {
        return context.reportInputMismatch(
            type, "invalid %s: %s", type.getSimpleName(), e.getMessage());
      }
    }
  }

  /**
   * An exact count as a JSON integer; any other amount as its text form, a string ({@code "n/a"},
   * {@code "621.90"}, {@code "gần 800 tỷ đồng"}), so that no reader takes a decimal through a
   * binary float or loses its scale. A JSON decimal number is read too.
   */
  private static final class AmountSerializer extends JsonSerializer<Amount> {
    @Override
    public void serialize(Amount amount, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (amount.isExactCount()) {
        g.writeNumber(amount.count());
      } else {
        g.writeString(amount.toString());
      }
    }
  }

  private static final class AmountDeserializer extends JsonDeserializer<Amount> {
    @Override
    public Amount deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT)) {
        return Amount.of(p.getLongValue());
      }
      if (p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT)) {
        return Amount.of(p.getDecimalValue());
      }
      if (p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
        try {
          return Amount.parse(p.getText());
        } catch (IllegalArgumentException e) {
          return context.reportInputMismatch(Amount.class, "%s", e.getMessage());
        }
      }
      return context.reportInputMismatch(
          Amount.class,
          "expected a number, an amount's text such as \"gần 800\" or \"n/a\", got %s",
          p.getText());
    }
  }
}

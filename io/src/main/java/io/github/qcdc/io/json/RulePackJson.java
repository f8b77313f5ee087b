package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Topic;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingCalendar;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.ImmutableComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes rule pack documents, {@code "format": "qcdc.rulepack/1"}: the pack's id,
 * version, calendar and parameters, its indicators and its rules, with every filter, measure,
 * population, expression and condition as an object with an explicit {@code kind}, and its worked
 * examples, each with the records it is given as a nested dataset document ({@code examples},
 * written only when the pack has some).
 *
 * <p>Reading is strict, like {@link DatasetJson}: every problem names the source, the line and
 * column of the indicator or rule, and the JSON pointer of the field; the pack's own checks ({@link
 * RulePack#validateDefinitions()}) run too. Writing is deterministic, one definition a line. The
 * limits of {@link DatasetJson} hold, with documents of at most {@value #MAX_DOCUMENT} bytes.
 *
 * @since 0.1
 */
public final class RulePackJson {
  /** The format this version reads and writes. */
  public static final String FORMAT = "qcdc.rulepack/1";

  /** Largest rule pack document accepted, in bytes (16 MiB). */
  public static final long MAX_DOCUMENT = 16L << 20;

  private static final ObjectMapper MAPPER =
      DatasetJson.exact(new ObjectMapper(DatasetJson.factory(MAX_DOCUMENT)));
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> INDICATOR =
      Set.of("id", "title", "definition", "breakdowns", "format", "topic");
  private static final Set<String> RULE =
      Set.of(
          "id",
          "version",
          "title",
          "legalBasis",
          "validity",
          "population",
          "condition",
          "severity",
          "parameters",
          "absenceMeansZero",
          "description",
          "confidence",
          "disabled",
          "verifiedUntil",
          "topic");

  /** What a topic field holds, for messages. */
  static final String TOPIC =
      "a topic category/setting (category publicity, decision, consultation, supervision or"
          + " other; setting commune, agency or enterprise)";

  private RulePackJson() {}

  /**
   * Writes {@code pack}, its worked examples included, to {@code out}; does not close {@code out}.
   * Write {@link RulePack#withoutExamples()} for the definitions alone.
   *
   * @param pack the rule pack
   * @param out where it is written; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(RulePack pack, OutputStream out) throws IOException {
    DocumentPrinter.document(
        out,
        FORMAT,
        g -> {
          g.writeStringField("id", pack.id());
          g.writeStringField("version", pack.version());
          g.writeStringField("calendar", DefinitionWriter.key(pack.calendar()));
          g.writeFieldName("parameters");
          g.writeTree(DefinitionWriter.parameters(pack.parameters()));
          g.writeArrayFieldStart("indicators");
          for (Indicator indicator : pack.indicators()) {
            g.writeTree(write(indicator));
          }
          g.writeEndArray();
          g.writeArrayFieldStart("rules");
          for (ComplianceRule rule : pack.rules()) {
            g.writeTree(write(rule));
          }
          g.writeEndArray();
          if (!pack.examples().isEmpty()) {
            g.writeArrayFieldStart("examples");
            for (RuleExample example : pack.examples()) {
              RuleExamples.write(g, example);
            }
            g.writeEndArray();
          }
        });
  }

  static ObjectNode write(Indicator indicator) {
    ObjectNode n = NODES.objectNode().put("id", indicator.id());
    n.set("title", DefinitionWriter.write(indicator.title()));
    ObjectNode d = n.putObject("definition");
    Indicator.Definition definition = indicator.definition();
    if (definition instanceof Indicator.Value v) {
      d.put("kind", "measure").set("measure", DefinitionWriter.write(v.measure()));
    } else if (definition instanceof Indicator.Ratio r) {
      d.put("kind", "ratio").put("zeroDenominator", DefinitionWriter.key(r.zeroDenominator()));
      d.set("numerator", DefinitionWriter.write(r.numerator()));
      d.set("denominator", DefinitionWriter.write(r.denominator()));
    } else if (definition instanceof Indicator.Coverage c) {
      d.put("kind", "coverage");
      d.set("population", DefinitionWriter.write(c.population()));
      d.set("condition", DefinitionWriter.write(c.condition()));
    } else if (definition instanceof Indicator.ComplianceRate c) {
      d.put("kind", "compliance-rate").put("rule", c.ruleId());
    }
    var breakdowns = n.putArray("breakdowns");
    indicator.breakdowns().forEach(b -> breakdowns.add(b.toString()));
    n.set("format", DefinitionWriter.write(indicator.format()));
    indicator.topic().ifPresent(t -> n.put("topic", t.toString()));
    return n;
  }

  /** A legal basis as rule packs write it: document, and article, clause and text if any. */
  static ObjectNode write(LegalBasis legalBasis) {
    ObjectNode basis = NODES.objectNode().put("document", legalBasis.document());
    legalBasis.article().ifPresent(a -> basis.put("article", a));
    legalBasis.clause().ifPresent(c -> basis.put("clause", c));
    legalBasis.text().ifPresent(t -> basis.put("text", t));
    return basis;
  }

  static ObjectNode write(ComplianceRule rule) {
    ObjectNode n = NODES.objectNode().put("id", rule.id()).put("version", rule.version());
    n.set("title", DefinitionWriter.write(rule.title()));
    n.set("legalBasis", write(rule.legalBasis()));
    n.put("validity", rule.validity().toString());
    n.set("population", DefinitionWriter.write(rule.population()));
    n.set("condition", DefinitionWriter.write(rule.condition()));
    n.put("severity", DefinitionWriter.key(rule.severity()));
    n.set("parameters", DefinitionWriter.parameters(rule.parameters()));
    n.put("absenceMeansZero", rule.absenceMeansZero());
    rule.description().ifPresent(d -> n.set("description", DefinitionWriter.write(d)));
    rule.confidence().ifPresent(c -> n.put("confidence", c.key()));
    rule.disabledBecause().ifPresent(reason -> n.put("disabled", reason));
    rule.verifiedUntil().ifPresent(day -> n.put("verifiedUntil", day.toString()));
    rule.topic().ifPresent(t -> n.put("topic", t.toString()));
    return n;
  }

  /**
   * {@return the JSON Schema (2020-12) of rule pack documents, shipped in this jar} The reader
   * checks more than a schema can say: unique ids, rules named by compliance rates, defined
   * parameters.
   */
  public static InputStream schema() {
    return DocumentScanner.schema(FORMAT);
  }

  /**
   * Reads a rule pack document; {@code source} names it in problems.
   *
   * @param in the document's bytes, UTF-8; not closed
   * @param source the name problems give the text ({@code activities.csv})
   * @return the rule pack read
   * @throws QcdcException listing every problem, each with its place
   * @throws IOException if the stream fails
   */
  public static RulePack read(InputStream in, String source) throws IOException {
    ProblemList problems = new ProblemList();
    Header header = new Header();
    List<Indicator> indicators = new ArrayList<>();
    List<ComplianceRule> rules = new ArrayList<>();
    List<RuleExample> examples = new ArrayList<>();
    Map<String, List<String>> places = new TreeMap<>(); // per array, each element's file:line:col
    new DocumentScanner(source, FORMAT, "rule pack", problems)
        .scan(
            MAPPER,
            in,
            Set.of("indicators", "rules", "examples"),
            (array, node, place, pointer) -> {
              Definitions read = new Definitions(place, problems);
              places.computeIfAbsent(array, a -> new ArrayList<>()).add(place);
              if (array.equals("examples")) {
                Optional.ofNullable(RuleExamples.read(node, place, pointer, problems))
                    .ifPresent(examples::add);
              } else if (array.equals("indicators")) {
                Optional.ofNullable(indicator(read, node, pointer)).ifPresent(indicators::add);
              } else {
                Optional.ofNullable(rule(read, node, pointer)).ifPresent(rules::add);
              }
            },
            (name, value, place) -> header.read(name, value, place, problems));
    if (problems.isEmpty()) {
      RulePack pack;
      try {
        pack =
            new RulePack(
                header.id,
                header.version,
                header.calendar,
                ImmutableSortedMap.copyOf(header.parameters),
                ImmutableList.copyOf(indicators),
                ImmutableList.copyOf(rules),
                ImmutableList.copyOf(examples));
      } catch (IllegalArgumentException e) {
        // the pack's own checks of its id, version and parameters: placed on the header
        problems.add(Problem.of(header.place, "%s", String.valueOf(e.getMessage())));
        throw problems.failure("rule pack", source);
      }
      pack.validateDefinitions()
          .forEach(p -> problems.add(Problem.of(placeOf(p, places, source), p.message())));
      if (problems.isEmpty()) {
        return pack;
      }
    }
    throw problems.failure("rule pack", source);
  }

  /**
   * Where a pack's cross-reference problem lies: the element it names ({@code indicators}, 0, field
   * {@code rule}) turned into the element's line and column and a JSON pointer ({@code p.json:3:5
   * /indicators/0/rule}); the pack's path as it is when it names no element of the document.
   */
  private static String placeOf(Problem problem, Map<String, List<String>> places, String source) {
    if (problem.item().isPresent()) {
      Problem.Item item = problem.item().get();
      List<String> found = places.getOrDefault(item.collection(), List.of());
      if (item.index() < found.size()) {
        return found.get(item.index())
            + " /"
            + item.collection()
            + "/"
            + item.index()
            + (item.field().isEmpty() ? "" : "/" + item.field().replace('.', '/'));
      }
    }
    return source + " " + problem.path();
  }

  /** The top-level fields of a pack. */
  private static final class Header {
    String id = "unnamed";
    String version = "0";

    /** Where the header field last read stands (for the pack's own checks). */
    String place = "";

    ReportingCalendar calendar = ReportingCalendar.CIVIL;
    Map<String, Long> parameters = new TreeMap<>();

    /** A string field's text; a number, a boolean or null is a problem, never read as text. */
    private static String text(JsonNode value, String at, List<Problem> problems, String current) {
      if (value.isTextual() && !value.textValue().isBlank()) {
        return value.textValue();
      }
      problems.add(
          Problem.of(
              at,
              "expected a non-empty string, got %s",
              value.isTextual()
                  ? "an empty string"
                  : value.isNull() ? "null" : Fields.kind(value) + " " + value));
      return current;
    }

    void read(String name, JsonNode value, String place, List<Problem> problems) {
      String at = place + " /" + name;
      if (name.equals("id") || this.place.isEmpty()) {
        this.place = at;
      }
      switch (name) {
        case "id" -> id = text(value, at, problems, id);
        case "version" -> version = text(value, at, problems, version);
        case "calendar" -> {
          switch (value.isTextual() ? value.textValue() : "") {
            case "civil" -> calendar = ReportingCalendar.CIVIL;
            case "decree-09-2019" -> calendar = ReportingCalendar.DECREE_09_2019;
            default ->
                problems.add(Problem.of(at, "expected civil or decree-09-2019, got %s", value));
          }
        }
        case "parameters" -> {
          if (!value.isObject()) {
            problems.add(Problem.of(at, "expected an object of whole numbers"));
            return;
          }
          for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (e.getValue().isIntegralNumber() && e.getValue().canConvertToLong()) {
              parameters.put(e.getKey(), e.getValue().longValue());
            } else {
              problems.add(
                  Problem.of(
                      at + "/" + e.getKey(), "expected a whole number, got %s", e.getValue()));
            }
          }
        }
        default ->
            problems.add(
                Problem.of(
                    at,
                    "unknown field; expected format, id, version, calendar, parameters, indicators, rules or examples"));
      }
    }
  }

  static @Nullable Indicator indicator(Definitions read, JsonNode node, String pointer) {
    List<Problem> local = new ArrayList<>();
    Fields f = new Fields(node, pointer, readPlace(read), INDICATOR, local);
    Optional<String> id = f.text("id", true);
    Optional<Topic> topic = f.value("topic", false, TOPIC, Topic::parse);
    List<Breakdown> breakdowns = f.list("breakdowns", false, "a breakdown", Breakdown::parse);
    JsonNode definition = f.raw("definition", true);
    JsonNode titleNode = f.raw("title", false);
    JsonNode formatNode = f.raw("format", false);
    read.report(local);
    if (f.failed() || definition == null) {
      return null;
    }
    var title = titleNode == null ? null : read.phrase(titleNode, pointer + "/title");
    FigureFormat format =
        formatNode == null ? FigureFormat.plain() : read.format(formatNode, pointer + "/format");
    Indicator.Definition d = read.definition(definition, pointer + "/definition");
    if (d == null || format == null || (titleNode != null && title == null)) {
      return null;
    }
    try {
      Indicator indicator =
          new Indicator(
              id.orElseThrow(),
              title == null ? io.github.qcdc.indicator.Phrase.of(id.get(), id.get()) : title,
              d,
              ImmutableList.copyOf(breakdowns),
              format,
              topic);
      return indicator;
    } catch (IllegalArgumentException e) {
      read.report(
          List.of(Problem.of(readPlace(read) + " " + pointer, String.valueOf(e.getMessage()))));
      return null;
    }
  }

  private static String readPlace(Definitions read) {
    return read.place();
  }

  static @Nullable ComplianceRule rule(Definitions read, JsonNode node, String pointer) {
    List<Problem> local = new ArrayList<>();
    Fields f = new Fields(node, pointer, read.place(), RULE, local);
    ImmutableComplianceRule.Builder builder = scalars(f);
    JsonNode descriptionNode = f.raw("description", false);
    JsonNode titleNode = f.raw("title", true);
    JsonNode basisNode = f.raw("legalBasis", true);
    JsonNode populationNode = f.raw("population", true);
    JsonNode conditionNode = f.raw("condition", true);
    read.report(local);
    if (f.failed()
        || titleNode == null
        || basisNode == null
        || populationNode == null
        || conditionNode == null) {
      return null;
    }
    var title = read.phrase(titleNode, pointer + "/title");
    LegalBasis basis = read.legalBasis(basisNode, pointer + "/legalBasis");
    var population = read.population(populationNode, pointer + "/population");
    var condition = read.condition(conditionNode, pointer + "/condition");
    var description =
        descriptionNode == null ? null : read.phrase(descriptionNode, pointer + "/description");
    if (title == null
        || basis == null
        || population == null
        || condition == null
        || (descriptionNode != null && description == null)) {
      return null;
    }
    try {
      return builder
          .title(title)
          .legalBasis(basis)
          .population(population)
          .condition(condition)
          .description(Optional.ofNullable(description))
          .build();
    } catch (IllegalArgumentException e) {
      read.report(
          List.of(Problem.of(read.place() + " " + pointer, String.valueOf(e.getMessage()))));
      return null;
    }
  }

  /**
   * A rule's builder with its scalar fields read: id, version (1), validity (always), severity
   * (mandatory), parameters, absenceMeansZero (false), confidence and why it is disabled.
   */
  private static ImmutableComplianceRule.Builder scalars(Fields f) {
    ImmutableComplianceRule.Builder builder = ImmutableComplianceRule.builder();
    f.text("id", true).ifPresent(builder::id);
    builder.version(f.small("version", false, 1, Integer.MAX_VALUE).orElse(1));
    builder.validity(
        f.value("validity", false, "a date interval start/end", DateInterval::parse)
            .orElse(DateInterval.always()));
    builder.severity(
        f.value(
                "severity",
                false,
                "mandatory or recommended",
                s -> ComplianceRule.Severity.valueOf(s.toUpperCase(Locale.ROOT)))
            .orElse(ComplianceRule.Severity.MANDATORY));
    builder.parameters(f.wholes("parameters"));
    builder.absenceMeansZero(f.flag("absenceMeansZero").orElse(false));
    builder.confidence(
        f.value(
            "confidence",
            false,
            "confirmed, confirmed-secondary, inferred or unverified",
            c -> Confidence.valueOf(c.toUpperCase(Locale.ROOT).replace('-', '_'))));
    builder.disabledBecause(f.text("disabled", false));
    builder.verifiedUntil(
        f.value("verifiedUntil", false, "a date yyyy-mm-dd", java.time.LocalDate::parse));
    builder.topic(f.value("topic", false, TOPIC, Topic::parse));
    return builder;
  }
}

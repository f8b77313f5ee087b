package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.io.internal.ActivityFields;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes dataset documents, {@code "format": "qcdc.dataset/1"}.
 *
 * <p>A document is one JSON object: {@code format}, then the arrays {@code units}, {@code
 * successions}, {@code organizations}, {@code activities}, {@code dataValues} and {@code facts},
 * each optional, the first two before the others. Records stream: each element is read, checked and
 * added to the dataset builder in turn, so millions of activities take little more memory than the
 * dataset.
 *
 * <p>Reading is strict. Unknown fields, missing required fields, wrong types, bad dates, periods
 * and codes, and everything the gazetteer and dataset builders check (duplicate ids, dangling
 * references...) are problems naming the source, the line and column of the record, and the JSON
 * pointer of the field: {@code data.json:12:5 /activities/3/unit: activity a3: unknown unit 99999}.
 * Every problem is reported, up to {@value #PROBLEM_LIMIT}, then their count. A document from
 * another format, or from a later major version, is refused before anything else is read.
 *
 * <p>Limits against hostile input: nesting depth {@value #MAX_DEPTH}, strings of {@value
 * #MAX_STRING} characters, numbers of {@value #MAX_NUMBER} digits, documents of {@value
 * #MAX_DOCUMENT} bytes (4 GiB, some 45 million activities; an NDJSON stream of {@link
 * ActivityNdjson} has the same cap, so larger sets come as several files). A document over a limit
 * fails with {@code limit exceeded: ...} as soon as the limit is crossed, for the length of a
 * document within one input buffer (8,000 bytes) of it.
 *
 * <p>Writing is deterministic: the same dataset gives the same bytes, sections in the order above,
 * one record per line, records in the dataset's order.
 *
 * @since 0.1
 */
public final class DatasetJson {
  /** The format this version reads and writes. */
  public static final String FORMAT = "qcdc.dataset/1";

  /** How many problems a failed read lists before it only counts the rest. */
  public static final int PROBLEM_LIMIT = 1000;

  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 32;

  /** Longest string accepted, in characters. */
  public static final int MAX_STRING = 100_000;

  /** Longest number accepted, in digits. */
  public static final int MAX_NUMBER = 100;

  /** Largest dataset document accepted, in bytes (4 GiB). */
  public static final long MAX_DOCUMENT = 4L << 30;

  static final ObjectMapper MAPPER = exact(new ObjectMapper(factory()));

  /**
   * {@code mapper} reading every number exactly: decimals as {@code BigDecimal} (never through a
   * {@code double}: {@code 0.30000000000000000001} stays what it is).
   */
  static ObjectMapper exact(ObjectMapper mapper) {
    return mapper
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(
            com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  }

  private DatasetJson() {}

  static JsonFactory factory() {
    return factory(MAX_DOCUMENT);
  }

  /** A factory with the limits above and documents of at most {@code maxDocument} bytes. */
  static JsonFactory factory(long maxDocument) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(maxDocument)
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(MAX_NUMBER)
                .build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * {@return the JSON Schema (2020-12) of dataset documents, shipped in this jar} The reader checks
   * more than a schema can say: references, validity on a record's day, unique ids.
   */
  public static InputStream schema() {
    return DocumentScanner.schema(FORMAT);
  }

  /** The message of a syntax error or a crossed limit, without the parser's source description. */
  /** The problem of text after a document's closing brace. */
  static final String TRAILING =
      "text after the end of the document: one file holds one document (a second document, or"
          + " stray text, is refused rather than ignored)";

  static String malformed(JsonProcessingException e) {
    return (e instanceof StreamConstraintsException ? "limit exceeded: " : "malformed JSON: ")
        + e.getOriginalMessage()
            .replaceAll("\\[Source: [^;]*; (line: \\d+, column: \\d+)\\]", "$1")
            .replaceAll(", from `[^`]*`", "");
  }

  /** The sections of a document, in order. */
  enum Section {
    UNITS("units", 0),
    SUCCESSIONS("successions", 1),
    ORGANIZATIONS("organizations", 2),
    ACTIVITIES("activities", 3),
    DATA_VALUES("dataValues", 4),
    FACTS("facts", 5);

    final String field;
    final int index;

    Section(String field, int index) {
      this.field = field;
      this.index = index;
    }

    static Optional<Section> of(String field) {
      for (Section s : values()) {
        if (s.field.equals(field)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Reads a dataset document; {@code source} names it in problems.
   *
   * @param in the document's bytes, UTF-8; not closed
   * @param source the name problems give the text ({@code activities.csv})
   * @return the dataset read
   * @throws QcdcException listing every problem, each with its place
   * @throws IOException if the stream fails
   */
  public static Dataset read(InputStream in, String source) throws IOException {
    return new Reader(source).read(in);
  }

  /**
   * Writes {@code dataset} as a document to {@code out}, UTF-8; does not close {@code out}.
   *
   * @param dataset the dataset written
   * @param out where it is written; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Dataset dataset, OutputStream out) throws IOException {
    DocumentPrinter.document(out, FORMAT, g -> writeSections(g, dataset));
  }

  /**
   * Writes {@code dataset} as a document object nested in another document (a rule pack's worked
   * example), {@code format} first.
   */
  static void writeNested(JsonGenerator g, Dataset dataset) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    writeSections(g, dataset);
    g.writeEndObject();
  }

  private static void writeSections(JsonGenerator g, Dataset dataset) throws IOException {
    writeSection(g, Section.UNITS, dataset.gazetteer().units(), Converters::write);
    writeSection(g, Section.SUCCESSIONS, dataset.gazetteer().successions(), Converters::write);
    writeSection(g, Section.ORGANIZATIONS, dataset.organizations(), Converters::write);
    ActivityTable table = dataset.activities();
    g.writeArrayFieldStart(Section.ACTIVITIES.field);
    for (int row = 0; row < table.size(); row++) {
      Converters.write(g, table.get(row));
    }
    g.writeEndArray();
    writeSection(g, Section.DATA_VALUES, dataset.dataValues(), Converters::write);
    writeSection(g, Section.FACTS, dataset.facts(), Converters::write);
  }

  /**
   * Reads the dataset document {@code json} nested in another document at {@code place} and {@code
   * pointer} (a worked example's {@code given}): every problem is placed there, with the pointer of
   * its field from the outer document's root, and added to {@code sink}.
   *
   * @return the dataset, or empty if it has problems
   */
  static Optional<Dataset> readNested(byte[] json, String place, String pointer, List<Problem> sink)
      throws IOException {
    try {
      return Optional.of(new Reader(place, place, pointer).read(new ByteArrayInputStream(json)));
    } catch (QcdcException e) {
      sink.addAll(e.problems());
      return Optional.empty();
    }
  }

  @FunctionalInterface
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void writeSection(
      JsonGenerator g, Section section, List<T> values, Writer<T> writer) throws IOException {
    g.writeArrayFieldStart(section.field);
    for (T value : values) {
      writer.write(g, value);
    }
    g.writeEndArray();
  }

  /** One read of one document. */
  private static final class Reader {
    private final String source;
    private final ProblemList problems = new ProblemList();

    /** Per section, each record's line (high 32 bits) and column (low 32 bits). */
    private final long[][] places = new long[6][16];

    private final int[] counts = new int[6];
    private final List<AdminUnit> units = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();
    private Dataset.@Nullable Builder builder;
    private boolean gazetteerReady;
    private final ActivityLine activities = new ActivityLine(MAPPER.getFactory());

    /** The one place of every problem, for a document nested in another; else null. */
    private final @Nullable String fixedPlace;

    /** The pointer of this document in the outer one ({@code /examples/3/given}), or empty. */
    private final String prefix;

    Reader(String source) {
      this(source, null, "");
    }

    Reader(String source, @Nullable String fixedPlace, String prefix) {
      this.source = source;
      this.fixedPlace = fixedPlace;
      this.prefix = prefix;
    }

    private String place(JsonLocation location) {
      return fixedPlace != null
          ? fixedPlace
          : source + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private void problem(JsonLocation at, String pointer, String message) {
      String full = prefix + pointer;
      problems.add(Problem.of(full.isEmpty() ? place(at) : place(at) + " " + full, message));
    }

    Dataset read(InputStream in) throws IOException {
      try (JsonParser p = MAPPER.getFactory().createParser(in)) {
        try {
          document(p);
        } catch (JsonProcessingException e) {
          JsonLocation at = e.getLocation() == null ? p.currentLocation() : e.getLocation();
          problem(at, "", malformed(e));
        }
      }
      Optional<Dataset.Builder> records = gazetteerBuilt();
      if (problems.isEmpty() && records.isPresent()) {
        try {
          return records.get().build();
        } catch (QcdcException e) {
          e.problems().forEach(this::located);
        }
      }
      throw problems.failure("dataset document", source);
    }

    private void document(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problem(
            p.currentTokenLocation(),
            "",
            "expected a JSON object with \"format\": \"" + FORMAT + "\"");
        return;
      }
      boolean formatSeen = false;
      Section last = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        p.nextToken();
        if (name.equals("format")) {
          formatSeen = true;
          if (!format(p, at)) {
            return;
          }
          continue;
        }
        Optional<Section> section = Section.of(name);
        if (section.isEmpty()) {
          problem(
              at,
              "/" + name,
              "unknown field; expected format, units, successions, organizations, activities, dataValues or facts");
          p.skipChildren();
          continue;
        }
        if (!formatSeen) {
          problem(at, "/format", "the format must come first: \"format\": \"" + FORMAT + "\"");
          return;
        }
        if (last != null && section.get().compareTo(last) <= 0) {
          problem(
              at,
              "/" + name,
              "sections must be in the order units, successions, organizations, activities, dataValues, facts, each once");
          p.skipChildren();
          continue;
        }
        last = section.get();
        section(p, section.get());
      }
      if (!formatSeen) {
        problem(
            p.currentTokenLocation(),
            "/format",
            "required field is missing; expected \"" + FORMAT + "\"");
      }
      if (p.currentToken() == JsonToken.END_OBJECT && p.nextToken() != null) {
        problem(p.currentTokenLocation(), "", TRAILING);
      }
    }

    private boolean format(JsonParser p, JsonLocation at) throws IOException {
      String format = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
      if (FORMAT.equals(format)) {
        return true;
      }
      String why =
          DocumentScanner.formatMismatch(format == null ? p.getText() : format, FORMAT, "dataset");
      problem(at, "/format", why);
      return false;
    }

    private void section(JsonParser p, Section section) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        problem(p.currentTokenLocation(), "/" + section.field, "expected an array");
        p.skipChildren();
        return;
      }
      if (section.compareTo(Section.ORGANIZATIONS) >= 0) {
        gazetteerBuilt();
      }
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        JsonLocation at = p.currentTokenLocation();
        remember(section, at);
        JsonNode node = MAPPER.readTree(p);
        Dataset.Builder records = builder;
        ActivityFields quick =
            section == Section.ACTIVITIES && records != null ? activities.read(node) : null;
        if (quick != null && records != null) {
          quick.addTo(records); // a plain activity: no place or pointer written
        } else {
          element(section, node, prefix + "/" + section.field + "/" + index, place(at));
        }
        index++;
      }
    }

    private Optional<Dataset.Builder> records() {
      return Optional.ofNullable(builder);
    }

    private void remember(Section section, JsonLocation at) {
      int s = section.index;
      if (counts[s] == places[s].length) {
        places[s] = java.util.Arrays.copyOf(places[s], counts[s] * 2);
      }
      places[s][counts[s]++] = ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xffffffffL);
    }

    private void element(Section section, JsonNode node, String pointer, String place) {
      List<Problem> found = new ArrayList<>();
      switch (section) {
        case UNITS -> Converters.unit(node, pointer, place, found).ifPresent(units::add);
        case SUCCESSIONS ->
            Converters.succession(node, pointer, place, found).ifPresent(successions::add);
        case ORGANIZATIONS ->
            Converters.organization(node, pointer, place, found)
                .ifPresent(o -> records().ifPresent(b -> b.add(o)));
        case ACTIVITIES ->
            Converters.activity(node, pointer, place, found)
                .ifPresent(a -> records().ifPresent(b -> b.add(a)));
        case DATA_VALUES ->
            Converters.dataValue(node, pointer, place, found)
                .ifPresent(v -> records().ifPresent(b -> b.add(v)));
        case FACTS ->
            Converters.fact(node, pointer, place, found)
                .ifPresent(f -> records().ifPresent(b -> b.add(f)));
      }
      problems.addAll(found);
    }

    /**
     * Builds the gazetteer once, when the first record that needs it arrives; empty if the units
     * have problems (records are then checked for their own form only).
     */
    private Optional<Dataset.Builder> gazetteerBuilt() {
      if (!gazetteerReady) {
        gazetteerReady = true;
        try {
          builder =
              Dataset.builder(
                  Gazetteer.builder().addAll(units).addSuccessions(successions).build());
        } catch (QcdcException e) {
          e.problems().forEach(this::located);
        }
      }
      return Optional.ofNullable(builder);
    }

    /** Turns a builder problem ({@code activities[3].unit}) into one with the record's place. */
    private void located(Problem problem) {
      Optional<Problem.Item> item = problem.item();
      Optional<Section> section = item.flatMap(i -> Section.of(i.collection()));
      if (section.isEmpty()) {
        String where = fixedPlace != null ? fixedPlace + " " + prefix : source;
        problems.add(Problem.of(where + " " + problem.path(), problem.message()));
        return;
      }
      int index = item.get().index();
      int s = section.get().index;
      long known = index < counts[s] ? places[s][index] : -1;
      String where =
          fixedPlace != null
              ? fixedPlace
              : known < 0 ? source : source + ":" + (known >>> 32) + ":" + (int) known;
      String field = item.get().field();
      String pointer = field.isEmpty() ? "" : "/" + field.replace('.', '/');
      problems.add(
          Problem.of(
              where + " " + prefix + "/" + section.get().field + "/" + index + pointer,
              problem.message()));
    }
  }
}

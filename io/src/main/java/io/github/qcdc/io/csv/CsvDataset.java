package io.github.qcdc.io.csv;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitTag;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.internal.RecordLines;
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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A dataset read from the CSV files provinces keep in spreadsheets, one file a kind of record.
 * Templates, in {@code docs/csv.md} with an example of each:
 *
 * <ul>
 *   <li>units: {@code code,name,type} and optionally {@code parent,validity,tags} (tags separated
 *       by {@code ;});
 *   <li>organisations: {@code id,name,kind,unit} and optionally {@code
 *       parent,validity,ownership,trade_union,employees,attribute.KEY};
 *   <li>activities: {@code id,type,unit,date} and optionally {@code
 *       organiser,quantity.KEY,attribute.KEY};
 *   <li>data values: {@code id,element,unit,period,value} and optionally {@code
 *       as_of,source,disaggregation.CATEGORY}; a value is {@code n/a} (not applicable) or a number
 *       with an optional qualifier before it and measure unit after it ({@code gần 800}, {@code
 *       621.9 km}, {@code 95%}), written plainly unless the header names the column {@code
 *       value:vi} ({@code 5.973}, {@code 621,9}) or {@code value:en} ({@code 5,973}); see {@link
 *       DataValueCsv};
 *   <li>facts: {@code id,subject,key,value} ({@code true}, {@code false}, a number such as {@code
 *       16493.7}, or a text) and optionally {@code validity,source}.
 * </ul>
 *
 * <p>UTF-8 with or without a byte-order mark, a header row, columns in any order; dates {@code
 * yyyy-MM-dd} or {@code dd/MM/yyyy}; an empty cell is absent. Every row of every file is checked,
 * every problem names the file, the line and the column, and the dataset builder's problems are
 * placed on their rows. Nothing is skipped silently: files with a problem give no dataset.
 *
 * @since 0.1
 */
public final class CsvDataset {
  static final CsvRows.Spec UNITS =
      new CsvRows.Spec(
          "units",
          List.of("code", "name", "type"),
          List.of("parent", "validity", "tags"),
          List.of());
  static final CsvRows.Spec ORGANIZATIONS =
      new CsvRows.Spec(
          "organizations",
          List.of("id", "name", "kind", "unit"),
          List.of("parent", "validity", "ownership", "trade_union", "employees"),
          List.of("attribute."));
  static final CsvRows.Spec ACTIVITIES =
      new CsvRows.Spec(
          "activities",
          List.of("id", "type", "unit", "date"),
          List.of("organiser"),
          List.of("quantity.", "attribute."));
  static final CsvRows.Spec DATA_VALUES =
      new CsvRows.Spec(
          "dataValues",
          List.of("id", "element", "unit", "period", "value"),
          List.of("as_of", "source"),
          List.of("disaggregation."),
          List.of("value"));
  static final CsvRows.Spec FACTS =
      new CsvRows.Spec(
          "facts",
          List.of("id", "subject", "key", "value"),
          List.of("validity", "source"),
          List.of());

  /** Reads one file of one kind through {@code read}, named by its file name in problems. */
  static Dataset readFile(Path file, FileReader read) throws IOException {
    try (java.io.BufferedReader reader = io.github.qcdc.io.internal.Utf8Reader.open(file)) {
      Path name = file.getFileName();
      return read.read(reader, name == null ? file.toString() : name.toString());
    }
  }

  /** A reader of one kind of file from its text and its name. */
  @FunctionalInterface
  interface FileReader {
    Dataset read(java.io.Reader reader, String name) throws IOException;
  }

  /** A named source of CSV text. */
  @FunctionalInterface
  public interface Source {
    /** Opens the text; the caller closes it. */
    Reader open() throws IOException;
  }

  /** A file to read: its name in problems, its text. */
  record File(String name, Source source) {}

  private final @Nullable Gazetteer gazetteer;
  private @Nullable File units;
  private @Nullable File successions;
  private final Map<CsvRows.Spec, File> files = new LinkedHashMap<>();
  private boolean quickRows = true;

  private CsvDataset(@Nullable Gazetteer gazetteer, @Nullable File units) {
    this.gazetteer = gazetteer;
    this.units = units;
  }

  /**
   * Records over {@code gazetteer} (the bundled units, say), which {@link #units(Path)} and {@link
   * #successions(Path)} may extend.
   */
  public static CsvDataset over(Gazetteer gazetteer) {
    return new CsvDataset(gazetteer, null);
  }

  /**
   * Extends or corrects the units of {@link #over}'s gazetteer with those of {@code file}: a code
   * the gazetteer does not have is added (villages under its communes, a unit created later); for a
   * code it has, the file's rows replace the versions whose days they overlap and the others stay
   * (a local correction, a unit whose type changed from a day on). With {@link #withUnits}, the
   * file's units are the only ones.
   */
  public CsvDataset units(Path file) {
    this.units = file(file);
    return this;
  }

  /** Extends or corrects the units with those read from {@code source} (see {@link #units}). */
  public CsvDataset units(String name, Source source) {
    this.units = new File(name, source);
    return this;
  }

  /**
   * Adds the successions of {@code file} (the successions template: {@code
   * date,kind,from,to,share,act,act_date,clause}, one row an edge) to the gazetteer's.
   */
  public CsvDataset successions(Path file) {
    this.successions = file(file);
    return this;
  }

  /** Adds the successions read from {@code source}, named {@code name} in problems. */
  public CsvDataset successions(String name, Source source) {
    this.successions = new File(name, source);
    return this;
  }

  /** Records over the units of {@code file}. */
  public static CsvDataset withUnits(Path file) {
    return new CsvDataset(null, file(file));
  }

  /** Records over the units read from {@code source}, named {@code name} in problems. */
  public static CsvDataset withUnits(String name, Source source) {
    return new CsvDataset(null, new File(name, source));
  }

  private static File file(Path path) {
    Path name = path.getFileName();
    return new File(
        name == null ? path.toString() : name.toString(),
        () -> io.github.qcdc.io.internal.Utf8Reader.open(path));
  }

  /** Reads every activity row the general way, not the quick one: for tests of the two. */
  CsvDataset withoutQuickRows() {
    quickRows = false;
    return this;
  }

  /** Adds the organisations of {@code file}. */
  public CsvDataset organizations(Path file) {
    files.put(ORGANIZATIONS, file(file));
    return this;
  }

  /** Adds the organisations read from {@code source}, named {@code name} in problems. */
  public CsvDataset organizations(String name, Source source) {
    files.put(ORGANIZATIONS, new File(name, source));
    return this;
  }

  /** Adds the activities of {@code file}. */
  public CsvDataset activities(Path file) {
    files.put(ACTIVITIES, file(file));
    return this;
  }

  /** Adds the activities read from {@code source}, named {@code name} in problems. */
  public CsvDataset activities(String name, Source source) {
    files.put(ACTIVITIES, new File(name, source));
    return this;
  }

  /** Adds the data values of {@code file}. */
  public CsvDataset dataValues(Path file) {
    files.put(DATA_VALUES, file(file));
    return this;
  }

  /** Adds the data values read from {@code source}, named {@code name} in problems. */
  public CsvDataset dataValues(String name, Source source) {
    files.put(DATA_VALUES, new File(name, source));
    return this;
  }

  /** Adds the facts of {@code file}. */
  public CsvDataset facts(Path file) {
    files.put(FACTS, file(file));
    return this;
  }

  /** Adds the facts read from {@code source}, named {@code name} in problems. */
  public CsvDataset facts(String name, Source source) {
    files.put(FACTS, new File(name, source));
    return this;
  }

  /**
   * Reads every file and builds the dataset.
   *
   * @throws QcdcException listing every problem of every file
   * @throws IOException if a file cannot be read
   */
  public Dataset read() throws IOException {
    List<Problem> problems = new ArrayList<>();
    Gazetteer over =
        units == null && successions == null
            ? gazetteer
            : CsvUnits.read(gazetteer, units, successions, problems);
    if (over == null) {
      throw new QcdcException("invalid CSV dataset", problems);
    }
    Dataset.Builder builder = Dataset.builder(over);
    Map<String, RecordLines> lines = new LinkedHashMap<>();
    for (Map.Entry<CsvRows.Spec, File> entry : files.entrySet()) {
      CsvRows.Spec spec = entry.getKey();
      File file = entry.getValue();
      RecordLines fileLines = new RecordLines(file.name());
      lines.put(spec.kind(), fileLines);
      try (Reader reader = buffered(file.source().open())) {
        if (spec.equals(ORGANIZATIONS)) {
          CsvRows.read(
              reader,
              file.name(),
              spec,
              CsvDataset::organization,
              builder::add,
              fileLines,
              problems);
        } else if (spec.equals(ACTIVITIES)) {
          CsvRows.read(
              reader,
              file.name(),
              spec,
              new ActivityRows(quickRows),
              fields -> fields.addTo(builder),
              fileLines,
              problems);
        } else if (spec.equals(DATA_VALUES)) {
          CsvRows.read(
              reader, file.name(), spec, CsvDataset::dataValue, builder::add, fileLines, problems);
        } else {
          CsvRows.read(
              reader, file.name(), spec, CsvDataset::fact, builder::add, fileLines, problems);
        }
      }
    }
    if (problems.isEmpty()) {
      try {
        return builder.build();
      } catch (QcdcException e) {
        for (Problem p : e.problems()) {
          RecordLines file = p.item().map(item -> lines.get(item.collection())).orElse(null);
          problems.add(file == null ? p : file.place(p));
        }
      }
    }
    throw new QcdcException("invalid CSV dataset", problems);
  }

  static Reader buffered(Reader reader) {
    return reader instanceof BufferedReader ? reader : new BufferedReader(reader);
  }

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

  private static @Nullable Organization organization(CsvRows.Row row) {
    return Records.organization(row).orElse(null);
  }

  private static @Nullable DataValue dataValue(CsvRows.Row row) {
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

  private static @Nullable Fact fact(CsvRows.Row row) {
    Optional<RecordId> id = row.get("id", true, "a record id", RecordId::of);
    Optional<Subject> subject =
        row.get("subject", true, "unit:CODE or organization:ID", Subject::parse);
    Optional<String> key = row.text("key", true);
    Optional<FactValue> value =
        row.get("value", true, "true, false, a number or a text", CsvDataset::factValue);
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

package io.github.qcdc.io.csv;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.internal.RecordLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * Opens the text; the caller closes it.
     *
     * @return the text, open
     * @throws IOException if the text cannot be opened
     */
    Reader open() throws IOException;
  }

  private final @Nullable Gazetteer gazetteer;
  private TemplateRows.@Nullable Source units;
  private TemplateRows.@Nullable Source successions;
  private final Map<CsvRows.Spec, TemplateRows.Source> files = new LinkedHashMap<>();
  private boolean quickRows = true;

  private CsvDataset(@Nullable Gazetteer gazetteer, TemplateRows.@Nullable Source units) {
    this.gazetteer = gazetteer;
    this.units = units;
  }

  /**
   * {@return records over {@code gazetteer} (the bundled units, say), which {@link #units(Path)}
   * and {@link #successions(Path)} may extend}
   *
   * @param gazetteer the units every record's unit must be in
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
   *
   * @param file the file read
   * @return this reader, with those units
   */
  public CsvDataset units(Path file) {
    this.units = file(file);
    return this;
  }

  /**
   * Extends or corrects the units with those read from {@code source} (see {@link #units}).
   *
   * @param name the name problems give the text ({@code activities.csv})
   * @param source where the text is read from
   * @return this reader, with those units
   */
  public CsvDataset units(String name, Source source) {
    this.units = CsvTable.source(name, source);
    return this;
  }

  /**
   * Adds the successions of {@code file} (the successions template: {@code
   * date,kind,from,to,share,act,act_date,clause}, one row an edge) to the gazetteer's.
   *
   * @param file the file read
   * @return this reader, with those records
   */
  public CsvDataset successions(Path file) {
    this.successions = file(file);
    return this;
  }

  /**
   * Adds the successions read from {@code source}, named {@code name} in problems.
   *
   * @param name the name problems give the text ({@code activities.csv})
   * @param source where the text is read from
   * @return this reader, with those records
   */
  public CsvDataset successions(String name, Source source) {
    this.successions = CsvTable.source(name, source);
    return this;
  }

  /**
   * {@return records over the units of {@code file}}
   *
   * @param file the file read
   */
  public static CsvDataset withUnits(Path file) {
    return new CsvDataset(null, file(file));
  }

  /**
   * {@return records over the units read from {@code source}, named {@code name} in problems}
   *
   * @param name the name problems give the text ({@code activities.csv})
   * @param source where the text is read from
   */
  public static CsvDataset withUnits(String name, Source source) {
    return new CsvDataset(null, CsvTable.source(name, source));
  }

  private static TemplateRows.Source file(Path path) {
    Path name = path.getFileName();
    return CsvTable.source(
        name == null ? path.toString() : name.toString(),
        () -> io.github.qcdc.io.internal.Utf8Reader.open(path));
  }

  /**
   * Adds the rows of {@code template} read from {@code table} (a spreadsheet's sheet): {@code
   * units} and {@code successions} as {@link #units} and {@link #successions} do, {@code
   * organizations}, {@code activities}, {@code data-values} and {@code facts} as the files of those
   * templates. Replaces what was given for the template before.
   *
   * @param template the template the rows are in: {@code activities}, {@code units}, {@code
   *     organizations}...
   * @param table the rows, a header first
   * @return this reader, with those records
   * @throws IllegalArgumentException if {@code template} names none of these
   * @since 0.2
   */
  public CsvDataset rows(String template, TemplateRows.Source table) {
    switch (template) {
      case "units" -> units = table;
      case "successions" -> successions = table;
      case "organizations" -> files.put(ORGANIZATIONS, table);
      case "activities" -> files.put(ACTIVITIES, table);
      case "data-values" -> files.put(DATA_VALUES, table);
      case "facts" -> files.put(FACTS, table);
      default ->
          throw new IllegalArgumentException(
              "unknown template '"
                  + template
                  + "'; expected one of "
                  + String.join(", ", TEMPLATES));
    }
    return this;
  }

  /** The templates {@link #rows} reads, in the order a dataset is read. */
  public static final List<String> TEMPLATES =
      List.of("units", "successions", "organizations", "activities", "data-values", "facts");

  /**
   * {@return records over the units of {@code table} (a spreadsheet's sheet of the units template)}
   *
   * @param table the rows, a header first
   */
  public static CsvDataset withUnits(TemplateRows.Source table) {
    return new CsvDataset(null, table);
  }

  /** Reads every activity row the general way, not the quick one: for tests of the two. */
  CsvDataset withoutQuickRows() {
    quickRows = false;
    return this;
  }

  /**
   * Adds the organisations of {@code file}.
   *
   * @param file the file read
   * @return this reader, with those records
   */
  public CsvDataset organizations(Path file) {
    files.put(ORGANIZATIONS, file(file));
    return this;
  }

  /**
   * Adds the organisations read from {@code source}, named {@code name} in problems.
   *
   * @param name the name problems give the text ({@code activities.csv})
   * @param source where the text is read from
   * @return this reader, with those records
   */
  public CsvDataset organizations(String name, Source source) {
    files.put(ORGANIZATIONS, CsvTable.source(name, source));
    return this;
  }

  /**
   * Adds the activities of {@code file}.
   *
   * @param file the file read
   * @return this reader, with those records
   */
  public CsvDataset activities(Path file) {
    files.put(ACTIVITIES, file(file));
    return this;
  }

  /**
   * Adds the activities read from {@code source}, named {@code name} in problems.
   *
   * @param name the name problems give the text ({@code activities.csv})
   * @param source where the text is read from
   * @return this reader, with those records
   */
  public CsvDataset activities(String name, Source source) {
    files.put(ACTIVITIES, CsvTable.source(name, source));
    return this;
  }

  /**
   * Adds the data values of {@code file}.
   *
   * @param file the file read
   * @return this reader, with those records
   */
  public CsvDataset dataValues(Path file) {
    files.put(DATA_VALUES, file(file));
    return this;
  }

  /**
   * Adds the data values read from {@code source}, named {@code name} in problems.
   *
   * @param name the name problems give the text ({@code activities.csv})
   * @param source where the text is read from
   * @return this reader, with those records
   */
  public CsvDataset dataValues(String name, Source source) {
    files.put(DATA_VALUES, CsvTable.source(name, source));
    return this;
  }

  /**
   * Adds the facts of {@code file}.
   *
   * @param file the file read
   * @return this reader, with those records
   */
  public CsvDataset facts(Path file) {
    files.put(FACTS, file(file));
    return this;
  }

  /**
   * Adds the facts read from {@code source}, named {@code name} in problems.
   *
   * @param name the name problems give the text ({@code activities.csv})
   * @param source where the text is read from
   * @return this reader, with those records
   */
  public CsvDataset facts(String name, Source source) {
    files.put(FACTS, CsvTable.source(name, source));
    return this;
  }

  /**
   * Reads every file and builds the dataset.
   *
   * @return the dataset read
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
    for (Map.Entry<CsvRows.Spec, TemplateRows.Source> entry : files.entrySet()) {
      CsvRows.Spec spec = entry.getKey();
      TemplateRows.Source file = entry.getValue();
      RecordLines fileLines = new RecordLines(file.name(), file::place);
      lines.put(spec.kind(), fileLines);
      if (spec.equals(ORGANIZATIONS)) {
        CsvRows.read(file, spec, TemplateRecords::organization, builder::add, fileLines, problems);
      } else if (spec.equals(ACTIVITIES)) {
        CsvRows.read(
            file,
            spec,
            new ActivityRows(quickRows),
            fields -> fields.addTo(builder),
            fileLines,
            problems);
      } else if (spec.equals(DATA_VALUES)) {
        CsvRows.read(file, spec, TemplateRecords::dataValue, builder::add, fileLines, problems);
      } else {
        CsvRows.read(file, spec, TemplateRecords::fact, builder::add, fileLines, problems);
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
}

package io.github.qcdc.examples.cli;

import com.google.common.collect.ImmutableSet;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.io.csv.CsvDataset;
import io.github.qcdc.io.gso.VietnamUnits;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV files given together, read as one dataset: each file's template is told by its header (see
 * {@code docs/csv.md}); the bundled units, extended and corrected by a units file and a successions
 * file if given, or with {@code --own-units} the units file's units alone.
 */
final class CsvFiles {
  private CsvFiles() {}

  /** The template of a CSV file by the columns its header must have. */
  enum Template {
    UNITS(ImmutableSet.of("code", "name", "type")),
    ORGANIZATIONS(ImmutableSet.of("id", "name", "kind", "unit")),
    ACTIVITIES(ImmutableSet.of("id", "type", "unit", "date")),
    DATA_VALUES(ImmutableSet.of("id", "element", "unit", "period", "value")),
    FACTS(ImmutableSet.of("id", "subject", "key", "value")),
    SUCCESSIONS(ImmutableSet.of("date", "kind", "from", "act"));

    private final ImmutableSet<String> columns;

    Template(ImmutableSet<String> columns) {
      this.columns = columns;
    }

    /** The template whose columns the header has; a usage error if none or several match. */
    static Template of(Path file) throws IOException {
      String header;
      boolean empty;
      try (BufferedReader reader = io.github.qcdc.io.internal.Utf8Reader.open(file)) {
        String first = reader.readLine();
        empty = first == null;
        header = empty ? "" : first.replace("\uFEFF", "");
      } catch (io.github.qcdc.io.internal.Utf8Reader.NotUtf8 e) {
        throw io.github.qcdc.io.internal.Utf8Reader.problem(file.toString(), e);
      }
      // a numeric column may declare its style (value:vi, value:en): its name is the part before
      Set<String> names =
          ImmutableSet.copyOf(header.strip().replaceAll(":(vi|en)(?=,|$)", "").split("\\s*,\\s*"));
      List<Template> matching = new ArrayList<>();
      for (Template t : values()) {
        if (names.containsAll(t.columns)) {
          matching.add(t);
        }
      }
      if (matching.size() != 1) {
        // an invalid file, not a wrong command line: a located problem, exit 1
        throw new io.github.qcdc.QcdcException(
            "invalid CSV file " + file,
            List.of(
                io.github.qcdc.Problem.of(
                    file + ":1",
                    "%s",
                    empty
                        ? "empty file; expected a header row naming the columns of a template"
                            + " (units, organizations, activities, data values, facts,"
                            + " successions; see docs/csv.md)"
                        : "header '"
                            + header
                            + "' matches "
                            + (matching.isEmpty() ? "no" : "more than one")
                            + " CSV template (units, organizations, activities, data values,"
                            + " facts, successions; see docs/csv.md)")));
      }
      return matching.get(0);
    }
  }

  /**
   * The dataset of {@code files}, every problem of every file at once; at most one file of each
   * template, since a dataset holds one file a kind of record.
   */
  static Dataset read(List<Path> files, boolean ownUnits) throws IOException {
    return read(files, List.of(), ownUnits);
  }

  /**
   * The dataset of CSV {@code files} and Excel {@code workbooks} (each sheet a template, see {@code
   * ExcelDataset}), read together; with {@code --own-units} and no units CSV file, the units are
   * those of the first workbook's units sheet.
   */
  static Dataset read(List<Path> files, List<Path> workbooks, boolean ownUnits) throws IOException {
    Map<Template, Path> byTemplate = new EnumMap<>(Template.class);
    for (Path file : files) {
      Template template = Template.of(file);
      Path earlier = byTemplate.putIfAbsent(template, file);
      if (earlier != null) {
        throw new UsageException(
            file
                + " and "
                + earlier
                + " are both "
                + template.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " files; give one of each kind");
      }
    }
    Path units = byTemplate.remove(Template.UNITS);
    Path successions = byTemplate.remove(Template.SUCCESSIONS);
    if (ownUnits && units == null && workbooks.isEmpty()) {
      throw new UsageException(
          "--own-units: give a units CSV file or a workbook with a units sheet");
    }
    CsvDataset csv =
        ownUnits && units != null
            ? CsvDataset.withUnits(units)
            : ownUnits
                ? io.github.qcdc.excel.ExcelDataset.withUnits(workbooks.get(0))
                : units == null
                    ? CsvDataset.over(VietnamUnits.gazetteer())
                    : CsvDataset.over(VietnamUnits.gazetteer()).units(units);
    if (successions != null) {
      csv = csv.successions(successions);
    }
    for (Map.Entry<Template, Path> entry : byTemplate.entrySet()) {
      Path file = entry.getValue();
      csv =
          switch (entry.getKey()) {
            case ORGANIZATIONS -> csv.organizations(file);
            case ACTIVITIES -> csv.activities(file);
            case DATA_VALUES -> csv.dataValues(file);
            default -> csv.facts(file);
          };
    }
    for (Path workbook : workbooks) {
      csv = io.github.qcdc.excel.ExcelDataset.addTo(csv, workbook);
    }
    return csv.read();
  }
}

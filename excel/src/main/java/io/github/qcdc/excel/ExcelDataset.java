package io.github.qcdc.excel;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.csv.CsvDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Records kept in Excel workbooks (.xlsx): a sheet a CSV template, named as the template ({@code
 * units}, {@code successions}, {@code organizations}, {@code activities}, {@code data-values},
 * {@code facts}), with the same header and cells as the template's CSV file (see {@code
 * docs/csv.md}). One workbook may hold every template, or a workbook each; sheets and CSV files mix
 * ({@link #addTo}).
 *
 * <p>A cell is read as the text a CSV file would hold: a date cell as {@code yyyy-MM-dd} (a date
 * written as text, {@code 2020-05-01} or {@code 01/05/2020}, reads too), a number in full, a
 * formula as its saved result. Rows whose cells are all empty are skipped. Every problem names the
 * workbook, the sheet and the cell ({@code book.xlsx!activities!D12 date: ...}); a sheet named
 * otherwise, a cell holding an error and a formula without a saved result are problems, never
 * skipped. Sheets are streamed: a row at a time is held (the workbook's shared texts, which Excel
 * keeps in one table, are held whole).
 *
 * @since 0.2
 */
public final class ExcelDataset {
  private ExcelDataset() {}

  /**
   * {@return the records of {@code workbook} over its own units: its {@code units} sheet
   * (required), and its other template sheets}
   *
   * @param workbook the workbook read ({@code .xlsx})
   * @throws QcdcException listing every problem, each with its workbook, sheet and cell
   * @throws IOException if the workbook cannot be read
   */
  public static Dataset read(Path workbook) throws IOException {
    return withUnits(workbook).read();
  }

  /**
   * {@return records over the units of {@code workbook}'s {@code units} sheet (required), with its
   * other template sheets added; more workbooks and CSV files may be added before {@link
   * CsvDataset#read()}}
   *
   * @param workbook the workbook read ({@code .xlsx})
   * @throws QcdcException if the workbook has no {@code units} sheet, is not an Excel workbook, or
   *     has a sheet not named after a template
   * @throws IOException if the workbook cannot be read
   */
  public static CsvDataset withUnits(Path workbook) throws IOException {
    List<String> sheets = sheets(workbook);
    if (!sheets.contains("units")) {
      throw new QcdcException(
          "invalid workbook " + workbook,
          List.of(
              Problem.of(
                  String.valueOf(workbook),
                  "no sheet named units; read it over other units with read(workbook, gazetteer)")));
    }
    return addTo(CsvDataset.withUnits(SheetRows.source(workbook, "units")), workbook);
  }

  /**
   * {@return the records of {@code workbook} over {@code gazetteer} (the bundled units, say), which
   * the workbook's {@code units} and {@code successions} sheets may extend, as CSV files do}
   *
   * @param workbook the workbook read ({@code .xlsx})
   * @param gazetteer the units every record's unit must be in
   * @throws QcdcException listing every problem, each with its workbook, sheet and cell
   * @throws IOException if the workbook cannot be read
   */
  public static Dataset read(Path workbook, Gazetteer gazetteer) throws IOException {
    return addTo(CsvDataset.over(gazetteer), workbook).read();
  }

  /**
   * Adds every sheet of {@code workbook} to {@code dataset} as the rows of the template it is named
   * after, to be read with the dataset's other files by {@link CsvDataset#read()}.
   *
   * @param dataset the reader the workbook's sheets are added to
   * @param workbook the workbook read ({@code .xlsx})
   * @return {@code dataset}
   * @throws QcdcException if the file is not an Excel workbook, or a sheet is not named after a
   *     template (every such sheet listed)
   * @throws IOException if the workbook cannot be read
   */
  public static CsvDataset addTo(CsvDataset dataset, Path workbook) throws IOException {
    for (String sheet : sheets(workbook)) {
      dataset.rows(sheet, SheetRows.source(workbook, sheet));
    }
    return dataset;
  }

  /** The sheet names of {@code workbook}, each a template's name. */
  private static List<String> sheets(Path workbook) throws IOException {
    List<String> names = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (ReadableWorkbook book = Workbooks.open(workbook)) {
      for (Sheet sheet : book.getSheets().toList()) {
        if (CsvDataset.TEMPLATES.contains(sheet.getName())) {
          names.add(sheet.getName());
        } else {
          problems.add(
              Problem.of(
                  workbook.getFileName() + "!" + sheet.getName(),
                  "a sheet not named after a template; name each sheet %s",
                  String.join(", ", CsvDataset.TEMPLATES)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new QcdcException("invalid workbook " + workbook, problems);
    }
    if (names.isEmpty()) {
      throw new QcdcException(
          "invalid workbook " + workbook,
          List.of(Problem.of(String.valueOf(workbook), "the workbook has no sheet")));
    }
    return names;
  }
}

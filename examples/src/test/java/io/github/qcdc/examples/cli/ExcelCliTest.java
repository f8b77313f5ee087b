package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks in and out of the command line: --dataset book.xlsx, --format xlsx -o FILE. */
class ExcelCliTest {
  private static final Path CSV = Path.of("..", "docs", "examples", "csv");

  /** A workbook of the five templates, every cell the text of the example CSV files. */
  private static Path workbook(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "test", "1.0");
      for (String template : List.of("units", "organizations", "activities", "facts")) {
        Worksheet sheet = book.newWorksheet(template);
        List<String> lines = Files.readAllLines(CSV.resolve(template + ".csv"));
        for (int r = 0; r < lines.size(); r++) {
          String[] cells = lines.get(r).split(",", -1);
          for (int c = 0; c < cells.length; c++) {
            sheet.value(r, c, cells[c]);
          }
        }
        sheet.finish();
      }
      book.finish();
    }
    return file;
  }

  private static List<String> args(Path input, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--dataset",
                input.toString(),
                "--own-units",
                "--rules",
                "vn",
                "--scope",
                "16708",
                "--period",
                "2020"));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void readsAWorkbookAndWritesTheReportAsOne(@TempDir Path dir) throws IOException {
    Path book = workbook(dir.resolve("nghe-an.xlsx"));
    Path json = dir.resolve("report.json");
    QcdcTest.Run fromBook =
        run(args(book, "--format", "json", "-o", json.toString()).toArray(String[]::new));
    assertEquals(0, fromBook.code(), fromBook.err());
    assertTrue(
        fromBook.err().contains("qcdc: reading 1 workbook as one dataset..."), fromBook.err());
    Report report = QcdcJson.readReport(json);

    Path xlsx = dir.resolve("report.xlsx");
    QcdcTest.Run written =
        run(args(book, "--format", "xlsx", "-o", xlsx.toString()).toArray(String[]::new));
    assertEquals(0, written.code(), written.err());
    try (ReadableWorkbook read = new ReadableWorkbook(xlsx.toFile())) {
      List<Row> rows = read.findSheet("figures").orElseThrow().read();
      assertEquals(report.figures().size() + 1, rows.size());
      for (int i = 0; i < report.figures().size(); i++) {
        Figure f = report.figures().get(i);
        Row row = rows.get(i + 1);
        assertEquals(f.id(), row.getCellText(0));
        String exact = io.github.qcdc.io.internal.ExactValues.text(f.value());
        assertEquals(exact, row.getCellText(2), f.id());
      }
    }
  }

  @Test
  void aWorkbookNeedsAFileToBeWrittenTo(@TempDir Path dir) throws IOException {
    QcdcTest.Run refused =
        run(args(workbook(dir.resolve("b.xlsx")), "--format", "xlsx").toArray(String[]::new));
    assertEquals(2, refused.code());
    assertTrue(
        refused
            .err()
            .startsWith("qcdc: --format xlsx writes a workbook, not text: give -o FILE.xlsx"),
        refused.err());
  }

  @Test
  void aSheetNamedAfterNoTemplateIsAProblemOfTheWorkbook(@TempDir Path dir) throws IOException {
    Path book = dir.resolve("notes.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      workbook.newWorksheet("Sheet1").value(0, 0, "notes");
      workbook.finish();
    }
    QcdcTest.Run refused = run(args(book, "--format", "json").toArray(String[]::new));
    assertEquals(1, refused.code(), refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                "notes.xlsx!Sheet1: a sheet not named after a template; name each sheet units,"
                    + " successions, organizations, activities, data-values, facts"),
        refused.err());
  }
}

package io.github.qcdc.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.io.json.ReportJsonTest;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.Report;
import io.github.qcdc.testing.DomainSamples;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCsvTest {
  private static final Dataset DATASET = new DomainSamples(11).datasetInputs(200).build();
  private static final Report REPORT = ReportJsonTest.evaluate(DATASET);

  @Test
  void writesARowForEveryFigureAndEveryCellWithItsExactValueAndItsText() {
    String csv = ReportCsv.toCsv(REPORT, Language.VI);
    assertFalse(csv.contains("\r"), "lines end in \\n only");
    List<String> expected = new ArrayList<>();
    expected.add(ReportCsv.HEADER);
    for (Figure f : REPORT.figures()) {
      expected.add(
          String.join(
              ",",
              ReportCsv.field(f.id()),
              "",
              ReportCsv.field(f.value().toString()),
              ReportCsv.field(FigureText.format(f.value(), f.format(), Language.VI))));
      for (BreakdownTable table : f.breakdowns()) {
        for (Cell cell : table.cells()) {
          expected.add(
              String.join(
                  ",",
                  ReportCsv.field(f.id()),
                  ReportCsv.field(String.join("/", cell.labels())),
                  ReportCsv.field(cell.value().toString()),
                  ReportCsv.field(FigureText.format(cell.value(), f.format(), Language.VI))));
        }
      }
    }
    assertEquals(String.join("\n", expected) + "\n", csv);
    assertEquals(
        1
            + REPORT.figures().size()
            + REPORT.figures().stream()
                .flatMap(f -> f.breakdowns().stream())
                .mapToInt(t -> t.cells().size())
                .sum(),
        csv.split("\n", -1).length - 1);
  }

  @Test
  void writesAFileWholeWithTheSameBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.csv");
    ReportCsv.write(REPORT, Language.EN, file);
    assertEquals(
        ReportCsv.toCsv(REPORT, Language.EN), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(
        List.of("report.csv"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void aFileInAMissingDirectoryIsRefusedByName(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("report.csv");
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> ReportCsv.write(REPORT, Language.EN, file));
    org.junit.jupiter.api.Assertions.assertTrue(
        String.valueOf(e.getMessage()).contains(file.toString()), e.getMessage());
  }

  @Test
  void neutralisesSpreadsheetFormulasButKeepsNumbers() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ReportCsv.field("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", ReportCsv.field("@SUM(A1)"));
    assertEquals("\"'+1,2\"", ReportCsv.field("+1,2"));
    assertEquals("-7", ReportCsv.field("-7"));
    assertEquals("281/411", ReportCsv.field("281/411"));
    assertEquals("\"a\rb\"", ReportCsv.field("a\rb"));
    assertEquals("", ReportCsv.field(""));
  }
}

package io.github.qcdc.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.io.csv.CsvDataset;
import io.github.qcdc.io.gso.VietnamUnits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelDatasetTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "examples", "csv");

  private static final Map<String, String> FILES =
      Map.of(
          "units", "units.csv",
          "organizations", "organizations.csv",
          "activities", "activities.csv",
          "data-values", "data-values.csv",
          "facts", "facts.csv");

  private static List<String> problems(QcdcException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aWorkbookOfTheFiveTemplatesReadsToTheDatasetOfTheCsvFiles(@TempDir Path dir)
      throws IOException {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    for (String template :
        List.of("units", "organizations", "activities", "data-values", "facts")) {
      sheets.put(template, Sheets.csv(EXAMPLES.resolve(FILES.get(template))));
    }
    Path book = Sheets.write(dir.resolve("nghe-an.xlsx"), sheets);
    Dataset fromCsv =
        CsvDataset.withUnits(EXAMPLES.resolve("units.csv"))
            .organizations(EXAMPLES.resolve("organizations.csv"))
            .activities(EXAMPLES.resolve("activities.csv"))
            .dataValues(EXAMPLES.resolve("data-values.csv"))
            .facts(EXAMPLES.resolve("facts.csv"))
            .read();
    assertEquals(fromCsv, ExcelDataset.read(book));
    assertEquals(3, fromCsv.activities().size());
  }

  @Test
  void numbersInAVietnameseColumnKeepTheirValue(@TempDir Path dir) throws IOException {
    Path book = dir.resolve("vi.xlsx");
    try (java.io.OutputStream out = Files.newOutputStream(book)) {
      org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
      Sheets.texts(workbook.newWorksheet("units"), Sheets.csv(EXAMPLES.resolve("units.csv")));
      org.dhatim.fastexcel.Worksheet values = workbook.newWorksheet("data-values");
      Sheets.texts(values, List.of(List.of("id", "element", "unit", "period", "value:vi")));
      values.value(1, 0, "r1");
      values.value(1, 1, "roads");
      values.value(1, 2, "16708");
      values.value(1, 3, 2020);
      // a number typed into the cell: a spreadsheet holds 621.9, whatever the column's style
      values.value(1, 4, new java.math.BigDecimal("621.9"));
      workbook.finish();
    }
    assertEquals("621.9", ExcelDataset.read(book).dataValues().get(0).amount().toString());
  }

  @Test
  void aCellHoldingAnErrorOrAnUnsavedFormulaIsAProblemAtTheCell(@TempDir Path dir)
      throws IOException {
    Path book = dir.resolve("formulas.xlsx");
    try (java.io.OutputStream out = Files.newOutputStream(book)) {
      org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
      Sheets.texts(workbook.newWorksheet("units"), Sheets.csv(EXAMPLES.resolve("units.csv")));
      org.dhatim.fastexcel.Worksheet activities = workbook.newWorksheet("activities");
      Sheets.texts(activities, List.of(List.of("id", "type", "unit", "date")));
      activities.value(1, 0, "a1");
      activities.value(1, 1, "dialogue");
      activities.formula(1, 2, "CONCATENATE(\"167\",\"08\")");
      activities.value(1, 3, "2020-05-01");
      activities.value(2, 0, "a2");
      activities.value(2, 1, "dialogue");
      activities.value(2, 2, "16708");
      activities.value(2, 3, "2020-05-01");
      workbook.finish();
    }
    Path withError = dir.resolve("errors.xlsx");
    Sheets.replaceInSheet(
        book,
        withError,
        "xl/worksheets/sheet2.xml",
        "<c r=\"C3\" t=\"s\"",
        "<c r=\"C3\" t=\"e\"><v>#N/A</v></c><c r=\"X3\" t=\"s\"");
    assertEquals(
        List.of(
            "errors.xlsx!activities!C2: a formula (=CONCATENATE(\"167\",\"08\")) with no saved"
                + " result; open and save the workbook in a spreadsheet, or enter the value",
            "errors.xlsx!activities!C3: the cell holds the error #N/A, not a value"),
        problems(assertThrows(QcdcException.class, () -> ExcelDataset.read(withError))));
  }

  @Test
  void oneWorkbookATemplateMixesWithCsvFiles(@TempDir Path dir) throws IOException {
    Path activities =
        Sheets.write(
            dir.resolve("activities.xlsx"),
            Map.of("activities", Sheets.csv(EXAMPLES.resolve("activities.csv"))));
    Dataset mixed =
        ExcelDataset.addTo(
                CsvDataset.withUnits(EXAMPLES.resolve("units.csv"))
                    .organizations(EXAMPLES.resolve("organizations.csv")),
                activities)
            .read();
    assertEquals(3, mixed.activities().size());
  }

  @Test
  void problemsNameTheWorkbookTheSheetAndTheCell(@TempDir Path dir) throws IOException {
    Path book =
        Sheets.write(
            dir.resolve("book.xlsx"),
            Map.of(
                "units", Sheets.csv(EXAMPLES.resolve("units.csv")),
                "activities",
                    List.of(
                        List.of("id", "type", "unit", "date"),
                        List.of("a1", "dialogue", "16708", "2020-02-30"),
                        List.of("a2", "dialogue", "", "2020-05-01"))));
    assertEquals(
        List.of(
            "book.xlsx!activities!D2 date: expected a date yyyy-MM-dd or dd/MM/yyyy: '2020-02-30'",
            "book.xlsx!activities!C3 unit: required cell is empty; expected a unit code"),
        problems(assertThrows(QcdcException.class, () -> ExcelDataset.read(book))));
  }

  @Test
  void refusesSheetsNamedAfterNoTemplateAndWorkbooksThatAreNotXlsx(@TempDir Path dir)
      throws IOException {
    Path notes =
        Sheets.write(
            dir.resolve("notes.xlsx"),
            Map.of(
                "units",
                Sheets.csv(EXAMPLES.resolve("units.csv")),
                "Sheet1",
                List.of(List.of("x"))));
    assertEquals(
        List.of(
            "notes.xlsx!Sheet1: a sheet not named after a template; name each sheet units,"
                + " successions, organizations, activities, data-values, facts"),
        problems(assertThrows(QcdcException.class, () -> ExcelDataset.read(notes))));
    Path csv = Files.writeString(dir.resolve("units.xlsx"), "code,name,type\n");
    assertEquals(
        List.of(csv + ": not an Excel workbook (.xlsx)"),
        problems(assertThrows(QcdcException.class, () -> ExcelDataset.read(csv))));
    Path xls =
        Files.write(
            dir.resolve("old.xls"),
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1,
              0,
              0
            });
    assertEquals(
        List.of(xls + ": an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)"),
        problems(assertThrows(QcdcException.class, () -> ExcelDataset.read(xls))));
  }

  @Test
  void aWorkbookWithoutUnitsReadsOverTheBundledOnes(@TempDir Path dir) throws IOException {
    Path book =
        Sheets.write(
            dir.resolve("activities.xlsx"),
            Map.of(
                "activities",
                List.of(
                    List.of("id", "type", "unit", "date"),
                    List.of("a1", "dialogue", "40", "2026-05-01"))));
    assertEquals(
        List.of(
            book
                + ": no sheet named units; read it over other units with read(workbook,"
                + " gazetteer)"),
        problems(assertThrows(QcdcException.class, () -> ExcelDataset.read(book))));
    assertEquals(1, ExcelDataset.read(book, VietnamUnits.gazetteer()).activities().size());
  }
}

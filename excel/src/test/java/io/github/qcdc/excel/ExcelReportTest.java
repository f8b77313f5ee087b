package io.github.qcdc.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.DefinitionSamples;
import io.github.qcdc.testing.DomainSamples;
import io.github.qcdc.testing.Generators;
import io.github.qcdc.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ExcelReportTest {
  /**
   * The report of the generated pack and dataset of {@code seed}; empty when the pack refuses the
   * data (an indicator whose zero denominator is an error meets one).
   */
  private static java.util.Optional<Report> report(long seed) {
    RulePack pack = new DefinitionSamples(seed).pack();
    try {
      return java.util.Optional.of(
          Evaluator.of(pack)
              .evaluateAll(
                  new DomainSamples(seed).datasetInputs(300).build(),
                  ReportingPeriod.parse("2016/2026"),
                  EvaluationOptions.defaults())
              .report());
    } catch (io.github.qcdc.QcdcException e) {
      return java.util.Optional.empty();
    }
  }

  private static byte[] xlsx(Report report, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ExcelReport.write(report, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every sheet of a workbook: its rows, each its cells' texts as read back. */
  private static Map<String, List<List<String>>> read(byte[] workbook) throws IOException {
    Map<String, List<List<String>>> sheets = new TreeMap<>();
    try (ReadableWorkbook book =
        new ReadableWorkbook(new ByteArrayInputStream(workbook), SheetRows.OPTIONS)) {
      for (Sheet sheet : book.getSheets().toList()) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            org.dhatim.fastexcel.reader.Cell cell = row.hasCell(c) ? row.getCell(c) : null;
            cells.add(
                cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA
                    ? "=" + cell.getFormula()
                    : Cells.text(cell, false, () -> "test"));
          }
          rows.add(cells);
        }
        sheets.put(sheet.getName(), rows);
      }
    }
    return sheets;
  }

  private static List<List<String>> sheet(Map<String, List<List<String>>> sheets, String name) {
    return java.util.Objects.requireNonNull(sheets.get(name), () -> "no sheet " + name);
  }

  /** The exact value a figure's row holds: from its numerator and denominator when it has them. */
  private static String exactOf(List<String> row, int value) {
    String numerator = row.size() > value + 1 ? row.get(value + 1) : "";
    String denominator = row.size() > value + 2 ? row.get(value + 2) : "";
    if (!denominator.isEmpty()) {
      return numerator + "/" + denominator;
    }
    return row.get(value);
  }

  private static String expected(FigureValue value) {
    return io.github.qcdc.io.internal.ExactValues.text(value);
  }

  @Test
  void everyFigureCellAndVerdictCountReadsBackExactly() {
    qt().withExamples(25)
        .forAll(Generators.seeds().map(ExcelReportTest::report))
        .assuming(java.util.Optional::isPresent)
        .checkAssert(
            evaluated -> {
              try {
                Report report = evaluated.orElseThrow();
                Map<String, List<List<String>>> sheets = read(xlsx(report, Language.VI));
                List<List<String>> figures = sheet(sheets, "figures");
                assertEquals(report.figures().size() + 1, figures.size());
                int tables = 0;
                for (int i = 0; i < report.figures().size(); i++) {
                  Figure f = report.figures().get(i);
                  List<String> row = figures.get(i + 1);
                  assertEquals(f.id(), row.get(0));
                  assertEquals(expected(f.value()), exactOf(row, 2), f.id());
                  assertEquals(
                      FigureText.format(f.value(), f.format(), Language.VI), row.get(6), f.id());
                  if (f.value() instanceof FigureValue.Count c) {
                    assertEquals(Long.toString(c.count()), row.get(3));
                  }
                  tables += f.breakdowns().size();
                  for (BreakdownTable table : f.breakdowns()) {
                    assertTrue(
                        sheets.values().stream()
                            .anyMatch(s -> s.size() == table.cells().size() + 1),
                        f.id());
                  }
                }
                // report, figures, a sheet per table, rules, categories if any topic, verdicts
                int categories =
                    io.github.qcdc.report.CategoryTable.of(report).rows().stream()
                            .anyMatch(r -> r.category().isPresent())
                        ? 1
                        : 0;
                assertEquals(4 + tables + categories, sheets.size(), sheets.keySet().toString());
                if (categories == 1) {
                  List<List<String>> rows = sheet(sheets, "categories");
                  io.github.qcdc.report.CategoryTable table =
                      io.github.qcdc.report.CategoryTable.of(report);
                  assertEquals(table.rows().size() + 1, rows.size());
                  for (int r = 0; r < table.rows().size(); r++) {
                    assertEquals(
                        String.valueOf(table.rows().get(r).verdicts().get(Verdict.PASS)),
                        rows.get(r + 1).get(4));
                  }
                }
                List<List<String>> rules = sheet(sheets, "rules");
                for (int r = 0; r < report.rules().size(); r++) {
                  RuleResult rule = report.rules().get(r);
                  for (int v = 0; v < Verdict.values().length; v++) {
                    assertEquals(
                        String.valueOf(rule.counts().get(Verdict.values()[v])),
                        rules.get(r + 1).get(5 + v));
                  }
                }
                long verdicts = report.rules().stream().mapToLong(rr -> rr.verdicts().size()).sum();
                assertEquals(verdicts + 1, sheet(sheets, "verdicts").size());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aFractionIsItsTwoWholeNumbersAndAFormulaNeverARoundedNumber() throws IOException {
    Report report =
        java.util.stream.LongStream.range(1, 200)
            .mapToObj(ExcelReportTest::report)
            .flatMap(java.util.Optional::stream)
            .filter(r -> r.figures().stream().anyMatch(f -> f.value() instanceof FigureValue.Ratio))
            .findFirst()
            .orElseThrow();
    Map<String, List<List<String>>> sheets = read(xlsx(report, Language.EN));
    assertEquals(
        List.of("indicator", "title", "value", "numerator", "denominator", "number", "text"),
        sheet(sheets, "figures").get(0));
    boolean sawRatio = false;
    for (int i = 0; i < report.figures().size(); i++) {
      if (report.figures().get(i).value() instanceof FigureValue.Ratio r) {
        sawRatio = true;
        List<String> row = sheet(sheets, "figures").get(i + 1);
        assertEquals(Long.toString(r.fraction().numerator()), row.get(3));
        assertEquals(Long.toString(r.fraction().denominator()), row.get(4));
        int line = i + 2;
        assertEquals("=IF(E" + line + "=0,\"\",D" + line + "/E" + line + ")", row.get(5));
      }
    }
    assertTrue(sawRatio, "the sample report has a ratio");
  }

  @Test
  void sheetNamesAreWhatExcelAcceptsAndUnique() {
    var taken = new HashSet<String>();
    assertEquals("report", ExcelReport.unique("report", taken));
    assertEquals("Report (2)", ExcelReport.unique("Report", taken));
    assertEquals("VN-I01 by unit-district", ExcelReport.unique("VN-I01 by unit:district", taken));
    String longName = "a-very-long-indicator-identifier by tier year";
    assertEquals("a-very-long-indicator-identifie", ExcelReport.unique(longName, taken));
    assertEquals("a-very-long-indicator-ident (2)", ExcelReport.unique(longName, taken));
  }

  @Test
  void decimalsAreNumbersOnlyWhenASpreadsheetHoldsThemExactly() {
    assertTrue(FigureRows.exactInASpreadsheet(new BigDecimal("621.9")));
    assertTrue(FigureRows.exactInASpreadsheet(new BigDecimal("0.1")));
    assertEquals(false, FigureRows.exactInASpreadsheet(new BigDecimal("12345678901234567890.123")));
  }

  @Test
  void columnLettersRunPastZ() {
    assertEquals(
        List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"),
        List.of(0, 25, 26, 51, 52, 701, 702).stream().map(Cells::column).toList());
  }
}

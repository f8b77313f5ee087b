package io.github.qcdc.excel;

import io.github.qcdc.io.internal.WholeFiles;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.report.VerdictList;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a report as an Excel workbook (.xlsx), for a province's appendices:
 *
 * <ul>
 *   <li>{@code report}: the pack, its version and fingerprint, the data's fingerprint, the scope,
 *       the period and its days;
 *   <li>{@code figures}: a row a figure: {@code indicator}, {@code title}, {@code value} (the exact
 *       value as text: {@code 2849}, {@code 281/411}, {@code gần 621.9 km}, {@code undefined
 *       (reason)}), {@code numerator} and {@code denominator} (a count is its own numerator; a
 *       fraction's two whole numbers), {@code number} (the value as a spreadsheet number, shown as
 *       {@code #,##0} or a percentage with the figure's decimals; a fraction is the formula
 *       numerator/denominator, so that no rounded number is written) and {@code text} (the figure
 *       as the report writes it, in the language asked, rounded once, as its format states);
 *   <li>a sheet for each breakdown table ({@code VN-I01 by tier}), a row a cell, the same columns
 *       after the cell's labels;
 *   <li>{@code rules}: a row a rule: its counts of each verdict; {@code categories}, when the pack
 *       states topics: a row a content category of the law, its rules, figures and verdict counts
 *       ({@link io.github.qcdc.report.CategoryTable}); {@code verdicts}: a row a subject of each
 *       rule.
 * </ul>
 *
 * <p>Numbers are numbers (a decimal only when a spreadsheet holds it exactly; the exact text is in
 * {@code value} always); texts are texts, never formulas. The workbook is streamed as it is
 * written.
 *
 * @since 0.2
 */
public final class ExcelReport {
  /** The columns of a figure's row, after its labels. */
  static final List<String> VALUE_COLUMNS =
      List.of("value", "numerator", "denominator", "number", "text");

  private static final int FLUSH_EVERY = 10_000;

  private ExcelReport() {}

  /**
   * Writes {@code report} to {@code file}, whole or not at all, its texts in {@code language}.
   *
   * @param report the report
   * @param language the language of the headings and texts
   * @param file the file written, whole or not at all
   * @throws IOException naming {@code file} and the reason
   */
  public static void write(Report report, Language language, Path file) throws IOException {
    WholeFiles.write(file, out -> write(report, language, out));
  }

  /**
   * Writes {@code report} to {@code out} (not closed), its texts in {@code language}.
   *
   * @param report the report
   * @param language the language of the headings and texts
   * @param out where it is written; not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Report report, Language language, OutputStream out) throws IOException {
    Workbook book = new Workbook(new NonClosing(out), "qcdc", "1.0");
    Set<String> names = new TreeSet<>(); // membership only
    about(book.newWorksheet(unique("report", names)), report);
    Worksheet figures = book.newWorksheet(unique("figures", names));
    FigureRows.header(figures, List.of("indicator", "title"));
    int row = 1;
    for (Figure f : report.figures()) {
      figures.value(row, 0, f.id());
      figures.value(row, 1, f.title().in(language == Language.VI));
      FigureRows.value(figures, row, 2, f.value(), f.format(), language);
      row++;
    }
    figures.finish();
    for (Figure f : report.figures()) {
      for (BreakdownTable table : f.breakdowns()) {
        breakdown(
            book.newWorksheet(unique(f.id() + " by " + dimensions(table), names)),
            f,
            table,
            language);
      }
    }
    rules(book.newWorksheet(unique("rules", names)), report, language);
    io.github.qcdc.report.CategoryTable categories = io.github.qcdc.report.CategoryTable.of(report);
    if (categories.rows().stream().anyMatch(r -> r.category().isPresent())) {
      categories(book.newWorksheet(unique("categories", names)), categories, language);
    }
    verdicts(book.newWorksheet(unique("verdicts", names)), report);
    book.finish();
  }

  private static void about(Worksheet sheet, Report report) throws IOException {
    String[][] rows = {
      {"pack", report.packId()},
      {"version", report.packVersion()},
      {"pack fingerprint", report.packFingerprint()},
      {"data fingerprint", report.dataFingerprint()},
      {"scope", report.scope().map(Object::toString).orElse("")},
      {"period", report.period().toString()},
      {"days", report.days().toString()},
      {"as of", report.asOf().toString()},
    };
    for (int r = 0; r < rows.length; r++) {
      sheet.value(r, 0, rows[r][0]);
      sheet.value(r, 1, rows[r][1]);
    }
    sheet.finish();
  }

  private static String dimensions(BreakdownTable table) {
    return String.join(" ", table.dimensions().stream().map(Object::toString).toList());
  }

  private static void breakdown(
      Worksheet sheet, Figure figure, BreakdownTable table, Language language) throws IOException {
    List<String> labels = table.dimensions().stream().map(Object::toString).toList();
    FigureRows.header(sheet, labels);
    int row = 1;
    for (Cell cell : table.cells()) {
      for (int c = 0; c < cell.labels().size(); c++) {
        sheet.value(row, c, cell.labels().get(c));
      }
      FigureRows.value(sheet, row, labels.size(), cell.value(), figure.format(), language);
      if (row++ % FLUSH_EVERY == 0) {
        sheet.flush();
      }
    }
    sheet.finish();
  }

  private static void rules(Worksheet sheet, Report report, Language language) throws IOException {
    List<String> header = List.of("rule", "version", "title", "legal basis", "applied");
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    Verdict[] verdicts = Verdict.values();
    for (int v = 0; v < verdicts.length; v++) {
      sheet.value(0, header.size() + v, key(verdicts[v]));
    }
    sheet.style(0, 0).bold().set();
    sheet.freezePane(0, 1);
    int row = 1;
    for (RuleResult rule : report.rules()) {
      sheet.value(row, 0, rule.ruleId());
      sheet.value(row, 1, rule.version());
      sheet.value(row, 2, rule.title().in(language == Language.VI));
      sheet.value(row, 3, rule.legalBasis());
      sheet.value(row, 4, rule.applied().map(Object::toString).orElse(""));
      java.util.Map<Verdict, Long> counts = rule.counts(); // a pass over the subjects: once
      for (int v = 0; v < verdicts.length; v++) {
        sheet.value(row, header.size() + v, counts.get(verdicts[v]));
        sheet.style(row, header.size() + v).format("#,##0").set();
      }
      row++;
    }
    sheet.finish();
  }

  /** The report by the law's content categories: a row a category, the verdict counts summed. */
  private static void categories(
      Worksheet sheet, io.github.qcdc.report.CategoryTable table, Language language)
      throws IOException {
    List<String> header = List.of("category", "name", "rules", "figures");
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    Verdict[] verdicts = Verdict.values();
    for (int v = 0; v < verdicts.length; v++) {
      sheet.value(0, header.size() + v, key(verdicts[v]));
    }
    sheet.style(0, 0).bold().set();
    int row = 1;
    for (io.github.qcdc.report.CategoryTable.Row r : table.rows()) {
      sheet.value(row, 0, r.category().map(c -> c.key()).orElse(""));
      sheet.value(
          row,
          1,
          r.category()
              .map(c -> c.in(language == Language.VI))
              .orElse(language == Language.VI ? "không nêu" : "not stated"));
      sheet.value(row, 2, String.join(" ", r.rules()));
      sheet.value(row, 3, String.join(" ", r.figures()));
      for (int v = 0; v < verdicts.length; v++) {
        sheet.value(row, header.size() + v, r.verdicts().get(verdicts[v]));
        sheet.style(row, header.size() + v).format("#,##0").set();
      }
      row++;
    }
    sheet.finish();
  }

  private static void verdicts(Worksheet sheet, Report report) throws IOException {
    List<String> header = List.of("rule", "subject", "name", "verdict");
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    sheet.freezePane(0, 1);
    int row = 1;
    for (RuleResult rule : report.rules()) {
      List<SubjectVerdict> list = rule.verdicts();
      for (int i = 0; i < list.size(); i++) {
        SubjectVerdict verdict = list.get(i);
        sheet.value(row, 0, rule.ruleId());
        sheet.value(row, 1, verdict.subject());
        sheet.value(row, 2, verdict.name());
        sheet.value(row, 3, key(list instanceof VerdictList v ? v.verdict(i) : verdict.verdict()));
        if (row++ % FLUSH_EVERY == 0) {
          sheet.flush();
        }
      }
    }
    sheet.finish();
  }

  /** A verdict's key, as documents write it: {@code no-data}. */
  static String key(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}, unique in the
   * workbook (a number added when it is not).
   */
  static String unique(String wanted, Set<String> taken) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-");
    base = base.length() > 31 ? base.substring(0, 31) : base;
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name =
          (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base)
              + suffix;
    }
    return name;
  }

  /** Keeps the caller's stream open when the workbook finishes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

package io.github.qcdc.io.csv;

import io.github.qcdc.io.internal.ExactValues;
import io.github.qcdc.io.internal.WholeFiles;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Writes the figures of a report as CSV for a spreadsheet: a header {@value #HEADER}, then a row
 * for each figure and one for each cell of its breakdowns, in the report's order.
 *
 * <ul>
 *   <li>{@code indicator}: the figure's id;
 *   <li>{@code cell}: empty for the figure itself, else the cell's labels joined by {@code /}
 *       ({@code 412/2017});
 *   <li>{@code value}: the exact value: a count ({@code 2849}), a fraction ({@code 281/411}), a
 *       decimal with its qualifier and measure unit ({@code gần 621.9 km}), a reported percentage
 *       ({@code 95%}), or {@code undefined (reason)};
 *   <li>{@code text}: the value as the report writes it in the language asked ({@code 2.849 cuộc},
 *       {@code 68,37%}), rounded once, at this step, as the figure's format states.
 * </ul>
 *
 * <p>UTF-8, lines ending in {@code \n} whatever the platform, fields quoted when they hold a comma,
 * a quote or a line break. A text a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, as OWASP advises) is written after
 * an apostrophe so that it is shown, never run; numbers and fractions such as {@code -3} stay as
 * they are. The same report gives the same bytes.
 *
 * @since 0.2
 */
public final class ReportCsv {
  /** The header row. */
  public static final String HEADER = "indicator,cell,value,text";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(/\\d+)?");

  private ReportCsv() {}

  /**
   * {@return the CSV of {@code report}'s figures, their texts in {@code language}}
   *
   * @param report the report
   * @param language the language of the headings and texts
   */
  public static String toCsv(Report report, Language language) {
    StringBuilder out = new StringBuilder();
    try {
      write(report, language, out);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the CSV of {@code report}'s figures to {@code out}, their texts in {@code language}.
   *
   * @param report the report
   * @param language the language of the headings and texts
   * @param out where it is written; not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Report report, Language language, Appendable out) throws IOException {
    out.append(HEADER).append('\n');
    for (Figure f : report.figures()) {
      row(out, f.id(), "", f.value(), FigureText.format(f.value(), f.format(), language));
      for (BreakdownTable table : f.breakdowns()) {
        for (Cell cell : table.cells()) {
          row(
              out,
              f.id(),
              String.join("/", cell.labels()),
              cell.value(),
              FigureText.format(cell.value(), f.format(), language));
        }
      }
    }
  }

  /**
   * Writes the CSV of {@code report}'s figures to {@code file}, whole or not at all (a failure
   * leaves no part of a file).
   *
   * @param report the report
   * @param language the language of the headings and texts
   * @param file the file written, whole or not at all
   * @throws IOException naming {@code file} and the reason
   */
  public static void write(Report report, Language language, Path file) throws IOException {
    WholeFiles.write(
        file,
        stream -> {
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          write(report, language, writer);
          writer.flush();
        });
  }

  private static void row(Appendable out, String id, String cell, FigureValue value, String text)
      throws IOException {
    out.append(field(id))
        .append(',')
        .append(field(cell))
        .append(',')
        .append(field(exact(value)))
        .append(',')
        .append(field(text))
        .append('\n');
  }

  /** The exact value, as the {@code value} column writes it. */
  static String exact(FigureValue value) {
    return ExactValues.text(value);
  }

  /**
   * {@return a CSV field: quoted when it holds a comma, a quote, a line feed or a carriage return;
   * a text a spreadsheet would evaluate starts with an apostrophe} Numbers stay numbers.
   *
   * @param text the field's text
   */
  public static String field(String text) {
    String safe =
        !text.isEmpty()
                && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !NUMBER.matcher(text).matches()
            ? "'" + text
            : text;
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
        ? "\"" + safe.replace("\"", "\"\"") + "\""
        : safe;
  }
}

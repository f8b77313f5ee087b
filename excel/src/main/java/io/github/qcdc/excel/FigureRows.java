package io.github.qcdc.excel;

import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.io.internal.ExactValues;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** The value columns of a figure's row: exact text, numerator, denominator, number, text. */
final class FigureRows {
  private FigureRows() {}

  /** The header row: {@code first} columns, then the value columns; bold and frozen. */
  static void header(Worksheet sheet, List<String> first) {
    List<String> all = new ArrayList<>(first);
    all.addAll(ExcelReport.VALUE_COLUMNS);
    for (int c = 0; c < all.size(); c++) {
      sheet.value(0, c, all.get(c));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
  }

  /** Writes {@code value} in the five columns from {@code column} of {@code row}. */
  static void value(
      Worksheet sheet,
      int row,
      int column,
      FigureValue value,
      FigureFormat format,
      Language language) {
    sheet.value(row, column, ExactValues.text(value));
    int numerator = column + 1;
    int denominator = column + 2;
    int number = column + 3;
    if (value instanceof FigureValue.Count c) {
      whole(sheet, row, numerator, c.count());
      whole(sheet, row, number, c.count());
    } else if (value instanceof FigureValue.Ratio r) {
      whole(sheet, row, numerator, r.fraction().numerator());
      whole(sheet, row, denominator, r.fraction().denominator());
      String n = Cells.column(numerator) + (row + 1);
      String d = Cells.column(denominator) + (row + 1);
      sheet.formula(row, number, "IF(" + d + "=0,\"\"," + n + "/" + d + ")");
      sheet.style(row, number).format(percent(format.percentDecimals())).set();
    } else if (value instanceof FigureValue.Decimal d && exactInASpreadsheet(d.value())) {
      sheet.value(row, number, d.value());
      sheet.style(row, number).format("#,##0.##########").set();
    } else if (value instanceof FigureValue.Percentage p
        && exactInASpreadsheet(p.percent().movePointLeft(2))) {
      sheet.value(row, number, p.percent().movePointLeft(2));
      sheet.style(row, number).format(percent(p.percent().scale())).set();
    }
    sheet.value(row, column + 4, FigureText.format(value, format, language));
  }

  private static void whole(Worksheet sheet, int row, int column, long value) {
    sheet.value(row, column, value);
    sheet.style(row, column).format("#,##0").set();
  }

  /** A percentage format with {@code decimals} places: {@code 0.00%}. */
  private static String percent(int decimals) {
    return decimals <= 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
  }

  /**
   * Whether a spreadsheet, which holds binary doubles, holds {@code value} exactly as written. The
   * double is only compared, never written: the cell gets the decimal itself, or nothing.
   */
  static boolean exactInASpreadsheet(BigDecimal value) {
    double d = value.doubleValue();
    return Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(value) == 0;
  }
}

package io.github.qcdc.excel;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet cell as the text a CSV template would hold: a text as it is, a number in full
 * ({@code 621.9}, never {@code 6.219E2}), a date cell as {@code yyyy-MM-dd}, a yes/no as {@code
 * true} or {@code false}, a formula as its saved result. A cell holding an error, or a formula with
 * no saved result, is a problem at the cell.
 */
final class Cells {
  /** Quoted text, escaped characters and bracketed sections of a number format. */
  private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]");

  /** Whether each number format seen shows a date: a workbook has a few formats, cells millions. */
  private static final java.util.concurrent.ConcurrentMap<String, Boolean> DATE_FORMATS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Cells() {}

  /** The column's letters: 0 is {@code A}, 26 is {@code AA}. */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * Whether a number format shows a date: one of Excel's built-in date formats (14 to 22, 45 to
   * 47), or a format whose codes outside quotes and brackets hold a day, month, year, hour or
   * second.
   */
  static boolean isDate(@Nullable Integer id, @Nullable String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    return DATE_FORMATS.computeIfAbsent(
        format,
        f -> {
          String codes = LITERALS.matcher(f).replaceAll("").toLowerCase(Locale.ROOT);
          return !codes.contains("general") && codes.chars().anyMatch(c -> "dmyhs".indexOf(c) >= 0);
        });
  }

  /**
   * The text of {@code cell}; {@code decimalComma} writes a number's decimal point as a comma (for
   * a column whose header says {@code :vi}).
   *
   * @throws QcdcException placed where {@code place} says (written only then) if the cell holds an
   *     error or an unsaved formula
   */
  static String text(
      @Nullable Cell cell, boolean decimalComma, java.util.function.Supplier<String> place) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case EMPTY -> "";
      case STRING -> cell.getText();
      case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
      case NUMBER -> number(cell, decimalComma);
      case FORMULA -> {
        String saved = cell.getRawValue();
        if (saved == null) {
          throw problem(
              place.get(),
              "a formula (="
                  + cell.getFormula()
                  + ") with no saved result; open and save the"
                  + " workbook in a spreadsheet, or enter the value");
        }
        yield saved;
      }
      case ERROR ->
          throw problem(
              place.get(), "the cell holds the error " + cell.getRawValue() + ", not a value");
    };
  }

  private static String number(Cell cell, boolean decimalComma) {
    if (isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
      LocalDateTime at = cell.asDate();
      return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
          ? at.toLocalDate().toString()
          : at.toString();
    }
    String raw = cell.getRawValue();
    // a spreadsheet writes 621.9 or 2849 as such; only an exponent (1E-3) needs rewriting
    String plain =
        raw.indexOf('E') < 0 && raw.indexOf('e') < 0 ? raw : new BigDecimal(raw).toPlainString();
    return decimalComma ? plain.replace('.', ',') : plain;
  }

  private static QcdcException problem(String place, String message) {
    return new QcdcException("unreadable cell " + place, List.of(Problem.of(place, message)));
  }
}

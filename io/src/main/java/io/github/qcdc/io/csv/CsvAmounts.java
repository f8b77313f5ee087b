package io.github.qcdc.io.csv;

import static java.util.Objects.requireNonNull;

import io.github.qcdc.records.Amount;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.text.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The amount of a data value as a CSV cell: {@code n/a}, or an optional qualifier word, a number
 * and an optional measure unit ({@code gần 800}, {@code 621,9 km}, {@code 95%}).
 *
 * <p>The number is written plainly ({@code 5973}, {@code 621.9}) unless the column's header
 * declares a style: {@code value:vi} for {@code 5.973} and {@code 621,9}, {@code value:en} for
 * {@code 5,973} and {@code 621.9}. A plain cell that only a style could read is refused, never
 * guessed: a comma, or a point followed by exactly three digits ({@code 5.973}: five thousand nine
 * hundred and seventy-three, or five point nine seven three?).
 */
final class CsvAmounts {
  private static final String NOT_APPLICABLE = "n/a";
  private static final Pattern CELL =
      Pattern.compile("(?:(\\p{L}+(?: \\p{L}+)?) +)?(\\d[\\d.,]*)(?:( ?%)| +(\\S(?:.*\\S)?))?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern GROUPED_LOOKING = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");

  private CsvAmounts() {}

  /**
   * Reads a cell in {@code style}, or plainly when null.
   *
   * @throws IllegalArgumentException saying what was expected, or why the number is ambiguous
   */
  static Amount parse(String cell, @Nullable NumberStyle style) {
    if (cell.equals(NOT_APPLICABLE)) {
      return Amount.notApplicable();
    }
    Matcher m = CELL.matcher(cell);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a number (such as "
              + (style == NumberStyle.VIETNAMESE ? "5.973 or 621,9" : "5973 or 621.9")
              + "), optionally after a qualifier (trên, hơn, tối thiểu, ít nhất, gần, khoảng) and"
              + " before a measure unit, or n/a: '"
              + cell
              + "'");
    }
    Amount amount = Amount.of(number(requireNonNull(m.group(2)), style));
    String word = m.group(1);
    if (word != null) {
      Qualifier q =
          Qualifier.fromWord(word)
              .filter(x -> x != Qualifier.EXACT)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "'"
                              + word
                              + "' is not a qualifier; expected trên, hơn, tối thiểu, ít nhất, gần"
                              + " or khoảng: '"
                              + cell
                              + "'"));
      amount = amount.withQualifier(q);
    }
    if (m.group(3) != null) {
      return amount.withMeasureUnit("%");
    }
    String unit = m.group(4);
    return unit == null ? amount : amount.withMeasureUnit(unit);
  }

  private static BigDecimal number(String text, @Nullable NumberStyle style) {
    if (style != null) {
      return style.parse(text);
    }
    if (GROUPED_LOOKING.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is ambiguous: "
              + text.replace(".", "")
              + " grouped the Vietnamese way, or a decimal? Name the column value:vi (5.973 is"
              + " 5973) or value:en (5.973 is five point nine seven three)");
    }
    if (text.indexOf(',') >= 0 || !PLAIN.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a plain number such as 5973 or 621.9; for numbers written the"
              + " Vietnamese way (5.973, 621,9) name the column value:vi, for 5,973 value:en");
    }
    return new BigDecimal(text);
  }

  /**
   * Writes {@code amount} as a cell in {@code style}, which {@link #parse} reads back equal. There
   * is no plain form: a plain {@code 1.125} could not be read back unambiguously.
   */
  static String format(Amount amount, NumberStyle style) {
    return amount.format(v -> style.format(v, v.scale(), RoundingMode.UNNECESSARY));
  }
}

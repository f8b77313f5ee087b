package io.github.qcdc.report;

import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.text.Language;
import io.github.qcdc.text.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes figures the way reports write them, rounding once.
 *
 * <table>
 *   <caption>Forms</caption>
 *   <tr><th>value</th><th>Vietnamese</th><th>English</th></tr>
 *   <tr><td>count 2849, noun cuộc/sessions</td><td>{@code 2.849 cuộc}</td>
 *       <td>{@code 2,849 sessions}</td></tr>
 *   <tr><td>281/411, noun xã/communes</td><td>{@code 281/411 xã, đạt 68,37%}</td>
 *       <td>{@code 281/411 communes, 68.37%}</td></tr>
 *   <tr><td>460/460, no noun</td><td>{@code 460/460 (100%)}</td><td>{@code 460/460 (100%)}</td></tr>
 *   <tr><td>sum of reported amounts 899.5, nearly, km</td><td>{@code gần 899,5 km}</td>
 *       <td>{@code nearly 899.5 km}</td></tr>
 *   <tr><td>reported percentage 97.25</td><td>{@code 97,25%}</td><td>{@code 97.25%}</td></tr>
 *   <tr><td>undefined</td><td>{@code không xác định (…)}</td><td>{@code undefined (…)}</td></tr>
 * </table>
 *
 * <p>A percentage is rounded once, to the format's places with its rounding mode; with {@code
 * trimZeros} the trailing zeros of the rounded value are dropped ({@code 100%}, {@code 68,4%}).
 *
 * @since 0.1
 */
public final class FigureText {
  private FigureText() {}

  /**
   * Writes {@code value} in {@code language} with {@code format}.
   *
   * @param value the value
   * @param format how the figure is written
   * @param language the language
   * @return the text
   */
  public static String format(FigureValue value, FigureFormat format, Language language) {
    NumberStyle numbers = language.numbers();
    String noun = language == Language.VI ? format.nounVi() : format.nounEn();
    if (value instanceof FigureValue.Count c) {
      return numbers.format(c.count()) + (noun.isEmpty() ? "" : " " + noun);
    }
    if (value instanceof FigureValue.Ratio r) {
      Fraction f = r.fraction();
      String fraction = numbers.format(f.numerator()) + "/" + numbers.format(f.denominator());
      String percent = percent(f, format, language);
      if (noun.isEmpty()) {
        return fraction + " (" + percent + ")";
      }
      return fraction + " " + noun + (language == Language.VI ? ", đạt " : ", ") + percent;
    }
    if (value instanceof FigureValue.Decimal d) {
      String unit = d.measureUnit().orElse(noun);
      return qualifier(d.qualifier(), language)
          + numbers.format(d.value(), d.value().scale(), RoundingMode.UNNECESSARY)
          + (unit.isEmpty() ? "" : " " + unit);
    }
    if (value instanceof FigureValue.Percentage p) {
      return qualifier(p.qualifier(), language)
          + numbers.format(p.percent(), p.percent().scale(), RoundingMode.UNNECESSARY)
          + "%"
          + (noun.isEmpty() ? "" : " " + noun);
    }
    String reason = ((FigureValue.Undefined) value).reason();
    return (language == Language.VI ? "không xác định (" : "undefined (") + reason + ")";
  }

  /** The qualifier's word and a space, in {@code language}: {@code gần }, {@code nearly }. */
  private static String qualifier(Qualifier qualifier, Language language) {
    if (qualifier == Qualifier.EXACT || language == Language.VI) {
      return qualifier.prefix();
    }
    return switch (qualifier) {
      case AT_LEAST -> "at least ";
      case MORE_THAN -> "more than ";
      case NEARLY -> "nearly ";
      default -> "about ";
    };
  }

  /**
   * {@return the percentage of {@code fraction}, rounded once as {@code format} says: {@code
   * 68,37%}}
   *
   * @param fraction the fraction
   * @param format how the figure is written
   * @param language the language
   */
  public static String percent(Fraction fraction, FigureFormat format, Language language) {
    BigDecimal percent = fraction.toPercent(format.percentDecimals(), format.rounding());
    int decimals = format.percentDecimals();
    if (format.trimZeros()) {
      BigDecimal stripped = percent.stripTrailingZeros();
      decimals = Math.max(0, stripped.scale());
    }
    return language.numbers().format(percent, decimals, format.rounding()) + "%";
  }
}

package io.github.qcdc.io.html;

import io.github.qcdc.report.FigureValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Horizontal bar charts drawn as inline SVG, each bar labelled with its group and its value as the
 * report writes it. Bar lengths are computed exactly and rounded half-even to whole units of the
 * drawing; shares (ratios, percentages) are drawn on a scale of 0 to 100% unless one exceeds it,
 * other values on a scale of 0 to the largest value. A bar below zero, or of an undefined value,
 * has no length; its label still shows its value.
 */
final class Charts {
  /** Width of the label column. */
  static final int LABEL_WIDTH = 230;

  /** Width of the longest bar. */
  static final int BAR_WIDTH = 330;

  /** Width left for the value written after a bar. */
  static final int VALUE_WIDTH = 220;

  /** Height of one row. */
  static final int ROW = 22;

  /** Labels longer than this are cut, the whole label kept in the bar's title. */
  static final int LABEL_CHARACTERS = 32;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** One bar: its label, the value it draws and the value as written. */
  record Bar(String label, FigureValue value, String text) {}

  private Charts() {}

  /** Writes a chart of {@code bars}, titled {@code title} for screen readers and printing. */
  static void bars(Html html, String title, List<Bar> bars) {
    BigDecimal max = scale(bars);
    int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
    int height = ROW * bars.size() + 8;
    html.open(
        "svg",
        "class",
        "chart",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "role",
        "img",
        "aria-label",
        title,
        "viewBox",
        "0 0 " + width + " " + height,
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height));
    html.element("title", title);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 4 + ROW * i;
      int length = length(bar.value(), max);
      html.open("g", "class", "bar");
      html.element("title", bar.label() + ": " + bar.text());
      html.element(
          "text",
          shortened(bar.label()),
          "x",
          Integer.toString(LABEL_WIDTH - 6),
          "y",
          Integer.toString(y + 15),
          "text-anchor",
          "end");
      html.open(
              "rect",
              "x",
              Integer.toString(LABEL_WIDTH),
              "y",
              Integer.toString(y + 3),
              "width",
              Integer.toString(length),
              "height",
              Integer.toString(ROW - 6))
          .close("rect");
      html.element(
          "text",
          bar.text(),
          "class",
          "value",
          "x",
          Integer.toString(LABEL_WIDTH + length + 5),
          "y",
          Integer.toString(y + 15));
      html.close("g");
    }
    html.close("svg");
  }

  /** The value drawn at full width: 100 for shares up to 100%, else the largest value. */
  static BigDecimal scale(List<Bar> bars) {
    boolean shares = bars.stream().allMatch(b -> Values.isShare(b.value()));
    BigDecimal max = shares ? HUNDRED : BigDecimal.ZERO;
    for (Bar bar : bars) {
      Optional<BigDecimal> length = Values.length(bar.value());
      if (length.isPresent() && length.get().compareTo(max) > 0) {
        max = length.get();
      }
    }
    return max;
  }

  /** The length of the bar of {@code value} on a scale whose full width is {@code max}. */
  static int length(FigureValue value, BigDecimal max) {
    Optional<BigDecimal> length = Values.length(value);
    if (length.isEmpty() || length.get().signum() <= 0 || max.signum() <= 0) {
      return 0;
    }
    return length
        .get()
        .multiply(BigDecimal.valueOf(BAR_WIDTH))
        .divide(max, 0, RoundingMode.HALF_EVEN)
        .intValueExact();
  }

  private static String shortened(String label) {
    int count = label.codePointCount(0, label.length());
    if (count <= LABEL_CHARACTERS) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARACTERS - 1)) + "…";
  }
}

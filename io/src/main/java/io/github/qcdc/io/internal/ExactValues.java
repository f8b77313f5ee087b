package io.github.qcdc.io.internal;

import io.github.qcdc.report.FigureValue;
import java.util.Optional;

/** Figure values written exactly, the same in every output that shows them. Not API. */
public final class ExactValues {
  private ExactValues() {}

  /**
   * The exact text of a defined value: a count ({@code 2849}), a fraction ({@code 281/411}), a
   * decimal with its qualifier and measure unit ({@code gần 621.9 km}), a reported percentage
   * ({@code 95%}); empty for an undefined value, which each output writes its own way.
   */
  public static Optional<String> of(FigureValue value) {
    if (value instanceof FigureValue.Count c) {
      return Optional.of(Long.toString(c.count()));
    } else if (value instanceof FigureValue.Ratio r) {
      return Optional.of(r.fraction().numerator() + "/" + r.fraction().denominator());
    } else if (value instanceof FigureValue.Decimal d) {
      return Optional.of(
          d.qualifier().prefix()
              + d.value().toPlainString()
              + d.measureUnit().map(u -> " " + u).orElse(""));
    } else if (value instanceof FigureValue.Percentage p) {
      return Optional.of(p.qualifier().prefix() + p.percent().toPlainString() + "%");
    }
    return Optional.empty();
  }

  /**
   * The exact text of any value, as the CSV and Excel outputs write it: {@link #of} for a defined
   * one, {@code undefined (reason)} for an undefined one.
   */
  public static String text(FigureValue value) {
    return of(value)
        .orElseGet(() -> "undefined (" + ((FigureValue.Undefined) value).reason() + ")");
  }
}

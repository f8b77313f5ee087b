package io.github.qcdc.engine;

import io.github.qcdc.records.Amount;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.report.FigureValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a value indicator's data values add up when they are not exact counts: decimals, qualified
 * amounts, amounts in a measure unit, reported percentages. The exact counts of the same
 * accumulator stay in its {@code long} cells; a figure cell is the two added together.
 *
 * <p>The figure is undefined, with the reason, when the amounts added are in different measure
 * units (an amount with no unit, an activity count included) or when reported percentages would be
 * added to one another.
 */
final class ReportedSums {
  private static final String NO_UNIT = "(no unit)";

  private final BigDecimal[] sums;
  private final Qualifier[] qualifiers;
  private final int[] values;
  private final SortedSet<String> units = new TreeSet<>();
  private long count;

  ReportedSums(int cells) {
    sums = new BigDecimal[cells];
    Arrays.fill(sums, BigDecimal.ZERO);
    qualifiers = new Qualifier[cells];
    Arrays.fill(qualifiers, Qualifier.EXACT);
    values = new int[cells];
  }

  /** Adds {@code amount}, applicable and not an exact count, into {@code cell}. */
  void add(int cell, Amount amount) {
    sums[cell] = sums[cell].add(amount.value());
    qualifiers[cell] = qualifiers[cell].and(amount.qualifier());
    values[cell]++;
    units.add(amount.measureUnit().orElse(NO_UNIT));
    count++;
  }

  /** Adds the sums of {@code later}, read from later records, into these. */
  void merge(ReportedSums later) {
    for (int c = 0; c < sums.length; c++) {
      sums[c] = sums[c].add(later.sums[c]);
      qualifiers[c] = qualifiers[c].and(later.qualifiers[c]);
      values[c] += later.values[c];
    }
    units.addAll(later.units);
    count += later.count;
  }

  /**
   * Why the figure has no value, if it has none: different units, or percentages added.
   *
   * @param counted how many records the accumulator counted, exact counts included
   */
  Optional<String> undefinedReason(long counted) {
    SortedSet<String> all = new TreeSet<>(units);
    if (counted > count) {
      all.add(NO_UNIT);
    }
    if (all.size() > 1) {
      return Optional.of(
          "the amounts added are in different measure units: " + String.join(", ", all));
    }
    if (all.contains("%") && count > 1) {
      return Optional.of(
          count
              + " reported percentages cannot be added; a reported percentage is a figure of its own");
    }
    return Optional.empty();
  }

  /** The value of cell {@code c}, whose exact counts add up to {@code exact}. */
  FigureValue cell(int c, long exact) {
    if (units.contains("%")) {
      return values[c] == 1
          ? new FigureValue.Percentage(sums[c], qualifiers[c])
          : FigureValue.undefined(
              values[c] == 0 ? "no percentage reported" : values[c] + " percentages reported");
    }
    return new FigureValue.Decimal(sums[c].add(BigDecimal.valueOf(exact)), qualifiers[c], unit());
  }

  /** The value of the whole figure, whose exact counts add up to {@code exact}. */
  FigureValue total(long exact) {
    if (units.contains("%")) {
      int c = 0;
      while (values[c] == 0) {
        c++;
      }
      return new FigureValue.Percentage(sums[c], qualifiers[c]);
    }
    BigDecimal sum = BigDecimal.valueOf(exact);
    Qualifier qualifier = Qualifier.EXACT;
    for (int c = 0; c < sums.length; c++) {
      sum = sum.add(sums[c]);
      qualifier = qualifier.and(qualifiers[c]);
    }
    return new FigureValue.Decimal(sum, qualifier, unit());
  }

  private Optional<String> unit() {
    String unit = units.first();
    return unit.equals(NO_UNIT) ? Optional.empty() : Optional.of(unit);
  }
}

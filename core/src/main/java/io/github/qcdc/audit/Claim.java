package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.records.Qualifier;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a report states: a count, a fraction with or without its percentage, a percentage, a range
 * of percentages, or a total with its parts.
 *
 * @since 0.1
 */
public sealed interface Claim {

  /**
   * A count: "2.849 cuộc", "hơn 350 lượt đơn vị".
   *
   * @param value the number
   * @param qualifier how it is qualified
   */
  record Count(long value, Qualifier qualifier) implements Claim {}

  /**
   * A fraction, and the percentage the report gives for it if any: "281/411 xã ..., đạt 68,13%".
   *
   * @param numerator the count on top
   * @param denominator the count below
   * @param percent the stated percentage, if any
   * @param decimals the decimals the percentage was written with
   */
  record Ratio(long numerator, long denominator, Optional<BigDecimal> percent, int decimals)
      implements Claim {}

  /**
   * A percentage: "đạt tỷ lệ 81%".
   *
   * @param value the percentage
   * @param decimals the decimals it was written with
   * @param qualifier how it is qualified
   */
  record Percent(BigDecimal value, int decimals, Qualifier qualifier) implements Claim {}

  /**
   * A range of percentages: "từ 55% đến 60%".
   *
   * @param low the lower end
   * @param high the upper end
   */
  record Range(BigDecimal low, BigDecimal high) implements Claim {}

  /**
   * A total and its parts: "2.849 cuộc, trong đó: cấp tỉnh 15, cấp huyện 226, cấp xã 2.608". The
   * parts of an exhaustive breakdown add up to the total; the parts of one that is not (the
   * highlights after "trong đó": "3.000 đơn, trong đó khiếu nại 120 đơn, tố cáo 35 đơn") do not
   * exceed it.
   *
   * @param total the total
   * @param parts the parts, in the order stated
   * @param exhaustive whether the parts are the whole of the total
   */
  record Parts(long total, ImmutableList<Part> parts, boolean exhaustive) implements Claim {
    /** An exhaustive breakdown. */
    public Parts(long total, ImmutableList<Part> parts) {
      this(total, parts, true);
    }
  }

  /**
   * One part of a total.
   *
   * @param label what the report calls it: "cấp tỉnh"
   * @param value its number
   */
  record Part(String label, long value) {
    /** Validates the label. */
    public Part {
      Checks.text("part label", label);
    }
  }
}

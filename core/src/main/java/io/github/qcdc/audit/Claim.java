package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.records.Qualifier;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a report states: a count, a fraction with or without its percentage, a percentage, a range
 * of percentages, a total with its parts, a number of items with the items listed, a change against
 * a base, or an overall rate with its parts' fractions.
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
    /**
     * An exhaustive breakdown.
     *
     * @param total the total
     * @param parts the parts, in the order stated
     */
    public Parts(long total, ImmutableList<Part> parts) {
      this(total, parts, true);
    }
  }

  /**
   * A number of items and the items listed: "tập trung vào 03 nội dung: công khai; bàn và quyết
   * định; giám sát". It holds if as many items are listed as stated.
   *
   * @param count the number stated
   * @param items the items listed, in order
   */
  record Listed(long count, ImmutableList<String> items) implements Claim {
    /**
     * Copies the items.
     *
     * @param count the number stated
     * @param items the items listed, in order
     */
    public Listed {
      items = ImmutableList.copyOf(items);
    }
  }

  /**
   * A value, its base and the change stated between them: "150 cuộc, tăng 12 cuộc so với năm 2019
   * (138 cuộc)" or "giảm 8,7% so với năm 2019 (138 cuộc)". An increase is positive, a decrease
   * negative; a change in percent is relative to the base.
   *
   * @param value the value stated now
   * @param base the value it is compared with
   * @param change the change stated, signed
   * @param percent whether the change is a percentage of the base
   * @param qualifier how the change is qualified ("tăng hơn 12 cuộc")
   */
  record Change(long value, long base, BigDecimal change, boolean percent, Qualifier qualifier)
      implements Claim {
    /**
     * Validates the change.
     *
     * @param value the value stated now
     * @param base the value it is compared with
     * @param change the change stated, signed
     * @param percent whether the change is a percentage of the base
     * @param qualifier how the change is qualified ("tăng hơn 12 cuộc")
     * @throws IllegalArgumentException if a change that is not a percentage is not whole
     */
    public Change {
      if (!percent && change.stripTrailingZeros().scale() > 0) {
        throw new IllegalArgumentException(
            "a change in a count is whole: " + change.toPlainString());
      }
    }
  }

  /**
   * An overall rate and the fractions of its parts: "đạt 50/65 xã (huyện A 20/25 xã, huyện B 30/40
   * xã)" or "tỷ lệ chung đạt 76,9% (huyện A 20/25, huyện B 30/40)". It holds if the overall rate is
   * the parts' numerators summed over their denominators summed (not the average of the parts'
   * percentages).
   *
   * @param total the overall rate: a {@link Ratio} or a {@link Percent}
   * @param parts the parts' fractions, in the order stated
   */
  record Rates(Claim total, ImmutableList<RatePart> parts) implements Claim {
    /**
     * Validates the total.
     *
     * @param total the overall rate: a {@link Ratio} or a {@link Percent}
     * @param parts the parts' fractions, in the order stated
     * @throws IllegalArgumentException if the total is not a fraction or a percentage
     */
    public Rates {
      if (!(total instanceof Ratio) && !(total instanceof Percent)) {
        throw new IllegalArgumentException(
            "an overall rate is a fraction or a percentage, not a "
                + total.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
      }
      parts = ImmutableList.copyOf(parts);
    }
  }

  /**
   * The fraction of one part of an overall rate.
   *
   * @param label what the report calls it: "huyện A"
   * @param numerator the count on top
   * @param denominator the count below, positive
   */
  record RatePart(String label, long numerator, long denominator) {
    /**
     * Validates the label and the fraction.
     *
     * @param label what the report calls it: "huyện A"
     * @param numerator the count on top
     * @param denominator the count below, positive
     */
    public RatePart {
      Checks.text("rate part label", label);
      if (numerator < 0 || denominator <= 0) {
        throw new IllegalArgumentException(
            "a part's fraction is a count over a positive count: " + numerator + "/" + denominator);
      }
    }
  }

  /**
   * One part of a total.
   *
   * @param label what the report calls it: "cấp tỉnh"
   * @param value its number
   */
  record Part(String label, long value) {
    /**
     * Validates the label.
     *
     * @param label what the report calls it: "cấp tỉnh"
     * @param value its number
     */
    public Part {
      Checks.text("part label", label);
    }
  }
}

package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.text.NumberStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks of claims against themselves, behind {@link Audit#consistency}: a fraction against its
 * percentage, a total against its parts, a number of items against the items listed, a change
 * against its value and base.
 */
final class SelfChecks {
  private static final NumberStyle VI = NumberStyle.VIETNAMESE;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Phrase PERCENT_CHECK =
      Phrase.of("x/y đạt z% đúng số học", "x/y is z% arithmetically");
  private static final Phrase PARTS_CHECK =
      Phrase.of("các phần cộng lại bằng tổng", "the parts add up to the total");
  private static final Phrase SUBSET_CHECK =
      Phrase.of(
          "các phần được nêu không vượt quá tổng", "the parts stated do not exceed the total");
  private static final Phrase LISTED_CHECK =
      Phrase.of("số mục nêu bằng số mục liệt kê", "as many items are listed as stated");
  private static final Phrase CHANGE_CHECK =
      Phrase.of("mức tăng, giảm đúng so với kỳ gốc", "the change matches the value and its base");

  private static final Phrase AGGREGATE_CHECK =
      Phrase.of(
          "tỷ lệ chung là tổng tử số trên tổng mẫu số",
          "an overall rate is summed numerators over summed denominators");

  private SelfChecks() {}

  static ImmutableList<AuditFinding> all(List<ReportedFigure> claims) {
    ImmutableList.Builder<AuditFinding> findings = ImmutableList.builder();
    for (ReportedFigure claim : claims) {
      if (claim.claim() instanceof Claim.Ratio r && r.percent().isPresent()) {
        findings.add(percentOf(claim, r, r.percent().get()));
      } else if (claim.claim() instanceof Claim.Parts p) {
        findings.add(parts(claim, p));
      } else if (claim.claim() instanceof Claim.Listed l) {
        findings.add(listed(claim, l));
      } else if (claim.claim() instanceof Claim.Change c) {
        findings.add(change(claim, c));
      } else if (claim.claim() instanceof Claim.Rates r) {
        findings.add(rates(claim, r));
      }
    }
    return findings.build();
  }

  private static AuditFinding percentOf(ReportedFigure claim, Claim.Ratio r, BigDecimal stated) {
    if (r.denominator() == 0) {
      return AuditFinding.of(
          claim, AuditFinding.Status.UNVERIFIABLE, PERCENT_CHECK, "the denominator is zero");
    }
    BigDecimal computed =
        Fraction.of(r.numerator(), r.denominator()).toPercent(r.decimals(), RoundingMode.HALF_UP);
    String fraction = VI.format(r.numerator()) + "/" + VI.format(r.denominator());
    String exact = fraction + " = " + VI.format(computed, r.decimals(), RoundingMode.HALF_UP) + "%";
    boolean all = stated.compareTo(HUNDRED) == 0 && r.numerator() != r.denominator();
    boolean none = stated.signum() == 0 && r.numerator() != 0;
    if (all || none) {
      // rounding may reach 100% or 0%, but a report saying so means every one, or none
      return AuditFinding.of(
          claim,
          AuditFinding.Status.MISMATCH,
          PERCENT_CHECK,
          exact
              + ", but "
              + (all
                  ? VI.format(r.denominator() - r.numerator())
                      + " of "
                      + VI.format(r.denominator())
                      + " are not counted: 100% means every one"
                  : VI.format(r.numerator()) + " are counted: 0% means none"));
    }
    if (computed.compareTo(stated) == 0) {
      return AuditFinding.of(claim, AuditFinding.Status.MATCH, PERCENT_CHECK, exact);
    }
    String statedText = VI.format(stated, r.decimals(), RoundingMode.HALF_UP) + "%";
    String belongsTo =
        numeratorFor(stated, r.denominator(), r.decimals())
            .map(k -> "; " + statedText + " is " + VI.format(k) + "/" + VI.format(r.denominator()))
            .orElse("; no numerator over " + VI.format(r.denominator()) + " gives " + statedText);
    return AuditFinding.of(
        claim,
        AuditFinding.Status.MISMATCH,
        PERCENT_CHECK,
        exact + ", not " + statedText + belongsTo);
  }

  /**
   * The numerator over {@code denominator} whose percentage rounds to {@code percent}, if one does.
   */
  private static Optional<Long> numeratorFor(BigDecimal percent, long denominator, int decimals) {
    long guess =
        percent
            .multiply(BigDecimal.valueOf(denominator))
            .divide(HUNDRED, 0, RoundingMode.HALF_UP)
            .longValueExact();
    for (long k = Math.max(0, guess - 2); k <= guess + 2; k++) {
      if (Fraction.of(k, denominator).toPercent(decimals, RoundingMode.HALF_UP).compareTo(percent)
          == 0) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static AuditFinding parts(ReportedFigure claim, Claim.Parts p) {
    long sum = 0;
    for (Claim.Part part : p.parts()) {
      try {
        sum = Math.addExact(sum, part.value());
      } catch (ArithmeticException e) {
        return tooLarge(claim, PARTS_CHECK);
      }
    }
    String terms =
        p.parts().stream().map(part -> VI.format(part.value())).collect(Collectors.joining(" + "));
    if (sum == p.total()) {
      return AuditFinding.of(
          claim, AuditFinding.Status.MATCH, PARTS_CHECK, VI.format(p.total()) + " = " + terms);
    }
    if (!p.exhaustive() && sum < p.total()) {
      return AuditFinding.of(
          claim,
          AuditFinding.Status.MATCH,
          SUBSET_CHECK,
          terms + " = " + VI.format(sum) + " ≤ " + VI.format(p.total()));
    }
    return AuditFinding.of(
        claim,
        AuditFinding.Status.MISMATCH,
        PARTS_CHECK,
        terms
            + " = "
            + VI.format(sum)
            + ", not "
            + VI.format(p.total())
            + " (difference "
            + difference(p.total(), sum)
            + ")");
  }

  /** {@code a - b}, exact, written the Vietnamese way when it fits in a long. */
  private static String difference(long a, long b) {
    java.math.BigInteger d =
        java.math.BigInteger.valueOf(a).subtract(java.math.BigInteger.valueOf(b));
    return d.bitLength() < 64 ? VI.format(d.longValueExact()) : d.toString();
  }

  /** The finding of a check whose sum passes the largest long: no exact sum, nothing checked. */
  private static AuditFinding tooLarge(ReportedFigure claim, Phrase check) {
    return AuditFinding.of(
        claim,
        AuditFinding.Status.UNVERIFIABLE,
        check,
        "the parts add up to more than " + VI.format(Long.MAX_VALUE) + ": no exact sum");
  }

  private static AuditFinding listed(ReportedFigure claim, Claim.Listed l) {
    String items = l.items().size() + " listed: " + String.join("; ", l.items());
    boolean holds = l.items().size() == l.count();
    return AuditFinding.of(
        claim,
        holds ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
        LISTED_CHECK,
        (holds ? "" : VI.format(l.count()) + " stated, ") + items);
  }

  private static AuditFinding change(ReportedFigure claim, Claim.Change c) {
    BigInteger difference = BigInteger.valueOf(c.value()).subtract(BigInteger.valueOf(c.base()));
    String words = VI.format(c.value()) + " − " + VI.format(c.base()) + " = " + signed(difference);
    BigDecimal computed;
    String shown;
    int decimals = Math.max(0, c.change().scale());
    if (c.percent()) {
      if (c.base() == 0) {
        return AuditFinding.of(
            claim, AuditFinding.Status.UNVERIFIABLE, CHANGE_CHECK, "the base is zero");
      }
      computed =
          new BigDecimal(difference)
              .multiply(HUNDRED)
              .divide(BigDecimal.valueOf(c.base()), decimals, RoundingMode.HALF_UP);
      shown =
          words
              + ", "
              + signed(difference)
              + "/"
              + VI.format(c.base())
              + " = "
              + signedPercent(computed, decimals);
    } else {
      computed = new BigDecimal(difference);
      shown = words;
    }
    String stated =
        c.percent()
            ? Audit.relation(c.qualifier()) + signedPercent(c.change(), decimals)
            : Audit.relation(c.qualifier()) + signed(c.change().toBigInteger());
    if (c.qualifier().isApproximate()) {
      return AuditFinding.of(
          claim,
          AuditFinding.Status.UNVERIFIABLE,
          CHANGE_CHECK,
          shown + "; stated " + stated + ", approximate: not checked exactly");
    }
    // "tăng hơn 12": the size of the change is bounded below, in its direction
    int cmp = computed.abs().compareTo(c.change().abs());
    boolean sameDirection = computed.signum() * c.change().signum() >= 0;
    boolean holds =
        sameDirection
            && switch (c.qualifier()) {
              case MORE_THAN -> cmp > 0;
              case AT_LEAST -> cmp >= 0;
              default -> computed.compareTo(c.change()) == 0;
            };
    return AuditFinding.of(
        claim,
        holds ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
        CHANGE_CHECK,
        shown + (holds ? "" : ", stated " + stated));
  }

  private static String signed(BigInteger n) {
    String abs =
        n.abs().bitLength() < 64 ? VI.format(n.abs().longValueExact()) : n.abs().toString();
    return (n.signum() < 0 ? "−" : "+") + abs;
  }

  private static String signedPercent(BigDecimal p, int decimals) {
    return (p.signum() < 0 ? "−" : "+") + VI.format(p.abs(), decimals, RoundingMode.HALF_UP) + "%";
  }

  private static AuditFinding rates(ReportedFigure claim, Claim.Rates r) {
    List<Fraction> parts =
        r.parts().stream().map(p -> Fraction.of(p.numerator(), p.denominator())).toList();
    if (r.total() instanceof Claim.Percent p) {
      return overall(claim, p, parts);
    }
    Claim.Ratio total = (Claim.Ratio) r.total();
    Fraction pooled;
    try {
      pooled = parts.stream().reduce(Fraction::pooledWith).orElseThrow();
    } catch (ArithmeticException e) {
      return tooLarge(claim, AGGREGATE_CHECK);
    }
    String sums =
        terms(r.parts(), Claim.RatePart::numerator)
            + " = "
            + VI.format(pooled.numerator())
            + " of "
            + terms(r.parts(), Claim.RatePart::denominator)
            + " = "
            + VI.format(pooled.denominator());
    boolean holds =
        pooled.numerator() == total.numerator() && pooled.denominator() == total.denominator();
    return AuditFinding.of(
        claim,
        holds ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
        AGGREGATE_CHECK,
        sums
            + (holds
                ? ""
                : ", not " + VI.format(total.numerator()) + "/" + VI.format(total.denominator())));
  }

  private static String terms(
      List<Claim.RatePart> parts, java.util.function.ToLongFunction<Claim.RatePart> part) {
    return parts.stream()
        .map(p -> VI.format(part.applyAsLong(p)))
        .collect(Collectors.joining(" + "));
  }

  /**
   * Checks an overall percentage against the fractions of its parts: the summed numerators over the
   * summed denominators, rounded half up to the places stated; the finding says when the stated
   * value is the average of the parts' percentages instead.
   */
  static AuditFinding overall(ReportedFigure figure, Claim.Percent p, List<Fraction> parts) {
    Fraction summed;
    try {
      summed = parts.stream().reduce(Fraction::pooledWith).orElseThrow();
    } catch (ArithmeticException e) {
      return tooLarge(figure, AGGREGATE_CHECK);
    }
    BigDecimal right = summed.toPercent(p.decimals(), RoundingMode.HALF_UP);
    String computed =
        VI.format(summed.numerator())
            + "/"
            + VI.format(summed.denominator())
            + " = "
            + VI.format(right, p.decimals(), RoundingMode.HALF_UP)
            + "%";
    if (right.compareTo(p.value()) == 0 && p.qualifier() == Qualifier.EXACT) {
      return AuditFinding.of(figure, AuditFinding.Status.MATCH, AGGREGATE_CHECK, computed);
    }
    if (p.qualifier() != Qualifier.EXACT) {
      return AuditFinding.of(
          figure,
          AuditFinding.Status.UNVERIFIABLE,
          AGGREGATE_CHECK,
          computed + "; a qualified percentage is not checked exactly");
    }
    BigDecimal average =
        parts.stream()
            .map(f -> f.toPercent(10, RoundingMode.HALF_UP))
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(parts.size()), p.decimals(), RoundingMode.HALF_UP);
    String why =
        average.compareTo(p.value()) == 0
            ? "; the stated value is the average of the parts' percentages"
            : "";
    return AuditFinding.of(
        figure,
        AuditFinding.Status.MISMATCH,
        AGGREGATE_CHECK,
        computed + ", not " + VI.format(p.value(), p.decimals(), RoundingMode.HALF_UP) + "%" + why);
  }
}

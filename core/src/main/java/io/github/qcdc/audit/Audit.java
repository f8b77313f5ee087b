package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.text.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Checks reported figures against themselves and against computed figures. Computations are shown
 * in Vietnamese number style; percentages are compared after rounding the exact value once, half
 * up, to the places the report wrote.
 *
 * <ul>
 *   <li>A fraction with its percentage holds if {@code 100·x/y}, so rounded, is the stated
 *       percentage; if not, the finding says which numerator the stated percentage belongs to
 *       ("68,13% is 280/411").
 *   <li>A total with parts holds if the parts add up to it.
 *   <li>A percentage over several units holds if it is the summed numerators over the summed
 *       denominators; the finding says when it is the average of the parts' percentages instead.
 * </ul>
 *
 * @since 0.1
 */
public final class Audit {
  private static final NumberStyle VI = NumberStyle.VIETNAMESE;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Phrase COMPUTED_CHECK =
      Phrase.of("khớp với số liệu tính được", "matches the computed figure");

  private Audit() {}

  /**
   * Checks each claim against itself: a fraction against its percentage, a total against its parts,
   * a number of items against the items listed, a change against its value and base. Claims with
   * nothing to check against themselves (a count, a bare fraction) give no finding. A claim read
   * with {@link Confidence#LOW low} confidence that does not hold is {@link
   * AuditFinding.Status#TO_CONFIRM}.
   *
   * @param claims the claims read from one text
   * @return the findings, one per check, in the claims' order
   */
  public static ImmutableList<AuditFinding> consistency(List<ReportedFigure> claims) {
    return SelfChecks.all(claims);
  }

  /**
   * Checks {@code claim} against the value qcdc computed for it: a count exactly or as qualified
   * ("hơn 350" holds for 351), a fraction by its numerator and denominator and, when the claim
   * states a percentage, that percentage rounded half-up to the claim's decimals ("281/411, đạt
   * 68,13%" is a MISMATCH: 281/411 is 68,37%), a percentage or range by the computed fraction. An
   * undefined figure, an approximate claim or a claim of another kind is UNVERIFIABLE, with why.
   *
   * @param claim the claim
   * @param computed the value qcdc computed for it
   * @return the finding
   */
  public static AuditFinding against(ReportedFigure claim, FigureValue computed) {
    if (computed instanceof FigureValue.Undefined u) {
      return unverifiable(claim, "the computed figure is undefined: " + u.reason());
    }
    Claim c = claim.claim();
    if (c instanceof Claim.Count count && computed instanceof FigureValue.Count k) {
      return compare(
          claim,
          count.qualifier(),
          BigDecimal.valueOf(k.count()),
          BigDecimal.valueOf(count.value()),
          VI.format(k.count()),
          VI.format(count.value()));
    }
    if (c instanceof Claim.Parts parts && computed instanceof FigureValue.Count k) {
      return compare(
          claim,
          Qualifier.EXACT,
          BigDecimal.valueOf(k.count()),
          BigDecimal.valueOf(parts.total()),
          VI.format(k.count()),
          VI.format(parts.total()));
    }
    if (computed instanceof FigureValue.Decimal d
        && (c instanceof Claim.Count || c instanceof Claim.Parts)) {
      long stated = c instanceof Claim.Count count ? count.value() : ((Claim.Parts) c).total();
      Qualifier q = c instanceof Claim.Count count ? count.qualifier() : Qualifier.EXACT;
      String unit = d.measureUnit().map(u -> " " + u).orElse("");
      return bounded(
          claim,
          q,
          d.qualifier(),
          d.value(),
          BigDecimal.valueOf(stated),
          VI.format(d.value(), d.value().scale(), RoundingMode.UNNECESSARY) + unit,
          VI.format(stated));
    }
    if (computed instanceof FigureValue.Percentage pc && c instanceof Claim.Percent p) {
      return bounded(
          claim,
          p.qualifier(),
          pc.qualifier(),
          pc.percent(),
          p.value(),
          VI.format(pc.percent(), pc.percent().scale(), RoundingMode.UNNECESSARY) + "%",
          VI.format(p.value(), p.decimals(), RoundingMode.HALF_UP) + "%");
    }
    if (computed instanceof FigureValue.Ratio ratio) {
      Optional<AuditFinding> checked = againstFraction(claim, c, ratio.fraction());
      if (checked.isPresent()) {
        return checked.get();
      }
    }
    return unverifiable(
        claim,
        "the report states " + kind(c) + "; the computed figure is " + computedKind(computed));
  }

  /** Checks a fraction, a percentage or a range stated against the computed fraction {@code f}. */
  private static Optional<AuditFinding> againstFraction(ReportedFigure claim, Claim c, Fraction f) {
    String fraction = VI.format(f.numerator()) + "/" + VI.format(f.denominator());
    if (c instanceof Claim.Ratio r) {
      boolean same = r.numerator() == f.numerator() && r.denominator() == f.denominator();
      String stated = VI.format(r.numerator()) + "/" + VI.format(r.denominator());
      if (same && r.percent().isPresent()) {
        BigDecimal percent = f.toPercent(r.decimals(), RoundingMode.HALF_UP);
        String computedPercent = VI.format(percent, r.decimals(), RoundingMode.HALF_UP) + "%";
        String statedPercent =
            VI.format(r.percent().get(), r.decimals(), RoundingMode.HALF_UP) + "%";
        boolean percentHolds = percent.compareTo(r.percent().get()) == 0;
        return Optional.of(
            AuditFinding.of(
                claim,
                percentHolds ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
                COMPUTED_CHECK,
                "computed "
                    + fraction
                    + " = "
                    + computedPercent
                    + (percentHolds ? "" : ", stated " + statedPercent)));
      }
      return Optional.of(
          AuditFinding.of(
              claim,
              same ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
              COMPUTED_CHECK,
              "computed " + fraction + (same ? "" : ", stated " + stated)));
    }
    if (c instanceof Claim.Percent p) {
      BigDecimal value = f.toPercent(p.decimals(), RoundingMode.HALF_UP);
      return Optional.of(
          compare(
              claim,
              p.qualifier(),
              value,
              p.value(),
              fraction + " = " + VI.format(value, p.decimals(), RoundingMode.HALF_UP) + "%",
              VI.format(p.value(), p.decimals(), RoundingMode.HALF_UP) + "%"));
    }
    if (c instanceof Claim.Range range) {
      BigDecimal exact = f.toPercent(6, RoundingMode.HALF_UP);
      boolean inside = exact.compareTo(range.low()) >= 0 && exact.compareTo(range.high()) <= 0;
      return Optional.of(
          AuditFinding.of(
              claim,
              inside ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
              COMPUTED_CHECK,
              fraction
                  + " = "
                  + VI.format(f.toPercent(2, RoundingMode.HALF_UP), 2, RoundingMode.HALF_UP)
                  + "%, "
                  + (inside ? "inside " : "outside ")
                  + VI.format(range.low(), range.low().scale(), RoundingMode.UNNECESSARY)
                  + "%-"
                  + VI.format(range.high(), range.high().scale(), RoundingMode.UNNECESSARY)
                  + "%"));
    }
    return Optional.empty();
  }

  private static String computedKind(FigureValue computed) {
    if (computed instanceof FigureValue.Count) {
      return "a count";
    }
    if (computed instanceof FigureValue.Decimal) {
      return "a sum of reported amounts";
    }
    return computed instanceof FigureValue.Percentage ? "a reported percentage" : "a fraction";
  }

  /**
   * Compares a stated value with a computed one that may itself be qualified (a sum of qualified
   * parts): exactly when the computed value is exact; otherwise a MISMATCH only when no true value
   * can satisfy both ("trên 11.000" computed, "10.000" stated), else unverifiable.
   */
  private static AuditFinding bounded(
      ReportedFigure claim,
      Qualifier stated,
      Qualifier computedQualifier,
      BigDecimal computed,
      BigDecimal statedValue,
      String computedText,
      String statedText) {
    if (computedQualifier == Qualifier.EXACT) {
      return compare(claim, stated, computed, statedValue, computedText, statedText);
    }
    String computedWords = computedQualifier.prefix() + computedText;
    if (computedQualifier.isApproximate() || stated.isApproximate()) {
      return unverifiable(
          claim,
          "the computed figure is approximate ("
              + computedWords
              + "); stated "
              + statedText
              + ", not checked exactly");
    }
    // the computed figure is a lower bound; a stated upper bound does not exist among qualifiers
    boolean disjoint =
        stated == Qualifier.EXACT
            && (computedQualifier == Qualifier.MORE_THAN
                ? statedValue.compareTo(computed) <= 0
                : statedValue.compareTo(computed) < 0);
    if (disjoint) {
      return AuditFinding.of(
          claim,
          AuditFinding.Status.MISMATCH,
          COMPUTED_CHECK,
          "computed " + computedWords + ", stated " + statedText);
    }
    return unverifiable(
        claim,
        "consistent with the computed figure (" + computedWords + "), not checkable exactly");
  }

  private static AuditFinding compare(
      ReportedFigure claim,
      Qualifier qualifier,
      BigDecimal computed,
      BigDecimal stated,
      String computedText,
      String statedText) {
    if (qualifier.isApproximate()) {
      return unverifiable(
          claim, "an approximate figure is not checked exactly; computed " + computedText);
    }
    int c = computed.compareTo(stated);
    boolean holds =
        switch (qualifier) {
          case MORE_THAN -> c > 0;
          case AT_LEAST -> c >= 0;
          default -> c == 0;
        };
    String relation = relation(qualifier);
    return AuditFinding.of(
        claim,
        holds ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
        COMPUTED_CHECK,
        "computed " + computedText + ", stated " + relation + statedText);
  }

  /**
   * Checks an overall percentage against the fractions of its parts: it must be the summed
   * numerators over the summed denominators.
   *
   * @param total the overall rate as the text states it
   * @param parts the parts' fractions the text states
   * @return the finding
   */
  public static AuditFinding aggregate(ReportedFigure total, List<Fraction> parts) {
    if (!(total.claim() instanceof Claim.Percent p) || parts.isEmpty()) {
      return unverifiable(
          total, "an overall check needs a stated percentage and the parts' fractions");
    }
    return SelfChecks.overall(total, p, parts);
  }

  /** How a computation names a qualifier: "more than ", "at least ", "about ", or nothing. */
  static String relation(Qualifier qualifier) {
    return switch (qualifier) {
      case MORE_THAN -> "more than ";
      case AT_LEAST -> "at least ";
      case NEARLY -> "nearly ";
      case ABOUT -> "about ";
      case EXACT -> "";
    };
  }

  private static AuditFinding unverifiable(ReportedFigure claim, String why) {
    return AuditFinding.of(claim, AuditFinding.Status.UNVERIFIABLE, COMPUTED_CHECK, why);
  }

  private static String kind(Claim c) {
    if (c instanceof Claim.Count || c instanceof Claim.Parts) {
      return "a count";
    }
    if (c instanceof Claim.Listed) {
      return "a number of items listed";
    }
    if (c instanceof Claim.Change) {
      return "a change";
    }
    if (c instanceof Claim.Rates) {
      return "an overall rate";
    }
    return c instanceof Claim.Ratio ? "a fraction" : "a percentage";
  }
}

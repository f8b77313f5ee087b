package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.Report;
import io.github.qcdc.text.VietnameseNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A claim of a report's text set against the figure qcdc computed for it, and how the figure was
 * chosen.
 *
 * <p>A claim is matched to a figure of the report, in this order:
 *
 * <ol>
 *   <li>{@link How#NAMED}: its line names an indicator id in square brackets ({@code 2.849 cuộc
 *       giám sát [supervisions]}), or its id is an indicator's id (a claims document may say so);
 *   <li>{@link How#TITLE}: the words of its line contain the Vietnamese title of exactly one figure
 *       (case, Unicode form and tone-mark placement folded);
 *   <li>{@link How#VALUE}: exactly one figure has its value (the same count, the same fraction, a
 *       total equal to the figure's count) and, when the figure has a noun, its words contain it;
 * </ol>
 *
 * <p>otherwise it is {@link How#UNMATCHED} (no figure, or several equally likely: never a guess). A
 * matched claim's finding is {@link Audit#against}: MATCH, MISMATCH or UNVERIFIABLE with why. A
 * match by value cannot find a wrong number, only confirm one: name the figure to check a claim.
 *
 * @param claim the claim
 * @param figure the figure it was matched to, if any
 * @param how how it was matched
 * @param finding the check against the figure; empty when unmatched
 * @since 0.2
 */
public record ClaimMatch(
    ReportedFigure claim, Optional<String> figure, How how, Optional<AuditFinding> finding) {

  /** How a claim was matched to a figure. */
  public enum How {
    /** The text or the claim's id names the indicator. */
    NAMED,
    /** The words contain the figure's title. */
    TITLE,
    /** The value and the noun. */
    VALUE,
    /** No figure, or several. */
    UNMATCHED
  }

  /**
   * {@return every claim of {@code claims}, extracted from {@code text}, matched to a figure of
   * {@code report}, in the claims' order; a claim's words are those of its line ({@link
   * ReportedFigure#line()}), or its own text when the line is not in {@code text}}
   *
   * @param text the report's text
   * @param claims the claims read from it
   * @param report the report whose figures the claims are matched to
   */
  public static ImmutableList<ClaimMatch> all(
      String text, List<ReportedFigure> claims, Report report) {
    List<String> lines = text.lines().toList();
    ImmutableList.Builder<ClaimMatch> matches = ImmutableList.builder();
    for (ReportedFigure claim : claims) {
      int line = claim.line();
      String words = line >= 1 && line <= lines.size() ? lines.get(line - 1) : claim.text();
      matches.add(of(claim, words, report));
    }
    return matches.build();
  }

  /**
   * {@return {@code claim}, read among {@code words} (its line), matched to a figure of {@code
   * report}}
   *
   * @param claim the claim
   * @param words the words of the claim's line
   * @param report the report whose figures the claims are matched to
   */
  public static ClaimMatch of(ReportedFigure claim, String words, Report report) {
    String line = words.contains(claim.text()) ? words : claim.text() + " " + words;
    for (Figure figure : report.figures()) {
      if (claim.id().equals(figure.id()) || line.contains("[" + figure.id() + "]")) {
        return checked(claim, figure, How.NAMED);
      }
    }
    String folded = VietnameseNames.normalize(line);
    List<Figure> titled = new ArrayList<>();
    for (Figure figure : report.figures()) {
      String title = VietnameseNames.normalize(figure.title().vi());
      if (!title.isEmpty() && folded.contains(title)) {
        titled.add(figure);
      }
    }
    if (titled.size() == 1) {
      return checked(claim, titled.get(0), How.TITLE);
    }
    List<Figure> valued = new ArrayList<>();
    for (Figure figure : report.figures()) {
      String noun = VietnameseNames.normalize(figure.format().nounVi());
      if (sameValue(claim.claim(), figure.value()) && (noun.isEmpty() || folded.contains(noun))) {
        valued.add(figure);
      }
    }
    if (valued.size() == 1) {
      return checked(claim, valued.get(0), How.VALUE);
    }
    return new ClaimMatch(claim, Optional.empty(), How.UNMATCHED, Optional.empty());
  }

  private static ClaimMatch checked(ReportedFigure claim, Figure figure, How how) {
    // a total, the value a change is stated for, or an overall rate is what a figure computes
    ReportedFigure checked =
        new ReportedFigure(
            claim.id(), claim.text(), claim.line(), computable(claim.claim()), claim.confidence());
    AuditFinding finding = Audit.against(checked, figure.value());
    return new ClaimMatch(
        claim,
        Optional.of(figure.id()),
        how,
        Optional.of(
            new AuditFinding(claim, finding.status(), finding.check(), finding.computation())));
  }

  /** The claim a computed figure is compared with: a total, a change's value, an overall rate. */
  private static Claim computable(Claim claim) {
    if (claim instanceof Claim.Parts p) {
      return new Claim.Count(p.total(), Qualifier.EXACT);
    }
    if (claim instanceof Claim.Change c) {
      return new Claim.Count(c.value(), Qualifier.EXACT);
    }
    return claim instanceof Claim.Rates r ? r.total() : claim;
  }

  private static boolean sameValue(Claim stated, FigureValue value) {
    Claim claim = computable(stated);
    if (value instanceof FigureValue.Count count) {
      return claim instanceof Claim.Count c
          && c.qualifier() == Qualifier.EXACT
          && c.value() == count.count();
    }
    if (value instanceof FigureValue.Decimal d && d.qualifier() == Qualifier.EXACT) {
      return claim instanceof Claim.Count c
          && c.qualifier() == Qualifier.EXACT
          && BigDecimal.valueOf(c.value()).compareTo(d.value()) == 0;
    }
    if (value instanceof FigureValue.Percentage p && claim instanceof Claim.Percent c) {
      return c.qualifier() == p.qualifier() && c.value().compareTo(p.percent()) == 0;
    }
    if (value instanceof FigureValue.Ratio ratio && claim instanceof Claim.Ratio r) {
      Fraction f = ratio.fraction();
      return r.numerator() == f.numerator() && r.denominator() == f.denominator();
    }
    return false;
  }
}

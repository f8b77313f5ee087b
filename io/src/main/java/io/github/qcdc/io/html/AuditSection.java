package io.github.qcdc.io.html;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ClaimMatch;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.report.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit of a report's text shown on an {@link HtmlReport}: every claim read from the text with
 * its line, the findings of the text checked against itself (parts against totals, fractions
 * against percentages), and each claim's match to a computed figure, whose value is shown beside
 * it.
 *
 * @param source what was audited, as a reader should see it: a file name or a title
 * @param claims the claims read from the text, in the text's order
 * @param findings the findings of the text checked against itself, each on one of {@code claims}
 * @param matches each claim matched to a figure of the report (or unmatched), in the claims' order;
 *     empty when the text was not checked against data
 * @since 0.2
 */
public record AuditSection(
    String source,
    ImmutableList<ReportedFigure> claims,
    ImmutableList<AuditFinding> findings,
    ImmutableList<ClaimMatch> matches) {

  /**
   * Validates that the findings and the matches are on the claims, and that there is one match per
   * claim or none.
   *
   * @param source what was audited, as a reader should see it: a file name or a title
   * @param claims the claims read from the text, in the text's order
   * @param findings the findings of the text checked against itself, each on one of {@code claims}
   * @param matches each claim matched to a figure of the report (or unmatched), in the claims'
   *     order; empty when the text was not checked against data
   * @throws IllegalArgumentException naming the finding or match that is on no claim
   */
  public AuditSection {
    if (source.isBlank()) {
      throw new IllegalArgumentException(
          "audit source must name what was audited, got '" + source + "'");
    }
    Set<String> ids = new HashSet<>();
    claims.forEach(c -> ids.add(c.id()));
    for (AuditFinding f : findings) {
      if (!ids.contains(f.figure().id())) {
        throw new IllegalArgumentException(
            "audit finding on " + f.figure().id() + " is on no claim of " + source);
      }
    }
    if (!matches.isEmpty() && matches.size() != claims.size()) {
      throw new IllegalArgumentException(
          "audit of "
              + source
              + " has "
              + matches.size()
              + " matches for "
              + claims.size()
              + " claims; give one per claim, in their order, or none");
    }
    for (int i = 0; i < matches.size(); i++) {
      if (!matches.get(i).claim().id().equals(claims.get(i).id())) {
        throw new IllegalArgumentException(
            "audit match "
                + (i + 1)
                + " of "
                + source
                + " is on claim "
                + matches.get(i).claim().id()
                + ", expected "
                + claims.get(i).id());
      }
    }
  }

  /**
   * {@return the audit of {@code text} against itself and against the figures of {@code report}:
   * its claims ({@link ClaimExtractor#extract}), their consistency ({@link Audit#consistency}) and
   * each matched to a figure ({@link ClaimMatch#all})}
   *
   * @param source what was audited, as a reader should see it: a file name or a title
   * @param text the report's text
   * @param report the report
   */
  public static AuditSection of(String source, String text, Report report) {
    ImmutableList<ReportedFigure> claims = ClaimExtractor.extract(text);
    return new AuditSection(
        source, claims, Audit.consistency(claims), ClaimMatch.all(text, claims, report));
  }

  /**
   * {@return the audit of {@code text} against itself only: no claim is matched to a figure}
   *
   * @param source what was audited, as a reader should see it: a file name or a title
   * @param text the report's text
   */
  public static AuditSection of(String source, String text) {
    ImmutableList<ReportedFigure> claims = ClaimExtractor.extract(text);
    return new AuditSection(source, claims, Audit.consistency(claims), ImmutableList.of());
  }

  /** The findings on the claim {@code id}, in order. */
  List<AuditFinding> findingsOn(String id) {
    return findings.stream().filter(f -> f.figure().id().equals(id)).toList();
  }
}

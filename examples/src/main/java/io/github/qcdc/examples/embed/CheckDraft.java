package io.github.qcdc.examples.embed;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a report draft before it is sent: every figure the claim extractor finds in the draft's
 * Vietnamese text is checked against itself (parts add up, "x/y, đạt z%" holds) and, where the
 * author says which indicator computes it, against qcdc's figure.
 */
public final class CheckDraft {
  private CheckDraft() {}

  /**
   * The findings on {@code draft}: the text's own consistency, then each claim whose text contains
   * a key of {@code indicators} checked against that indicator of {@code report}.
   *
   * @param indicators indicator ids by a phrase of the claim ({@code "cuộc giám sát"})
   */
  public static ImmutableList<AuditFinding> check(
      String draft, Report report, Map<String, String> indicators) {
    List<ReportedFigure> claims = ClaimExtractor.extract(draft);
    List<AuditFinding> findings = new ArrayList<>(Audit.consistency(claims));
    for (ReportedFigure claim : claims) {
      indicators.forEach(
          (phrase, indicator) -> {
            if (claim.text().contains(phrase)) {
              findings.add(
                  report
                      .figure(indicator)
                      .map(f -> Audit.against(claim, f.value()))
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "report of pack "
                                      + report.packId()
                                      + " has no figure "
                                      + indicator)));
            }
          });
    }
    return ImmutableList.copyOf(findings);
  }
}

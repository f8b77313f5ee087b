package io.github.qcdc.examples.cli;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.ClaimMatch;
import io.github.qcdc.audit.ReportText;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.engine.Evaluation;
import io.github.qcdc.examples.cli.ReportCommand.Request;
import io.github.qcdc.examples.nghean.Reproduction;
import io.github.qcdc.examples.nghean.SeedReport;
import io.github.qcdc.io.html.AuditSection;
import io.github.qcdc.io.html.HtmlReport;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML page of {@code report --format html}: the report with its units' names and, with {@code
 * --audit FILE}, the audit of that text against the figures; for the bundled Nghệ An report, the
 * audit of the seed report with each figure checked as the text report checks it.
 */
final class HtmlPages {
  private HtmlPages() {}

  static HtmlReport of(Request request, String dataset, Evaluation evaluation) throws IOException {
    Report report = evaluation.report();
    HtmlReport page =
        HtmlReport.of(report)
            .withLanguage(request.language())
            .withUnits(
                java.util.Objects.requireNonNull(request.datasets().get(dataset)).gazetteer());
    if (request.auditText().isPresent()) {
      Path file = request.auditText().get();
      String name = file.getFileName().toString();
      String text = ReportText.decode(Files.readAllBytes(file), name);
      return page.withAudit(AuditSection.of(name, text, report));
    }
    if (request.seedApplies()) {
      return page.withAudit(seedAudit(report, request.pack()));
    }
    return page;
  }

  /**
   * The seed report's claims, checked against themselves and against {@code report}: a claim the
   * reproduction maps to a figure or a parameter is matched to it by name; a figure the report
   * cannot reproduce keeps its reason; any other claim is unmatched.
   */
  static AuditSection seedAudit(Report report, RulePack pack) {
    List<ReportedFigure> claims = List.copyOf(Reproduction.seedClaims().values());
    Map<String, Reproduction.Row> rows = new HashMap<>();
    for (Reproduction.Row row : Reproduction.check(report, pack)) {
      rows.putIfAbsent(row.claim().id(), row);
    }
    ImmutableList.Builder<ClaimMatch> matches = ImmutableList.builder();
    for (ReportedFigure claim : claims) {
      Reproduction.Row row = rows.get(claim.id());
      if (row == null) {
        matches.add(
            new ClaimMatch(claim, Optional.empty(), ClaimMatch.How.UNMATCHED, Optional.empty()));
      } else if (row.seed().target().isEmpty()) {
        matches.add(
            new ClaimMatch(
                claim, Optional.empty(), ClaimMatch.How.UNMATCHED, Optional.of(row.finding())));
      } else {
        matches.add(
            new ClaimMatch(
                claim,
                Optional.of(row.seed().target()),
                ClaimMatch.How.NAMED,
                Optional.of(row.finding())));
      }
    }
    return new AuditSection(
        SeedReport.NAME, ImmutableList.copyOf(claims), Audit.consistency(claims), matches.build());
  }
}

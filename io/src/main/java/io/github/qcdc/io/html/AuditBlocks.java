package io.github.qcdc.io.html;

import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.ClaimMatch;
import io.github.qcdc.audit.Confidence;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.Report;
import io.github.qcdc.text.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The audit: a count of findings by status, then one row per claim with its line, its text, every
 * finding on it (with the computation), and the figure it was matched to with the value computed.
 */
final class AuditBlocks {
  private final Html html;
  private final Language language;
  private final Report report;

  AuditBlocks(Html html, Language language, Report report) {
    this.html = html;
    this.language = language;
    this.report = report;
  }

  void write(AuditSection audit) {
    html.open("section", "class", "audit", "id", "audit");
    html.element("h2", Words.AUDIT.in(language));
    html.open("p").text(Words.AUDIT_SOURCE.in(language) + ": ");
    html.element("span", audit.source(), "class", "source").close("p");
    if (audit.claims().isEmpty()) {
      html.element("p", Words.NO_CLAIMS.in(language), "class", "note");
      html.close("section").newline();
      return;
    }
    counts(audit);
    html.open("table", "class", "claims").open("thead").open("tr");
    for (Words w : List.of(Words.LINE, Words.CLAIM, Words.FINDING, Words.COMPUTED)) {
      html.element("th", w.in(language));
    }
    html.close("tr").close("thead").open("tbody").newline();
    for (int i = 0; i < audit.claims().size(); i++) {
      ReportedFigure claim = audit.claims().get(i);
      Optional<ClaimMatch> match =
          audit.matches().isEmpty() ? Optional.empty() : Optional.of(audit.matches().get(i));
      row(claim, audit.findingsOn(claim.id()), match);
    }
    html.close("tbody").close("table");
    html.close("section").newline();
  }

  private void counts(AuditSection audit) {
    Map<AuditFinding.Status, Long> by = new EnumMap<>(AuditFinding.Status.class);
    for (AuditFinding.Status s : AuditFinding.Status.values()) {
      by.put(s, 0L);
    }
    audit.findings().forEach(f -> by.merge(f.status(), 1L, Long::sum));
    for (ClaimMatch m : audit.matches()) {
      m.finding().ifPresent(f -> by.merge(f.status(), 1L, Long::sum));
    }
    html.open("table", "class", "counts").open("thead").open("tr");
    html.element("th", Words.CLAIM.in(language));
    for (AuditFinding.Status s : AuditFinding.Status.values()) {
      html.element("th", status(s));
    }
    html.close("tr").close("thead").open("tbody").open("tr");
    html.element("td", language.numbers().format(audit.claims().size()), "class", "number");
    for (AuditFinding.Status s : AuditFinding.Status.values()) {
      html.element("td", language.numbers().format(by.getOrDefault(s, 0L)), "class", "number");
    }
    html.close("tr").close("tbody").close("table");
  }

  private void row(ReportedFigure claim, List<AuditFinding> findings, Optional<ClaimMatch> match) {
    html.open("tr", "id", "claim-" + claim.id());
    html.element("td", claim.line() == 0 ? "–" : Integer.toString(claim.line()), "class", "number");
    html.open("td").text(claim.text());
    if (claim.confidence() == Confidence.LOW) {
      html.text(" ").element("span", "(" + Words.LOW_CONFIDENCE.in(language) + ")", "class", "low");
    }
    html.close("td").open("td");
    for (AuditFinding f : findings) {
      finding(f);
    }
    match.flatMap(ClaimMatch::finding).ifPresent(this::finding);
    html.close("td").open("td");
    if (match.isPresent()) {
      computed(match.get());
    }
    html.close("td").close("tr").newline();
  }

  private void finding(AuditFinding f) {
    html.open("div", "class", "finding " + statusClass(f.status()));
    html.element("span", status(f.status()), "class", "status");
    html.text(" " + f.check().in(language == Language.VI) + ": " + f.computation());
    html.close("div");
  }

  private void computed(ClaimMatch match) {
    if (match.figure().isEmpty()) {
      html.element("span", Words.UNMATCHED.in(language), "class", "note");
      return;
    }
    String id = match.figure().get();
    Optional<Figure> figure = report.figure(id);
    if (figure.isEmpty()) {
      html.element("span", id, "class", "id"); // a pack parameter, not a figure
      return;
    }
    Figure f = figure.get();
    html.element("a", id, "href", "#" + FigureBlocks.anchor(id), "class", "id").text(" ");
    html.element("span", FigureText.format(f.value(), f.format(), language), "class", "written");
  }

  /** The status as a reader sees it. */
  String status(AuditFinding.Status status) {
    boolean vi = language == Language.VI;
    return switch (status) {
      case MATCH -> vi ? "Khớp" : "Match";
      case MISMATCH -> vi ? "Không khớp" : "Mismatch";
      case TO_CONFIRM -> vi ? "Cần xác nhận" : "To confirm";
      case UNVERIFIABLE -> vi ? "Không kiểm tra được" : "Unverifiable";
    };
  }

  static String statusClass(AuditFinding.Status status) {
    return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

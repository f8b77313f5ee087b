package io.github.qcdc.examples.cli;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluation;
import io.github.qcdc.examples.cli.ReportCommand.Request;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Explanation;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.text.Language;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code explain}: a figure's derivation down to record ids, or a rule's verdicts with evidence.
 */
final class Explain {
  /** Records or subjects per page. */
  static final int PAGE = 20;

  private Explain() {}

  static void print(
      String id,
      String name,
      Dataset dataset,
      Evaluation evaluation,
      int page,
      Request request,
      PrintStream out) {
    var figure = evaluation.report().figure(id);
    if (figure.isPresent()) {
      figure(figure.get(), name, dataset, evaluation, page, request, out);
    } else {
      rule(evaluation.report().rule(id).orElseThrow(), name, page, out);
    }
    out.println();
  }

  private static void figure(
      Figure f,
      String name,
      Dataset dataset,
      Evaluation evaluation,
      int page,
      Request request,
      PrintStream out) {
    Language lang = request.language();
    Explanation x = f.explanation();
    out.printf(
        java.util.Locale.ROOT,
        "%s on %s: %s%n",
        f.id(),
        name,
        FigureText.format(f.value(), f.format(), lang));
    out.printf(java.util.Locale.ROOT, "  %s / %s%n", f.title().vi(), f.title().en());
    out.printf(java.util.Locale.ROOT, "  vi: %s%n  en: %s%n", x.sentence().vi(), x.sentence().en());
    x.numerator()
        .ifPresent(
            n ->
                out.printf(
                    java.util.Locale.ROOT,
                    "  numerator %s, denominator %s%n",
                    n,
                    x.denominator().orElse(0L)));
    if (x.failing() + x.noData() > 0) {
      out.printf(
          java.util.Locale.ROOT,
          "  subjects failing %s, without data %s%n",
          x.failing(),
          x.noData());
    }
    x.excluded()
        .forEach(
            e -> out.printf(java.util.Locale.ROOT, "  excluded %s: %s%n", e.id(), e.reason().vi()));
    if (!x.parameters().isEmpty()) {
      out.printf(java.util.Locale.ROOT, "  parameters %s%n", x.parameters());
    }
    x.legalBasis().ifPresent(b -> out.printf(java.util.Locale.ROOT, "  legal basis: %s%n", b));
    out.printf(
        java.util.Locale.ROOT,
        "  rounding: %s%n",
        lang == Language.VI ? x.rounding().vi() : x.rounding().en());
    for (var table : f.breakdowns()) {
      out.printf(java.util.Locale.ROOT, "  by %s:%n", table.dimensions());
      for (Cell cell : table.cells()) {
        out.printf(
            java.util.Locale.ROOT,
            "    %-24s %s%n",
            String.join(" / ", cell.labels()),
            FigureText.format(cell.value(), f.format(), lang));
      }
    }
    Indicator.Definition d =
        request.pack().indicators().stream()
            .filter(i -> i.id().equals(f.id()))
            .findFirst()
            .orElseThrow()
            .definition();
    if (!(d instanceof Indicator.Value || d instanceof Indicator.Ratio)) {
      out.printf(
          java.util.Locale.ROOT,
          "  %s records counted; this figure counts subjects (their verdicts carry the records)%n",
          x.recordsCounted());
      return;
    }
    Evaluation.RecordPage records = evaluation.records(f.id(), page - 1, PAGE);
    long pages = Math.max(1, (records.total() + PAGE - 1) / PAGE);
    out.printf(
        java.util.Locale.ROOT,
        "  records that counted: %s (page %s of %s, --page N for more)%n",
        records.total(),
        page,
        pages);
    Map<String, DataValue> values = new HashMap<>();
    dataset.dataValues().forEach(v -> values.put(v.id().value(), v));
    for (String record : records.ids()) {
      DataValue value = values.get(record);
      out.printf(
          java.util.Locale.ROOT,
          "    %s%s%n",
          record,
          value == null
              ? ""
              : "  "
                  + value.amount()
                  + " "
                  + value.disaggregation()
                  + "  "
                  + value.source().orElse(""));
    }
  }

  private static void rule(RuleResult rule, String name, int page, PrintStream out) {
    out.printf(java.util.Locale.ROOT, "%s on %s: %s%n", rule.ruleId(), name, rule.counts());
    out.printf(
        java.util.Locale.ROOT,
        "  %s%n  %s%n  parameters %s%n",
        rule.title().vi(),
        rule.legalBasis(),
        rule.parameters());
    List<SubjectVerdict> verdicts = rule.verdicts();
    int from = Math.min((page - 1) * PAGE, verdicts.size());
    int to = Math.min(from + PAGE, verdicts.size());
    out.printf(
        java.util.Locale.ROOT,
        "  subjects %s-%s of %s (--page N for more)%n",
        from + 1,
        to,
        verdicts.size());
    for (SubjectVerdict v : verdicts.subList(from, to)) {
      out.printf(java.util.Locale.ROOT, "    %-8s %s %s%n", v.verdict(), v.subject(), v.name());
      for (var check : v.evidence().checks()) {
        out.printf(
            java.util.Locale.ROOT,
            "             %s %s: %s, required %s; records %s%s%n",
            check.outcome(),
            check.window(),
            check.observed().map(Object::toString).orElse("-"),
            check.required(),
            check.recordCount(),
            check.records().isEmpty() ? "" : " " + check.records());
      }
    }
  }
}

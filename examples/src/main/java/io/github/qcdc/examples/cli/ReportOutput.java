package io.github.qcdc.examples.cli;

import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.engine.Evaluation;
import io.github.qcdc.examples.cli.ReportCommand.Request;
import io.github.qcdc.examples.nghean.CrossChecks;
import io.github.qcdc.examples.nghean.Reproduction;
import io.github.qcdc.examples.nghean.SeedFigure;
import io.github.qcdc.io.csv.ReportCsv;
import io.github.qcdc.io.internal.WholeFiles;
import io.github.qcdc.io.json.ReportJson;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the reports of {@code report}: text (with the seed figures when they apply), JSON, CSV.
 */
final class ReportOutput {
  /** Failing subjects listed per rule in text. */
  static final int FAILURES_SHOWN = 5;

  private ReportOutput() {}

  static void write(Request request, Map<String, Evaluation> evaluations, PrintStream out)
      throws IOException {
    switch (request.format()) {
      case "json" -> {
        ReportJson.write(only(evaluations).report(), (OutputStream) out);
        out.flush();
      }
      case "csv" -> ReportCsv.write(only(evaluations).report(), request.language(), out);
      case "xlsx" -> {
        io.github.qcdc.excel.ExcelReport.write(
            only(evaluations).report(), request.language(), (OutputStream) out);
        out.flush();
      }
      case "html" -> {
        Map.Entry<String, Evaluation> only = evaluations.entrySet().iterator().next();
        HtmlPages.of(request, only.getKey(), only.getValue()).writeTo((OutputStream) out);
      }
      default -> text(request, evaluations, out);
    }
  }

  /**
   * Writes the report to {@code file}, whole or not at all: written beside it first, then moved
   * into place ({@link WholeFiles}).
   */
  static void writeTo(Request request, Map<String, Evaluation> evaluations, Path file)
      throws IOException {
    WholeFiles.write(
        file,
        out -> {
          PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
          write(request, evaluations, print);
          print.flush();
          if (print.checkError()) {
            throw new IOException("cannot write " + file);
          }
        });
  }

  private static Evaluation only(Map<String, Evaluation> evaluations) {
    return evaluations.values().iterator().next();
  }

  private static void text(Request request, Map<String, Evaluation> evaluations, PrintStream out)
      throws IOException {
    Language lang = request.language();
    Report first = only(evaluations).report();
    out.printf(
        java.util.Locale.ROOT,
        "%s %s, %s %s (%s)%n",
        lang == Language.VI ? "Báo cáo" : "Report",
        first.scope().map(Object::toString).orElse("*"),
        first.period(),
        lang == Language.VI ? "theo bộ quy tắc" : "by pack",
        first.packId() + " " + first.packVersion());
    evaluations.forEach(
        (name, e) ->
            out.printf(
                java.util.Locale.ROOT,
                "  %-12s %s, data %s%n",
                name,
                describe(name, lang),
                e.report().dataFingerprint()));
    out.println();
    if (request.seedApplies()) {
      seedFigures(request, evaluations, out);
    } else {
      evaluations.forEach((name, e) -> figures(name, e.report(), lang, out));
    }
    evaluations.forEach((name, e) -> rules(name, e.report(), out));
    evaluations.forEach((name, e) -> categories(name, e.report(), lang, out));
    if (request.seedApplies()) {
      out.println();
      out.println(
          lang == Language.VI ? "Kiểm tra chéo / cross-checks" : "Cross-checks / kiểm tra chéo");
      for (String line :
          CrossChecks.of(first, request.datasets().values().iterator().next().gazetteer())) {
        out.println("  " + line);
      }
      out.println();
      Commands.audit(List.of(), out);
    }
  }

  private static String describe(String name, Language lang) {
    return switch (name) {
      case "as-reported" ->
          lang == Language.VI
              ? "số liệu báo cáo nêu, mỗi số có dòng nguồn"
              : "the figures the report states, each with its source line";
      case "simulated" ->
          lang == Language.VI
              ? "MÔ PHỎNG các bản ghi đơn lẻ khớp với tổng số (seed " + ReportCommand.SEED + ")"
              : "SIMULATED individual records consistent with the totals (seed "
                  + ReportCommand.SEED
                  + ")";
      default -> "";
    };
  }

  private static void seedFigures(
      Request request, Map<String, Evaluation> evaluations, PrintStream out) {
    Language lang = request.language();
    out.println(
        lang == Language.VI
            ? "Số liệu của báo cáo, bên cạnh số liệu qcdc tính được"
            : "The report's figures beside the figures qcdc computes");
    Map<String, List<Reproduction.Row>> rows = new java.util.LinkedHashMap<>();
    evaluations.forEach(
        (name, e) -> rows.put(name, Reproduction.check(e.report(), request.pack())));
    int count = rows.values().iterator().next().size();
    for (int i = 0; i < count; i++) {
      Reproduction.Row head = rows.values().iterator().next().get(i);
      out.printf(
          java.util.Locale.ROOT,
          "%-5s %s%s%n",
          "L" + head.claim().line(),
          head.claim().text(),
          head.seed().target().isEmpty() ? "" : "  [" + head.seed().target() + "]");
      if (head.seed().how() == SeedFigure.How.ABSENT) {
        out.printf(
            java.util.Locale.ROOT,
            "      %s: %s%n",
            lang == Language.VI ? "không tái lập" : "not reproduced",
            lang == Language.VI ? head.seed().absence().vi() : head.seed().absence().en());
        continue;
      }
      for (Map.Entry<String, List<Reproduction.Row>> entry : rows.entrySet()) {
        Reproduction.Row row = entry.getValue().get(i);
        out.printf(
            java.util.Locale.ROOT,
            "      %-12s %-12s %s  (%s)%n",
            entry.getKey(),
            row.finding().status(),
            row.figure().map(f -> FigureText.format(f.value(), f.format(), lang)).orElse("-"),
            row.finding().computation());
      }
    }
    out.println();
    rows.forEach(
        (name, list) -> {
          Map<AuditFinding.Status, Long> by = new EnumMap<>(AuditFinding.Status.class);
          list.forEach(r -> by.merge(r.finding().status(), 1L, Long::sum));
          out.printf(java.util.Locale.ROOT, "%s: %s figures, %s%n", name, list.size(), by);
        });
  }

  private static void figures(String name, Report report, Language lang, PrintStream out) {
    out.println(name + ":");
    for (Figure f : report.figures()) {
      out.printf(
          java.util.Locale.ROOT,
          "  %-28s %s  %s%n",
          f.id(),
          FigureText.format(f.value(), f.format(), lang),
          lang == Language.VI ? f.title().vi() : f.title().en());
      for (var table : f.breakdowns()) {
        for (Cell cell : table.cells()) {
          if (!isZero(cell.value())) {
            out.printf(
                java.util.Locale.ROOT,
                "      %-26s %s%n",
                String.join(" / ", cell.labels()),
                FigureText.format(cell.value(), f.format(), lang));
          }
        }
      }
    }
  }

  private static boolean isZero(FigureValue value) {
    return value instanceof FigureValue.Count c && c.count() == 0;
  }

  /**
   * The report by the law's content categories, when a rule or figure states one: a line a category
   * with its rules, figures and verdict counts.
   */
  private static void categories(String name, Report report, Language lang, PrintStream out) {
    io.github.qcdc.report.CategoryTable table = io.github.qcdc.report.CategoryTable.of(report);
    if (table.rows().stream().allMatch(r -> r.category().isEmpty())) {
      return; // no topic stated: the rules above are the whole report
    }
    out.printf(
        java.util.Locale.ROOT,
        "%n%s (%s)%n",
        lang == Language.VI ? "Theo nhóm nội dung" : "By content category",
        name);
    for (io.github.qcdc.report.CategoryTable.Row row : table.rows()) {
      out.printf(
          java.util.Locale.ROOT,
          "  %-24s rules %s, figures %s: %s%n",
          row.category()
              .map(c -> c.in(lang == Language.VI))
              .orElse(lang == Language.VI ? "không nêu" : "not stated"),
          row.rules(),
          row.figures(),
          row.verdicts());
    }
  }

  private static void rules(String name, Report report, PrintStream out) {
    for (RuleResult rule : report.rules()) {
      out.printf(
          java.util.Locale.ROOT,
          "%nRule %s (%s) on %s, parameters %s%n  %s; applied %s%n  %s%n",
          rule.ruleId(),
          rule.title().vi(),
          name,
          rule.parameters(),
          rule.legalBasis(),
          rule.applied().map(Object::toString).orElse("on no day of the period"),
          rule.counts());
      List<SubjectVerdict> failing =
          rule.verdicts().stream().filter(v -> v.verdict() == Verdict.FAIL).toList();
      for (SubjectVerdict v : failing.subList(0, Math.min(FAILURES_SHOWN, failing.size()))) {
        out.printf(
            java.util.Locale.ROOT,
            "  FAIL %s %s: %s%n",
            v.subject(),
            v.name(),
            failed(v.evidence()));
      }
      if (failing.size() > FAILURES_SHOWN) {
        out.printf(
            java.util.Locale.ROOT,
            "  ... and %s more failing (qcdc explain %s)%n",
            failing.size() - FAILURES_SHOWN,
            rule.ruleId());
      }
    }
  }

  /** The checks that failed: {@code 2017: 1, required ≥ 2 (...)}. */
  static String failed(Evidence evidence) {
    List<String> parts = new ArrayList<>();
    for (Evidence.Check c : evidence.checks()) {
      if (c.outcome() == Verdict.FAIL) {
        parts.add(
            c.window()
                + ": "
                + c.observed().map(Object::toString).orElse("-")
                + ", required "
                + c.required());
      }
    }
    return String.join("; ", parts);
  }
}

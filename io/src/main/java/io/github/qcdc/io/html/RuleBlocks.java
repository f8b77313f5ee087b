package io.github.qcdc.io.html;

import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.text.Language;
import io.github.qcdc.text.NumberStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules: each with its legal basis, the days it applied, its parameters, its verdict counts and
 * a table of every subject (code, name, verdict, evidence summary), complete without scripts; the
 * page's script makes it sortable and filterable.
 */
final class RuleBlocks {
  private final Html html;
  private final Language language;
  private final FigureBlocks terms;

  RuleBlocks(Html html, Language language, FigureBlocks terms) {
    this.html = html;
    this.language = language;
    this.terms = terms;
  }

  /** The id of the element of rule {@code id}. */
  static String anchor(String id) {
    return "rule-" + id;
  }

  void write(List<RuleResult> rules) {
    Page.section(
        html, "rules", Words.RULES.in(language), Words.NO_RULES.in(language), rules, this::rule);
  }

  private void rule(RuleResult rule) {
    NumberStyle numbers = language.numbers();
    html.open("article", "class", "rule", "id", anchor(rule.ruleId()));
    html.open("h3").text(rule.title().in(language == Language.VI) + " ");
    html.element("span", rule.ruleId() + " v" + rule.version(), "class", "id").close("h3");
    html.open("dl", "class", "explanation");
    terms.item(Words.LEGAL_BASIS, rule.legalBasis());
    terms.item(
        Words.APPLIED,
        rule.applied().map(d -> Page.days(d, language)).orElse(Words.NOT_APPLIED.in(language)));
    terms.item(Words.PARAMETERS, terms.parameters(rule.parameters(), numbers));
    if (!rule.excluded().isEmpty()) {
      terms.item(Words.EXCLUDED, terms.exclusions(rule.excluded()));
    }
    html.close("dl");
    Map<Verdict, Long> counts = rule.counts();
    html.open("table", "class", "counts").open("thead").open("tr");
    for (Verdict v : Verdict.values()) {
      html.element("th", Words.verdict(v, language));
    }
    html.close("tr").close("thead").open("tbody").open("tr");
    for (Verdict v : Verdict.values()) {
      html.element("td", numbers.format(counts.getOrDefault(v, 0L)), "class", "number");
    }
    html.close("tr").close("tbody").close("table");
    subjects(rule.verdicts());
    html.close("article").newline();
  }

  private void subjects(List<SubjectVerdict> verdicts) {
    html.element("h4", Words.VERDICTS.in(language));
    if (verdicts.isEmpty()) {
      html.element("p", Words.NO_SUBJECTS.in(language), "class", "note");
      return;
    }
    html.open(
        "table",
        "class",
        "subjects",
        "data-filter-label",
        Words.FILTER.in(language),
        "data-shown-label",
        Words.SHOWN.in(language));
    html.open("thead").open("tr");
    for (Words w : List.of(Words.SUBJECT, Words.NAME, Words.VERDICT, Words.EVIDENCE)) {
      html.element("th", w.in(language));
    }
    html.close("tr").close("thead").open("tbody").newline();
    for (SubjectVerdict v : verdicts) {
      html.open("tr", "class", verdictClass(v.verdict()));
      html.element("td", v.subject()).element("td", v.name());
      html.element("td", Words.verdict(v.verdict(), language));
      html.element("td", summary(v.evidence()));
      html.close("tr").newline();
    }
    html.close("tbody").close("table");
  }

  /** The class of a row with {@code verdict}: {@code verdict-no-data}. */
  static String verdictClass(Verdict verdict) {
    return "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Each check in one line: its window, what was observed and a mark of its outcome ({@code ✓}
   * passed, {@code ✗} failed, {@code ?} no data, {@code –} not applicable), with what was required
   * when it failed: {@code 2016: 2 ✓; 2017: 1 ✗ (≥ 2 …)}.
   */
  String summary(Evidence evidence) {
    NumberStyle numbers = language.numbers();
    List<String> checks = new ArrayList<>();
    for (Evidence.Check c : evidence.checks()) {
      String observed = c.observed().map(numbers::format).orElse("–");
      String mark =
          switch (c.outcome()) {
            case PASS -> "✓";
            case FAIL -> "✗ (" + c.required() + ")";
            case NO_DATA -> "?";
            case NOT_APPLICABLE -> "–";
          };
      checks.add(c.window() + ": " + observed + " " + mark);
    }
    return String.join("; ", checks);
  }
}

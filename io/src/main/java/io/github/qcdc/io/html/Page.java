package io.github.qcdc.io.html;

import io.github.qcdc.period.DateInterval;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.text.Language;
import io.github.qcdc.text.NumberStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Writes the page of an {@link HtmlReport}: head, summary, contents, figures, rules, audit. */
final class Page {
  private static final DateTimeFormatter VI_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private Page() {}

  /** A day as {@code language} writes it: {@code 31/12/2020}, {@code 2020-12-31}. */
  static String date(LocalDate day, Language language) {
    if (day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX)) {
      return "…";
    }
    return language == Language.VI ? VI_DATE.format(day) : day.toString();
  }

  /**
   * A section of the page: {@code <section id>} with its heading, a note when it has no item, then
   * each item as {@code each} writes it.
   */
  static <T> void section(
      Html html, String id, String heading, String empty, List<T> items, Consumer<T> each) {
    html.open("section", "class", id, "id", id);
    html.element("h2", heading);
    if (items.isEmpty()) {
      html.element("p", empty, "class", "note");
    }
    items.forEach(each);
    html.close("section").newline();
  }

  /** Days from one day to another: {@code 01/01/2016 – 31/12/2020}. */
  static String days(DateInterval days, Language language) {
    return date(days.start(), language) + " – " + date(days.end(), language);
  }

  static String write(HtmlReport page) {
    Report report = page.report();
    Language language = page.language();
    Html html = new Html(64 * 1024 + 256 * subjects(report));
    Values values = new Values(language, page.units(), report.asOf());
    String title = title(report, language, values);
    html.raw("<!DOCTYPE html>").newline();
    html.open("html", "lang", language == Language.VI ? "vi" : "en").newline();
    html.open("head").raw("<meta charset=\"utf-8\">").newline();
    html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html.raw("<meta name=\"generator\" content=\"qcdc\">").newline();
    html.element("title", title).newline();
    html.open("style").raw(STYLE).close("style").close("head").newline();
    html.open("body").open("header");
    html.element("h1", title);
    summary(html, page, values);
    contents(html, page);
    html.close("header").newline();
    html.open("main");
    FigureBlocks figures = new FigureBlocks(html, language, values);
    figures.write(report.figures());
    new RuleBlocks(html, language, figures).write(report.rules());
    page.audit().ifPresent(a -> new AuditBlocks(html, language, report).write(a));
    html.close("main").newline();
    html.open("script").raw(SCRIPT).close("script").newline();
    html.close("body").close("html").newline();
    return html.toString();
  }

  private static int subjects(Report report) {
    long n = 0;
    for (RuleResult r : report.rules()) {
      n += r.verdicts().size();
    }
    return (int) Math.min(n, 4_000_000);
  }

  private static String title(Report report, Language language, Values values) {
    String scope =
        report
            .scope()
            .map(u -> values.unitName(u.value()).orElse(u.value()))
            .orElse(Words.WHOLE_TREE.in(language));
    return Words.REPORT.in(language) + " — " + scope + ", " + report.period();
  }

  private static void summary(Html html, HtmlReport page, Values values) {
    Report report = page.report();
    Language language = page.language();
    NumberStyle numbers = language.numbers();
    html.open("section", "class", "summary", "id", "summary");
    html.element("h2", Words.SUMMARY.in(language));
    html.open("dl");
    term(html, Words.PACK, language, report.packId() + " " + report.packVersion());
    term(html, Words.PACK_FINGERPRINT, language, report.packFingerprint());
    term(
        html,
        Words.SCOPE,
        language,
        report
            .scope()
            .map(u -> values.unitName(u.value()).map(n -> n + " (" + u + ")").orElse(u.value()))
            .orElse(Words.WHOLE_TREE.in(language)));
    term(html, Words.PERIOD, language, report.period().toString());
    term(html, Words.DAYS, language, days(report.days(), language));
    term(html, Words.AS_OF, language, date(report.asOf(), language));
    term(html, Words.DATA_FINGERPRINT, language, report.dataFingerprint());
    page.timestamp().ifPresent(t -> term(html, Words.GENERATED, language, t.toString()));
    html.close("dl");
    regimes(html, report, language);
    Report.Diagnostics d = report.diagnostics();
    html.element("h3", Words.DIAGNOSTICS.in(language));
    html.open("dl", "class", "diagnostics");
    term(html, Words.OUTSIDE_TREE, language, numbers.format(d.recordsOutsideTree()));
    term(html, Words.REMAPPED, language, numbers.format(d.recordsRemapped()));
    term(html, Words.GENERALISED, language, numbers.format(d.recordsGeneralised()));
    term(html, Words.WITHOUT_DATA, language, numbers.format(d.subjectsWithoutData()));
    html.close("dl");
    html.element("h3", Words.WARNINGS.in(language));
    if (d.warnings().isEmpty()) {
      html.element("p", Words.NO_WARNINGS.in(language), "class", "note");
    } else {
      html.open("ul", "class", "warnings");
      d.warnings().forEach(w -> html.element("li", w));
      html.close("ul");
    }
    html.close("section").newline();
  }

  /** The days of the period each rule applied on: inside its legal regime. */
  private static void regimes(Html html, Report report, Language language) {
    if (report.rules().isEmpty()) {
      return;
    }
    html.element("h3", Words.REGIMES.in(language));
    html.open("table", "class", "regimes").open("thead").open("tr");
    html.element("th", Words.RULE.in(language)).element("th", Words.APPLIED.in(language));
    html.close("tr").close("thead").open("tbody");
    for (RuleResult r : report.rules()) {
      html.open("tr").element("td", r.ruleId());
      html.element(
          "td", r.applied().map(a -> days(a, language)).orElse(Words.NOT_APPLIED.in(language)));
      html.close("tr");
    }
    html.close("tbody").close("table");
  }

  private static void term(Html html, Words term, Language language, String description) {
    html.element("dt", term.in(language)).element("dd", description);
  }

  private static void contents(Html html, HtmlReport page) {
    Language language = page.language();
    boolean vi = language == Language.VI;
    html.open("nav", "class", "contents").element("h2", Words.CONTENTS.in(language));
    html.open("ol");
    html.open("li").element("a", Words.FIGURES.in(language), "href", "#figures").open("ol");
    for (Figure f : page.report().figures()) {
      html.open("li");
      html.element("a", f.title().in(vi), "href", "#" + FigureBlocks.anchor(f.id()));
      html.close("li");
    }
    html.close("ol").close("li");
    html.open("li").element("a", Words.RULES.in(language), "href", "#rules").open("ol");
    for (RuleResult r : page.report().rules()) {
      html.open("li");
      html.element("a", r.title().in(vi), "href", "#" + RuleBlocks.anchor(r.ruleId()));
      html.close("li");
    }
    html.close("ol").close("li");
    if (page.audit().isPresent()) {
      html.open("li").element("a", Words.AUDIT.in(language), "href", "#audit").close("li");
    }
    html.close("ol").close("nav").newline();
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from qcdc-io");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from qcdc-io", e);
    }
  }
}

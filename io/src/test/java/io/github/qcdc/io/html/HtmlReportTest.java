package io.github.qcdc.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.io.json.ReportJsonTest;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.testing.DomainSamples;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final DomainSamples SAMPLES = new DomainSamples(7);
  private static final Dataset DATASET = SAMPLES.datasetInputs(300).build();
  static final Report REPORT = ReportJsonTest.evaluate(DATASET);

  /** A mark that no page contains, around the text put into a report. */
  private static final String MARK = "\u2063";

  @Test
  void thePageIsTheSameBytesWhateverTheDefaultLocaleAndTimeZone() {
    String page = HtmlReport.of(REPORT).withUnits(DATASET.gazetteer()).toHtml();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(page, HtmlReport.of(REPORT).withUnits(DATASET.gazetteer()).toHtml());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertFalse(page.contains("Thời điểm lập"), "no time unless asked");
  }

  @Test
  void aTimestampIsWrittenOnlyWhenAskedInUtc() {
    String page =
        HtmlReport.of(REPORT)
            .withLanguage(Language.EN)
            .withTimestamp(Instant.parse("2026-11-28T23:10:00Z"))
            .toHtml();
    assertTrue(page.contains("<dt>Generated at</dt><dd>2026-11-28T23:10:00Z</dd>"), page);
  }

  @Test
  void textFromTheDataIsOnlyEverTextNeverMarkup() {
    String alphabet = "<>&\"'/=;:ab ệ\n\t-!";
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(1, 40))
        .checkAssert(
            picks -> {
              StringBuilder s = new StringBuilder(MARK);
              picks.forEach(i -> s.append(alphabet.charAt(i)));
              String hostile = s.append(MARK).toString();
              String sentinel = MARK + "x" + MARK;
              String page = HtmlReport.of(carrying(REPORT, hostile)).toHtml();
              String plain = HtmlReport.of(carrying(REPORT, sentinel)).toHtml();
              assertEquals(plain, page.replace(Html.escape(hostile), sentinel), hostile);
            });
  }

  @Test
  void aScriptInANameIsShownAsText() {
    String page = HtmlReport.of(carrying(REPORT, "<script>alert('x')</script></style>")).toHtml();
    assertEquals(1, count(page, "<script>"), "only the page's own script");
    assertEquals(1, count(page, "</style>"), "only the page's own style sheet");
    assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;/style&gt;"));
  }

  @Test
  void everyBreakdownWithAValueHasATableAndAChartWithABarPerRow() {
    String page = HtmlReport.of(REPORT).toHtml();
    int expected = 0;
    for (Figure f : REPORT.figures()) {
      for (BreakdownTable t : f.breakdowns()) {
        if (t.cells().stream().anyMatch(c -> !Values.omitted(c.value()))) {
          expected++;
        }
      }
    }
    assertTrue(expected > 1, "the sample report has breakdowns: " + expected);
    List<String> blocks = blocks(page, "<div class=\"breakdown\">", "</div>");
    assertEquals(expected, blocks.size());
    for (String block : blocks) {
      int rows = count(section(block, "<tbody>", "</tbody>"), "<tr>");
      assertEquals(1, count(block, "<svg class=\"chart\""), block);
      assertEquals(rows, count(block, "<rect "), block);
    }
  }

  @Test
  void zeroAndUndefinedCellsAreListedUnderTheTableNotDrawn() {
    Figure never = REPORT.figure("never-defined").orElseThrow();
    Figure withCells =
        new Figure(
            never.id(),
            never.title(),
            REPORT.figure("all").orElseThrow().value(),
            ImmutableList.of(
                new BreakdownTable(
                    ImmutableList.of(io.github.qcdc.indicator.Breakdown.YEAR),
                    ImmutableList.of(
                        new Cell(ImmutableList.of("2016"), count(3)),
                        new Cell(ImmutableList.of("2017"), count(0)),
                        new Cell(ImmutableList.of("none"), never.value())))),
            never.explanation(),
            never.format());
    Report report = withFigures(REPORT, ImmutableList.of(withCells));
    String page = HtmlReport.of(report).withLanguage(Language.EN).toHtml();
    assertTrue(
        page.contains(
            "<p class=\"note\">Groups equal to 0 or undefined, not shown: 2017, (none)</p>"),
        page);
    assertEquals(1, count(page, "<rect "));
  }

  @Test
  void breakdownsByUnitAreNamedFromTheUnitsGiven() {
    Figure coverage = REPORT.figure("new-rural").orElseThrow();
    Cell first = coverage.breakdowns().get(0).cells().get(0);
    String code = first.labels().get(0);
    String name =
        DATASET
            .gazetteer()
            .unit(io.github.qcdc.geo.UnitCode.of(code), REPORT.asOf())
            .orElseThrow()
            .nameWithType();
    String page = HtmlReport.of(REPORT).withUnits(DATASET.gazetteer()).toHtml();
    assertTrue(
        page.contains("<td>" + Html.escape(name) + " <span class=\"key\">" + code + "</span></td>"),
        name);
    assertFalse(HtmlReport.of(REPORT).toHtml().contains(Html.escape(name) + " <span"));
  }

  @Test
  void everySubjectOfARuleHasARowWithItsVerdict() {
    RuleResult rule = REPORT.rules().get(0);
    String page = HtmlReport.of(REPORT).withLanguage(Language.EN).toHtml();
    String table = section(page, "<table class=\"subjects\"", "</table>");
    assertEquals(rule.verdicts().size(), count(table, "<tr class=\"verdict-"));
    SubjectVerdict v = rule.verdicts().get(0);
    assertTrue(
        table.contains(
            "<td>"
                + v.subject()
                + "</td><td>"
                + Html.escape(v.name())
                + "</td><td>"
                + Words.verdict(v.verdict(), Language.EN)
                + "</td>"),
        table);
  }

  @Test
  void writingToAFileInAMissingDirectoryNamesTheFile(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("report.html");
    IOException e = assertThrows(IOException.class, () -> HtmlReport.of(REPORT).writeTo(file));
    assertEquals("cannot write " + file + ": no such directory", e.getMessage());
  }

  @Test
  void writingToAFileWritesThePageWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.html");
    Files.writeString(file, "an older page");
    HtmlReport.of(REPORT).writeTo(file);
    assertEquals(HtmlReport.of(REPORT).toHtml(), Files.readString(file, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no file left beside it");
    }
  }

  static io.github.qcdc.report.FigureValue count(long n) {
    return new io.github.qcdc.report.FigureValue.Count(n);
  }

  /** {@code report} with {@code text} as a warning, a figure title and every subject's name. */
  static Report carrying(Report report, String text) {
    List<Figure> figures = new ArrayList<>();
    for (Figure f : report.figures()) {
      figures.add(
          new Figure(
              f.id(),
              Phrase.of(text, text),
              f.value(),
              f.breakdowns(),
              f.explanation(),
              f.format()));
    }
    List<RuleResult> rules = new ArrayList<>();
    for (RuleResult r : report.rules()) {
      List<SubjectVerdict> verdicts = new ArrayList<>();
      for (SubjectVerdict v : r.verdicts()) {
        verdicts.add(new SubjectVerdict(v.subject(), text, v.verdict(), v.evidence()));
      }
      rules.add(
          new RuleResult(
              r.ruleId(),
              r.version(),
              r.title(),
              r.legalBasis(),
              r.applied(),
              r.parameters(),
              r.excluded(),
              verdicts));
    }
    Report.Diagnostics d = report.diagnostics();
    return with(
        report,
        ImmutableList.copyOf(figures),
        ImmutableList.copyOf(rules),
        new Report.Diagnostics(
            d.recordsOutsideTree(),
            d.recordsRemapped(),
            d.recordsGeneralised(),
            d.subjectsWithoutData(),
            ImmutableList.<String>builder().addAll(d.warnings()).add(text).build()));
  }

  static Report withFigures(Report report, ImmutableList<Figure> figures) {
    return with(report, figures, report.rules(), report.diagnostics());
  }

  /** {@code report} with other figures, rules and diagnostics. */
  static Report with(
      Report report,
      ImmutableList<Figure> figures,
      ImmutableList<RuleResult> rules,
      Report.Diagnostics diagnostics) {
    return new Report(
        report.packId(),
        report.packVersion(),
        report.packFingerprint(),
        report.dataFingerprint(),
        report.scope(),
        report.period(),
        report.days(),
        report.asOf(),
        figures,
        rules,
        diagnostics);
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  static String section(String text, String from, String to) {
    int start = text.indexOf(from);
    assertTrue(start >= 0, "no " + from);
    return text.substring(start, text.indexOf(to, start) + to.length());
  }

  /** Each part of {@code text} from {@code from} to the {@code to} that closes it at depth 0. */
  static List<String> blocks(String text, String from, String to) {
    List<String> all = new ArrayList<>();
    Matcher m = Pattern.compile(Pattern.quote(from)).matcher(text);
    while (m.find()) {
      int depth = 0;
      int i = m.start();
      Matcher tags = Pattern.compile("<div[ >]|</div>").matcher(text);
      tags.region(i, text.length());
      while (tags.find()) {
        depth += tags.group().startsWith("</") ? -1 : 1;
        if (depth == 0) {
          all.add(text.substring(i, tags.end()));
          break;
        }
      }
    }
    return all;
  }
}

package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.examples.browser.Chromium;
import io.github.qcdc.examples.nghean.NgheAnData;
import io.github.qcdc.examples.nghean.NgheAnPack;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page of the bundled Nghệ An report, as headless Chromium renders and prints it. Run with
 * {@code ./mvnw -B -Pbrowser verify} ({@code .ci/run} does, after installing Debian's chromium);
 * with {@code -Dqcdc.screenshots=DIR} it also writes the screenshots shown in the README.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  @TempDir static Path dir;
  private static Chromium chromium;
  private static Report report;

  @BeforeAll
  static void render() throws IOException, InterruptedException {
    Path page = dir.resolve("nghe-an.html");
    QcdcTest.Run run =
        run("report", "--data", "simulated", "--format", "html", "-o", page.toString());
    assertEquals(0, run.code(), run.err());
    report =
        Evaluator.of(NgheAnPack.pack())
            .evaluate(
                NgheAnData.simulated(VietnamUnits.gazetteer(), ReportCommand.SEED),
                UnitCode.of("40"),
                NgheAnPack.PERIOD)
            .report();
    chromium = Chromium.start(1100, 1400);
    chromium.open(page);
  }

  @AfterAll
  static void close() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void theFigure2849IsShownWithItsThreeLevels() throws IOException {
    JsonNode figure =
        chromium.evaluate(
            """
            (() => {
              const a = document.getElementById('figure-na-front-supervisions');
              return {
                value: a.querySelector('.value .written').innerText,
                shown: a.getBoundingClientRect().height > 0,
                rows: [...a.querySelectorAll('table.cells tbody tr')]
                    .map(r => [...r.cells].map(c => c.innerText.trim())),
                bars: [...a.querySelectorAll('svg.chart text.value')].map(t => t.textContent)
              };
            })()""");
    assertEquals("2.849 cuộc", figure.get("value").asText());
    assertTrue(figure.get("shown").asBoolean());
    assertEquals(
        List.of(
            List.of("Cấp tỉnh province", "15 cuộc", "15"),
            List.of("Cấp huyện district", "226 cuộc", "226"),
            List.of("Cấp xã commune", "2.608 cuộc", "2608")),
        strings(figure.get("rows")));
    assertEquals("[\"15 cuộc\",\"226 cuộc\",\"2.608 cuộc\"]", figure.get("bars").toString());
  }

  @Test
  void theAuditShowsThePercentageThatDoesNotHold() throws IOException {
    JsonNode row =
        chromium.evaluate(
            """
            (() => {
              const rows = [...document.querySelectorAll('#audit table.claims tbody tr')]
                  .filter(r => r.cells[1].innerText.includes('68,13%'));
              return rows.map(r => ({
                  line: r.cells[0].innerText,
                  finding: r.cells[2].innerText,
                  mismatch: r.cells[2].querySelector('.status-mismatch') !== null,
                  computed: r.cells[3].innerText}));
            })()""");
    assertEquals(1, row.size(), row.toString());
    JsonNode claim = row.get(0);
    assertEquals("35", claim.get("line").asText());
    assertTrue(claim.get("finding").asText().contains("68,37%"), claim.toString());
    assertTrue(claim.get("mismatch").asBoolean(), claim.toString());
    assertEquals("na-ntm-communes 281/411 xã, đạt 68,37%", claim.get("computed").asText());
  }

  @Test
  void everyBreakdownHasATableAndADrawnChartWithABarPerRow() throws IOException {
    int expected = 0;
    for (Figure f : report.figures()) {
      for (BreakdownTable t : f.breakdowns()) {
        if (t.cells().stream().anyMatch(HtmlReportBrowserTest::drawn)) {
          expected++;
        }
      }
    }
    JsonNode blocks =
        chromium.evaluate(
            """
            [...document.querySelectorAll('div.breakdown')].map(b => {
              const chart = b.querySelector('svg.chart');
              const box = chart ? chart.getBoundingClientRect() : null;
              return {
                charts: b.querySelectorAll('svg.chart').length,
                width: box ? box.width : 0,
                height: box ? box.height : 0,
                bars: b.querySelectorAll('svg.chart rect').length,
                labels: b.querySelectorAll('svg.chart text.value').length,
                rows: b.querySelectorAll('table.cells tbody tr').length
              };
            })""");
    assertEquals(expected, blocks.size(), blocks.toString());
    assertTrue(expected >= 8, "the Nghệ An report breaks down several figures: " + expected);
    for (JsonNode b : blocks) {
      assertEquals(1, b.get("charts").asInt(), b.toString());
      assertTrue(b.get("width").asDouble() > 300 && b.get("height").asDouble() > 20, b.toString());
      assertEquals(b.get("rows").asInt(), b.get("bars").asInt(), b.toString());
      assertEquals(b.get("rows").asInt(), b.get("labels").asInt(), b.toString());
    }
  }

  @Test
  void theDialogueVerdictsListEveryCommuneAndFilterAndSort() throws IOException {
    RuleResult dialogues = report.rule("na-dialogues").orElseThrow();
    assertEquals(460, dialogues.verdicts().size());
    String rows = "document.querySelectorAll('#rule-na-dialogues table.subjects tbody tr')";
    JsonNode shown =
        chromium.evaluate(
            "[..." + rows + "].filter(r => r.getBoundingClientRect().height > 0)" + ".length");
    assertEquals(460, shown.asInt());
    long failing = dialogues.counts().getOrDefault(Verdict.FAIL, 0L);
    JsonNode filtered =
        chromium.evaluate(
            """
            (() => {
              const table = document.querySelector('#rule-na-dialogues table.subjects');
              const input = table.previousElementSibling.querySelector('input');
              input.value = 'không đạt';
              input.dispatchEvent(new Event('input'));
              const visible = [...table.tBodies[0].rows].filter(r => !r.hidden).length;
              const said = table.previousElementSibling.querySelector('.note').textContent;
              input.value = '';
              input.dispatchEvent(new Event('input'));
              return {visible, said};
            })()""");
    assertEquals(failing, filtered.get("visible").asLong(), filtered.toString());
    assertEquals(failing + " dòng hiển thị", filtered.get("said").asText());
    JsonNode sorted =
        chromium.evaluate(
            """
            (() => {
              const table = document.querySelector('#rule-na-dialogues table.subjects');
              const code = table.tHead.rows[0].cells[0];
              code.click();
              code.click();
              return {sort: code.getAttribute('aria-sort'),
                      codes: [...table.tBodies[0].rows].map(r => r.cells[0].textContent)};
            })()""");
    assertEquals("descending", sorted.get("sort").asText());
    List<Long> codes = new ArrayList<>();
    sorted.get("codes").forEach(n -> codes.add(Long.parseLong(n.asText())));
    List<Long> descending = new ArrayList<>(codes);
    descending.sort(java.util.Comparator.reverseOrder());
    assertEquals(descending, codes, "codes sorted as numbers, largest first");
    assertEquals(460, codes.size());
  }

  @Test
  void thePagePrintsOnA4WithEachSectionOnItsOwnPages() throws IOException {
    byte[] pdf = chromium.printToPdf();
    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
    int pages = Chromium.pages(pdf);
    System.out.println("HtmlReportBrowserTest: the Nghệ An page prints on " + pages + " A4 pages");
    // header, figures, rules and audit start pages of their own; 460 rows of verdicts at about
    // 40 a page and some 40 figures with their tables fill the rest
    assertTrue(pages >= 4 && pages <= 60, pages + " pages");
    String screenshots = System.getProperty("qcdc.screenshots");
    if (screenshots != null) {
      Path out = Path.of(screenshots);
      Files.write(out.resolve("html-report-first-page.png"), chromium.screenshot(0, 0, 1100, 1400));
      JsonNode box =
          chromium.evaluate(
              "(() => { const r = document.querySelector('#figure-na-dialogues-rate svg.chart')"
                  + ".getBoundingClientRect();"
                  + " return [r.left + scrollX, r.top + scrollY, r.width, r.height]; })()");
      Files.write(
          out.resolve("html-report-chart.png"),
          chromium.screenshot(
              box.get(0).asDouble() - 8,
              box.get(1).asDouble() - 8,
              box.get(2).asDouble() + 16,
              box.get(3).asDouble() + 16));
    }
  }

  private static boolean drawn(Cell cell) {
    FigureValue v = cell.value();
    return !(v instanceof FigureValue.Count c && c.count() == 0)
        && !(v instanceof FigureValue.Undefined);
  }

  private static List<List<String>> strings(JsonNode rows) {
    List<List<String>> all = new ArrayList<>();
    for (JsonNode row : rows) {
      List<String> cells = new ArrayList<>();
      row.forEach(c -> cells.add(c.asText().replaceAll("\\s+", " ")));
      all.add(cells);
    }
    return all;
  }
}

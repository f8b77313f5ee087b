package io.github.qcdc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.examples.browser.Chromium;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.io.html.HtmlReport;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national page: a rule with a verdict for each of 10,565 communes of the bundled GSO list, each
 * with five yearly checks, opened in headless Chromium. Prints how long the browser took to load
 * and lay it out, and to filter and sort the table once; asserts that every row is there.
 */
@Tag("browser")
class LargeHtmlReportBrowserTest {
  static final int SUBJECTS = 10_565;

  @Test
  void aPageOf10565SubjectsLoadsWithEveryRow(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path file = dir.resolve("national.html");
    HtmlReport.of(national()).withUnits(VietnamUnits.gazetteer()).writeTo(file);
    try (Chromium chromium = Chromium.start(1100, 1400)) {
      long start = System.nanoTime();
      chromium.open(file);
      JsonNode rows =
          chromium.evaluate(
              "(() => { const rows = document.querySelectorAll('table.subjects tbody tr');"
                  + " document.body.getBoundingClientRect();"
                  + " return rows.length; })()");
      long opened = (System.nanoTime() - start) / 1_000_000;
      assertEquals(SUBJECTS, rows.asInt());
      JsonNode timing =
          chromium.evaluate(
              """
              (() => {
                const nav = performance.getEntriesByType('navigation')[0];
                const table = document.querySelector('table.subjects');
                const input = table.previousElementSibling.querySelector('input');
                let t = performance.now();
                input.value = 'không đạt';
                input.dispatchEvent(new Event('input'));
                const visible = [...table.tBodies[0].rows].filter(r => !r.hidden).length;
                document.body.getBoundingClientRect();
                const filter = performance.now() - t;
                input.value = '';
                input.dispatchEvent(new Event('input'));
                t = performance.now();
                table.tHead.rows[0].cells[1].click();
                document.body.getBoundingClientRect();
                const sort = performance.now() - t;
                return {load: Math.round(nav.loadEventEnd), filter: Math.round(filter),
                        sort: Math.round(sort), visible};
              })()""");
      long failing = SUBJECTS / 7 + (SUBJECTS % 7 > 0 ? 1 : 0);
      assertEquals(failing, timing.get("visible").asLong(), timing.toString());
      System.out.printf(
          java.util.Locale.ROOT,
          "LargeHtmlReportBrowserTest: %,d subjects, %,d bytes: loaded and laid out in %,d ms"
              + " (load event at %s ms), filtered in %s ms, sorted by name in %s ms%n",
          SUBJECTS,
          Files.size(file),
          opened,
          timing.get("load"),
          timing.get("filter"),
          timing.get("sort"));
      assertTrue(opened > 0);
    }
  }

  /** A report of one rule over {@value #SUBJECTS} communes; every seventh fails in 2018. */
  static Report national() {
    Gazetteer units = VietnamUnits.gazetteer();
    LocalDate day = LocalDate.of(2020, 12, 31);
    List<SubjectVerdict> verdicts = new ArrayList<>();
    for (AdminUnit unit : units.units()) {
      if (verdicts.size() == SUBJECTS) {
        break;
      }
      if (unit.tier() != Tier.COMMUNE || !unit.isInForceOn(day)) {
        continue;
      }
      boolean fails = verdicts.size() % 7 == 0;
      List<Evidence.Check> checks = new ArrayList<>();
      for (int year = 2016; year <= 2020; year++) {
        boolean failing = fails && year == 2018;
        checks.add(
            new Evidence.Check(
                Phrase.of("số cuộc đối thoại", "dialogues"),
                Integer.toString(year),
                Optional.of(failing ? 1L : 2L),
                "≥ 2 (minDialoguesPerYear = 2, pack vn)",
                failing ? Verdict.FAIL : Verdict.PASS,
                failing ? 1 : 2,
                List.of()));
      }
      verdicts.add(
          new SubjectVerdict(
              unit.code().value(),
              unit.nameWithType(),
              fails ? Verdict.FAIL : Verdict.PASS,
              new Evidence(ImmutableList.copyOf(checks))));
    }
    assertEquals(SUBJECTS, verdicts.size(), "communes of the bundled list in force on " + day);
    RuleResult rule =
        new RuleResult(
            "VN-R10",
            1,
            Phrase.of("Chủ tịch UBND xã đối thoại với Nhân dân", "Commune chairs hold dialogues"),
            "Luật 10/2022/QH15, Điều 13",
            Optional.of(DateInterval.of(LocalDate.of(2016, 1, 1), day)),
            ImmutableSortedMap.of("minDialoguesPerYear", 2L),
            ImmutableList.of(),
            verdicts);
    return new Report(
        "vn",
        "2026.3",
        "0".repeat(64),
        "0".repeat(32),
        Optional.empty(),
        ReportingPeriod.parse("2016/2020"),
        DateInterval.of(LocalDate.of(2016, 1, 1), day),
        day,
        ImmutableList.of(),
        ImmutableList.of(rule),
        new Report.Diagnostics(0, 0, 0, 0));
  }
}

package io.github.qcdc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.PackExamples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The rule of the README, written, unit-tested and evaluated: keep the two in step. */
class ReadmeRuleTest {
  static final Gazetteer VIETNAM = GsoImport.lenient().readBundledSnapshot().gazetteer();
  static final Dataset DATASET =
      Dataset.builder(VIETNAM)
          .add(Activity.of("d1", ActivityType.DIALOGUE, "16708", LocalDate.of(2020, 4, 1)))
          .add(Activity.of("d2", ActivityType.DIALOGUE, "16708", LocalDate.of(2020, 10, 1)))
          .add(Activity.of("d3", ActivityType.DIALOGUE, "16705", LocalDate.of(2020, 5, 1)))
          .build();

  // README: begin
  ComplianceRule dialogues =
      ComplianceRule.of(
              "dialogues",
              Phrase.of("Đối thoại với Nhân dân", "Dialogue with the people"),
              LegalBasis.of("Luật 72/2025/QH15"),
              Population.units(Tier.COMMUNE),
              Condition.atLeast(
                      Expr.param("minDialoguesPerYear"),
                      Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))
                  .perYear())
          .withParameter("minDialoguesPerYear", 1); // the national floor
  RulePack pack =
      RulePack.of("nghe-an", "2021.1")
          .with(dialogues)
          .withParameter("minDialoguesPerYear", 2) // Nghệ An asks for two a year
          .withExamples(
              RuleExample.of(
                      "two pass",
                      "dialogues",
                      DATASET,
                      UnitCode.of("16708"),
                      ReportingPeriod.parse("2020"))
                  .expect("16708", Verdict.PASS),
              RuleExample.of(
                      "one fails",
                      "dialogues",
                      DATASET,
                      UnitCode.of("16705"),
                      ReportingPeriod.parse("2020"))
                  .expect("16705", Verdict.FAIL));

  @TestFactory // every example of the pack is a test
  Stream<DynamicTest> examples() {
    return PackExamples.dynamicTests(pack);
  }

  @Test
  void evaluatesNgheAn() {
    Report report =
        Evaluator.of(pack)
            .evaluate(DATASET, UnitCode.of("40"), ReportingPeriod.parse("2020"))
            .report();
    var counts =
        report.rule("dialogues").orElseThrow().counts(); // {PASS=1, FAIL=1, NO_DATA=458, ...}
    // README: end
    assertEquals(1L, counts.get(Verdict.PASS));
    assertEquals(1L, counts.get(Verdict.FAIL));
    assertEquals(458L, counts.get(Verdict.NO_DATA));
  }

  @Test
  void goesThroughDocuments(@TempDir Path dir) throws IOException {
    QcdcJson.writeDataset(DATASET, dir.resolve("nghe-an.json"));
    QcdcJson.writeRulePack(pack, dir.resolve("pack.json"));
    // README (Usage): begin
    Dataset records = QcdcJson.readDataset(dir.resolve("nghe-an.json"));
    RulePack pack = QcdcJson.readRulePack(dir.resolve("pack.json"));
    Report report =
        Evaluator.of(pack)
            .evaluate(records, UnitCode.of("40"), ReportingPeriod.parse("2020"))
            .report();
    QcdcJson.writeReport(report, dir.resolve("report-2020.json"));
    // README (Usage): end
    assertEquals(DATASET, records);
    assertEquals(this.pack, pack); // examples included
    assertEquals(report, QcdcJson.readReport(dir.resolve("report-2020.json")));
    assertEquals(1L, report.rule("dialogues").orElseThrow().counts().get(Verdict.PASS));
  }
}

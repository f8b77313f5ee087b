package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.Problem;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.DomainSamples;
import io.github.qcdc.testing.Failures;
import io.github.qcdc.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ReportJsonTest {
  private static final Schemas SCHEMA = Schemas.load(ReportJson.schema());

  /** Every kind of value: counts, ratios, an undefined ratio, coverage, verdicts with evidence. */
  public static final RulePack PACK =
      RulePack.of("report-kinds", "1")
          .with(
              Indicator.measure("all", Measure.count(ActivityFilter.any()))
                  .by(Breakdown.TIER, Breakdown.YEAR),
              Indicator.ratio(
                      "dialogue-share",
                      Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)),
                      Measure.count(ActivityFilter.any()))
                  .by(Breakdown.QUARTER),
              Indicator.ratio(
                  "never-defined",
                  Measure.count(ActivityFilter.any()),
                  Measure.count(ActivityFilter.attribute("no-such-key", "x"))),
              Indicator.coverage(
                      "new-rural",
                      Population.units(Tier.COMMUNE)
                          .excluding("99999", Phrase.of("Không áp dụng", "Not applicable")),
                      Condition.hasFact(FactFilter.of("new-rural-standard")))
                  .by(Breakdown.unitAt(Tier.DISTRICT)),
              Indicator.complianceRate("dialogue-rate", "dialogues"))
          .with(
              ComplianceRule.of(
                      "dialogues",
                      Phrase.of("Đối thoại", "Dialogue"),
                      LegalBasis.of("Luật 10/2022/QH15"),
                      Population.units(Tier.COMMUNE),
                      Condition.atLeast(
                              Expr.param("least"),
                              Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))
                          .perYear())
                  .withParameter("least", 1));

  public static Report evaluate(Dataset dataset) {
    return Evaluator.of(PACK)
        .evaluateAll(dataset, ReportingPeriod.parse("2016/2019"), EvaluationOptions.defaults())
        .report();
  }

  static byte[] write(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportJson.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Report read(String text) throws IOException {
    return ReportJson.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "report.json");
  }

  private static List<String> violations(byte[] document) {
    return SCHEMA.violations(document);
  }

  @Test
  void aReportReadsBackEqualAndWritesTheSameBytes() {
    qt().withExamples(40)
        .forAll(Generators.datasetInputs(300))
        .checkAssert(
            inputs -> {
              Report report = evaluate(inputs.build());
              byte[] bytes = write(report);
              try {
                Report back = read(new String(bytes, StandardCharsets.UTF_8));
                assertEquals(report, back);
                assertArrayEquals(bytes, write(back));
                assertEquals(List.of(), violations(bytes));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void everyKindOfValueIsWrittenExactly() {
    Report report = evaluate(new DomainSamples(7).datasetInputs(300).build());
    String text = new String(write(report), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\"format\":\"qcdc.report/1\",\n"), text);
    assertTrue(
        report.figure("never-defined").orElseThrow().value() instanceof FigureValue.Undefined);
    assertTrue(text.contains("\"value\":{\"kind\":\"undefined\",\"reason\":"), text);
    assertTrue(text.contains("\"kind\":\"ratio\",\"numerator\":"), text);
    assertTrue(text.contains("\"verdict\":\"pass\"") || text.contains("\"verdict\":\"fail\""));
    assertTrue(!text.contains(".0,") && !text.contains("E+"), "no float anywhere");
  }

  private static final String VALID =
      "{\"format\":\"qcdc.report/1\",\n"
          + "\"pack\":{\"id\":\"p\",\"version\":\"1\",\"fingerprint\":\"ab\"},\n"
          + "\"dataFingerprint\":\"cd\",\n"
          + "\"period\":\"2020\",\n"
          + "\"days\":\"2020-01-01/2020-12-31\",\n"
          + "\"asOf\":\"2020-12-31\",\n"
          + "\"diagnostics\":{\"recordsOutsideTree\":0,\"recordsRemapped\":0,"
          + "\"recordsGeneralised\":0,\"subjectsWithoutData\":0},\n"
          + "\"figures\":[\n"
          + "FIGURE\n"
          + "],\n"
          + "\"rules\":[]}\n";
  private static final String FIGURE =
      "{\"id\":\"f\",\"title\":{\"vi\":\"T\",\"en\":\"T\"},VALUE,\"breakdowns\":[],"
          + "\"explanation\":{\"sentence\":{\"vi\":\"s\",\"en\":\"s\"},\"failing\":0,\"noData\":0,"
          + "\"excluded\":[],\"recordsCounted\":3,\"parameters\":{},"
          + "\"rounding\":{\"vi\":\"r\",\"en\":\"r\"}},"
          + "\"format\":{\"nounVi\":\"\",\"nounEn\":\"\",\"percentDecimals\":2,"
          + "\"rounding\":\"HALF_UP\",\"trimZeros\":true}}";

  private static String withValue(String value) {
    return VALID.replace("FIGURE", FIGURE.replace("VALUE", "\"value\":" + value));
  }

  @Test
  void aHandWrittenReportReads() throws IOException {
    Report report =
        read(
            withValue("{\"kind\":\"ratio\",\"numerator\":281,\"denominator\":411}")
                .replace(
                    "\"excluded\":[]",
                    "\"excluded\":[{\"id\":\"17992\",\"reason\":{\"vi\":\"Sáp nhập\",\"en\":\"Merged\"}}]"));
    assertEquals("281/411", report.figure("f").orElseThrow().value().toString());
    assertEquals(
        List.of(new Population.Exclusion("17992", Phrase.of("Sáp nhập", "Merged"))),
        report.figure("f").orElseThrow().explanation().excluded());
    assertEquals(
        List.of(),
        violations(withValue("{\"kind\":\"count\",\"count\":3}").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyProblemOfAReportIsListedWithItsPlace() {
    String text =
        withValue("{\"kind\":\"ratio\",\"numerator\":1,\"denominator\":0}")
            .replace("\"dataFingerprint\":\"cd\",\n", "\n")
            .replace("\"failing\":0", "\"failing\":0.5")
            .replace("\"rules\":[]", "\"rules\":[{\"id\":\"r\",\"colour\":\"red\"}]");
    List<Problem> problems = Failures.problemsOf(() -> read(text));
    assertEquals(
        List.of(
            "report.json:9:1 /figures/0/value: fraction denominator must be positive: 1/0",
            "report.json:9:1 /figures/0/explanation/failing: expected a whole number, got a number"
                + " 0.5",
            "report.json:11:10 /rules/0/colour: unknown field; expected one of [applied, excluded,"
                + " id, legalBasis, parameters, title, topic, verdicts, version]",
            "report.json:11:10 /rules/0/title: required field is missing",
            "report.json:11:10 /rules/0/version: required field is missing",
            "report.json:11:10 /rules/0/legalBasis: required field is missing",
            "report.json /dataFingerprint: required field is missing"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void aReportOfAnotherVersionOrKindIsRefused() {
    assertEquals(
        List.of(
            "report.json:1:2 /format: unsupported version qcdc.report/2; this reader reads"
                + " qcdc.report/1"),
        Failures.problemsOf(
                () ->
                    read(
                        withValue("{\"kind\":\"count\",\"count\":3}")
                            .replace("qcdc.report/1", "qcdc.report/2")))
            .stream()
            .map(Problem::toString)
            .toList());
    assertEquals(
        List.of(
            "report.json:1:2 /format: not a qcdc report document: format qcdc.dataset/1,"
                + " expected qcdc.report/1"),
        Failures.problemsOf(() -> read("{\"format\":\"qcdc.dataset/1\"}")).stream()
            .map(Problem::toString)
            .toList());
  }

  @Test
  void aBadHeaderFieldIsPlacedOnItsLine() {
    String text =
        withValue("{\"kind\":\"count\",\"count\":3}")
            .replace("\"period\":\"2020\"", "\"period\":\"2020Q5\"")
            .replace("\"fingerprint\":\"ab\"", "\"fingerprint\":7");
    assertEquals(
        List.of(
            "report.json:4:1 /period: a reporting period such as 2020 expected: period must be one"
                + " of 2020, 2020S1, 2020Q3, 2020-03, 2016/2020 (or 2016-2020), 2016-01-01/2020-12-31: '2020Q5'",
            "report.json:2:1 /pack/fingerprint: expected a string, got a number"),
        Failures.problemsOf(() -> read(text)).stream().map(Problem::toString).toList());
  }

  @Test
  void aMissingHeaderFieldIsNamed() {
    String text =
        withValue("{\"kind\":\"count\",\"count\":3}").replace("\"asOf\":\"2020-12-31\",\n", "");
    assertEquals(
        Set.of("report.json /asOf: required field is missing"),
        Set.copyOf(Failures.problemsOf(() -> read(text)).stream().map(Problem::toString).toList()));
  }

  @Test
  void packsAndReportsGoThroughFilesWholeOrNotAtAll(@TempDir Path dir) throws IOException {
    Path pack = dir.resolve("pack.json");
    Path report = dir.resolve("report.json");
    QcdcJson.writeRulePack(PACK, pack);
    RulePack read = QcdcJson.readRulePack(pack);
    assertEquals(PACK.withoutExamples(), read);
    Report written = evaluate(new DomainSamples(11).datasetInputs(100).build());
    QcdcJson.writeReport(written, report);
    assertEquals(written, QcdcJson.readReport(report));
    Files.writeString(report, "{\"format\":\"qcdc.report/1\",\"figures\":3}");
    assertEquals(
        "report.json:1:27 /figures: expected an array",
        Failures.problemsOf(() -> QcdcJson.readReport(report)).get(0).toString());
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left behind");
    }
  }
}

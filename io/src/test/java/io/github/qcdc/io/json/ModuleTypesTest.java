package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableList;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.Generators;
import io.github.qcdc.testing.SeedReport;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's definition, result and document types, through a plain ObjectMapper. */
class ModuleTypesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    try {
      assertEquals(value, MAPPER.readValue(MAPPER.writeValueAsString(value), type));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theModuleReportsTheVersionOfTheBuild() {
    com.fasterxml.jackson.core.Version version = new QcdcModule().version();
    assertEquals(io.github.qcdc.QcdcVersion.current(), version.toString());
    assertEquals("qcdc-io", version.getArtifactId());
  }

  @Test
  void definitionsTravelAsInARulePack() {
    qt().withExamples(100)
        .forAll(Generators.rulePacks())
        .checkAssert(
            pack -> {
              assertRoundTrip(pack, RulePack.class);
              pack.indicators().forEach(i -> assertRoundTrip(i, Indicator.class));
              pack.rules().forEach(r -> assertRoundTrip(r, ComplianceRule.class));
            });
  }

  @Test
  void aPackTravelsWholeWithItsWorkedExamples() {
    RulePack pack = io.github.qcdc.national.VietnamPack.pack();
    assertEquals(false, pack.examples().isEmpty());
    assertRoundTrip(pack, RulePack.class);
  }

  @Test
  void reportsAndTheirPartsTravelAsInAReport() {
    qt().withExamples(20)
        .forAll(Generators.datasetInputs(200))
        .checkAssert(
            inputs -> {
              Report report =
                  Evaluator.of(ReportJsonTest.PACK)
                      .evaluateAll(
                          inputs.build(),
                          ReportingPeriod.parse("2016/2019"),
                          EvaluationOptions.defaults())
                      .report();
              assertRoundTrip(report, Report.class);
              report.figures().forEach(f -> assertRoundTrip(f, Figure.class));
              report.figures().forEach(f -> assertRoundTrip(f.value(), FigureValue.class));
              report.rules().forEach(r -> assertRoundTrip(r, RuleResult.class));
            });
  }

  @Test
  void datasetsAndGazetteersTravelAsDatasetDocuments() {
    qt().withExamples(20)
        .forAll(Generators.datasetInputs(100))
        .checkAssert(
            inputs -> {
              Dataset dataset = inputs.build();
              assertRoundTrip(dataset, Dataset.class);
              assertRoundTrip(dataset.gazetteer(), Gazetteer.class);
            });
  }

  @Test
  void claimsAndFindingsTravelAsInAClaimsDocument() {
    List<ReportedFigure> claims = ClaimExtractor.extract(SeedReport.text());
    List<AuditFinding> findings = Audit.consistency(claims);
    claims.forEach(c -> assertRoundTrip(c, ReportedFigure.class));
    claims.forEach(c -> assertRoundTrip(c.claim(), Claim.class));
    findings.forEach(f -> assertRoundTrip(f, AuditFinding.class));
    assertRoundTrip(
        new ClaimsJson.Document(ImmutableList.copyOf(claims), ImmutableList.copyOf(findings)),
        ClaimsJson.Document.class);
  }

  @Test
  void reportsWhatIsWrongWithADefinitionOrADocument() {
    assertEquals(
        "invalid FigureValue: line 1, column 1 /denominator: required field is missing",
        assertThrows(
                MismatchedInputException.class,
                () -> MAPPER.readValue("{\"kind\":\"ratio\",\"numerator\":1}", FigureValue.class))
            .getOriginalMessage());
    assertEquals(
        "invalid RulePack: value at line 1, column 1:1:2 /format: not a qcdc rule pack document:"
            + " format qcdc.report/1, expected qcdc.rulepack/1",
        assertThrows(
                MismatchedInputException.class,
                () -> MAPPER.readValue("{\"format\":\"qcdc.report/1\"}", RulePack.class))
            .getOriginalMessage());
    assertEquals(
        "invalid Gazetteer: value at line 1, column 1: a gazetteer holds units and successions"
            + " only; this document has records",
        assertThrows(
                MismatchedInputException.class,
                () ->
                    MAPPER.readValue(
                        "{\"format\":\"qcdc.dataset/1\",\"units\":[{\"code\":\"40\",\"name\":\"Nghệ"
                            + " An\",\"type\":\"tinh\"}],\"facts\":[{\"id\":\"f\",\"key\":\"k\",\"subject\":"
                            + "\"unit:40\",\"value\":true,\"validity\":\"2020-01-01/..\"}]}",
                        Gazetteer.class))
            .getOriginalMessage());
  }
}

package io.github.qcdc.examples.nghean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.audit.AuditFinding.Status;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed report's figures, reproduced through the engine on both bundled datasets. */
class NgheAnReportTest {
  static final Gazetteer VIETNAM = GsoImport.lenient().readBundledSnapshot().gazetteer();
  static final RulePack PACK = NgheAnPack.pack();
  static final Dataset AS_REPORTED = NgheAnData.asReported(VIETNAM);
  static final Dataset SIMULATED = NgheAnData.simulated(VIETNAM, 2021);

  static Report evaluate(Dataset dataset) {
    return Evaluator.of(PACK).evaluate(dataset, UnitCode.of("40"), NgheAnPack.PERIOD).report();
  }

  static Map<String, Status> statuses(Dataset dataset) {
    return Reproduction.check(evaluate(dataset), PACK).stream()
        .collect(Collectors.toMap(r -> r.claim().id(), r -> r.finding().status()));
  }

  static final String NEW_RURAL = "L35:281/411 xã về đích nông thôn mới, đạt 68,13%";

  /** Context figures and 100% claims whose counts the report does not give. */
  static final Set<String> NOT_REPRODUCED =
      Set.of(
          "L7:468 km và",
          "L7:82 km bờ biển",
          "L7:15,36%",
          "L7:trên 365.000 tín đồ",
          "L31:100%",
          "L39:100%");

  @Test
  void theSimulationReproducesEveryFigureButTheWrongPercentage() {
    Map<String, Status> statuses = statuses(SIMULATED);
    assertEquals(38, statuses.size());
    statuses.forEach(
        (id, status) ->
            assertEquals(
                id.equals(NEW_RURAL)
                    ? Status.MISMATCH
                    : NOT_REPRODUCED.contains(id) ? Status.UNVERIFIABLE : Status.MATCH,
                status,
                id));
  }

  @Test
  void theReportsOwnFiguresReproduceAllButThoseItGivesNoCountsFor() {
    Set<String> withoutCounts =
        Set.of("L31:hơn 350 lượt đơn vị được", "L45:81%", "L45:từ 55% đến 60%");
    statuses(AS_REPORTED)
        .forEach(
            (id, status) ->
                assertEquals(
                    id.equals(NEW_RURAL)
                        ? Status.MISMATCH
                        : NOT_REPRODUCED.contains(id) || withoutCounts.contains(id)
                            ? Status.UNVERIFIABLE
                            : Status.MATCH,
                    status,
                    id));
  }

  @Test
  void bothDatasetsGiveTheSameTotals() {
    Report reported = evaluate(AS_REPORTED);
    Report simulated = evaluate(SIMULATED);
    for (String id :
        List.of(
            "na-front-supervisions",
            "na-front-critiques",
            "na-grassroots-party",
            "na-ntm-communes",
            "na-pib-supervisions",
            "na-cisb-supervisions",
            "na-bright-spots",
            "na-inspections",
            "na-dialogue-2018-delegates")) {
      assertEquals(
          reported.figure(id).orElseThrow().value(),
          simulated.figure(id).orElseThrow().value(),
          id);
    }
  }

  @Test
  void theLevelsAddUpOnBothDatasets() {
    for (Dataset dataset : List.of(AS_REPORTED, SIMULATED)) {
      var figure = evaluate(dataset).figure("na-front-supervisions").orElseThrow();
      Map<String, FigureValue> byTier =
          figure.breakdowns().get(0).cells().stream()
              .collect(Collectors.toMap(c -> c.labels().get(0), Cell::value));
      assertEquals(FigureValue.of(2849), figure.value());
      assertEquals(FigureValue.of(15), byTier.get("province"));
      assertEquals(FigureValue.of(226), byTier.get("district"));
      assertEquals(FigureValue.of(2608), byTier.get("commune"));
    }
  }

  @Test
  void theNewRuralDenominatorIsTheGazetteersXa() {
    var figure = evaluate(AS_REPORTED).figure("na-ntm-communes").orElseThrow();
    assertEquals(FigureValue.of(Fraction.of(281, 411)), figure.value());
    assertEquals(411L, figure.explanation().denominator().orElseThrow());
  }

  @Test
  void everyCommuneGetsADialogueVerdictFromTheSimulation() {
    var counts = evaluate(SIMULATED).rule(NgheAnPack.DIALOGUE_RULE).orElseThrow().counts();
    long pass = counts.getOrDefault(Verdict.PASS, 0L);
    long fail = counts.getOrDefault(Verdict.FAIL, 0L);
    assertEquals(460, pass + fail, counts.toString());
    assertTrue(fail > 0, counts.toString());
    assertEquals(
        460L,
        evaluate(AS_REPORTED)
            .rule(NgheAnPack.DIALOGUE_RULE)
            .orElseThrow()
            .counts()
            .get(Verdict.NO_DATA));
  }

  @Test
  void everyReportedValueCitesTheLineThatStatesIt() {
    io.github.qcdc.text.NumberStyle vi = io.github.qcdc.text.NumberStyle.VIETNAMESE;
    for (var value : AS_REPORTED.dataValues()) {
      String source = value.source().orElseThrow();
      int line =
          Integer.parseInt(com.google.common.base.Splitter.on(':').splitToList(source).get(1));
      assertTrue(
          SeedReport.lines().get(line - 1).contains(vi.format(value.amount().count())),
          value + " cites " + source);
    }
    assertEquals(23, AS_REPORTED.dataValues().size());
  }

  @Test
  void crossChecksAddUpTheOrganisationsAndFindTheNamedDistricts() {
    var lines = CrossChecks.of(evaluate(AS_REPORTED), VIETNAM);
    assertEquals(
        "MATCH    L7, L13: 21/21 huyện ủy + 7/7 đảng ủy = 28 đảng bộ trực thuộc: computed 21 + 7"
            + " = 28, stated 28",
        lines.get(0));
    assertTrue(lines.get(1).startsWith("NOTE     L17, L7: 480 xã in 2018, 460 in the GSO list"));
    assertTrue(
        lines.get(2).contains("Thái Hòa = 414 Thị xã Thái Hoà (tone mark placed differently)"),
        lines.get(2));
  }
}

package io.github.qcdc.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.PackExamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VietnamPackTest {
  static final RulePack PACK = VietnamPack.pack();

  @TestFactory
  Stream<DynamicTest> everyWorkedExampleHolds() {
    return PackExamples.dynamicTests(PACK);
  }

  @Test
  void theDefinitionsAreValidAndEveryRuleIsDescribedAndRated() {
    assertEquals(List.of(), PACK.validateDefinitions());
    for (ComplianceRule rule : PACK.rules()) {
      assertTrue(rule.description().isPresent(), rule.id());
      assertTrue(rule.confidence().isPresent(), rule.id());
    }
    Set<String> ids =
        PACK.rules().stream().map(r -> r.id().replaceAll("\\..*", "")).collect(Collectors.toSet());
    for (int r = 1; r <= 25; r++) {
      assertTrue(ids.contains(String.format(java.util.Locale.ROOT, "VN-R%02d", r)), "VN-R" + r);
    }
    assertEquals(
        List.of("VN-I01", "VN-I02", "VN-I03", "VN-I04", "VN-I05", "VN-I06", "VN-I07", "VN-I08"),
        VietnamPack.catalogue().stream().map(VietnamPack.IndicatorEntry::id).toList());
  }

  @Test
  void everyRuleHasAPassAndAFailOrNoDataExample() {
    Map<String, List<RuleExample>> byTarget =
        PACK.examples().stream().collect(Collectors.groupingBy(RuleExample::target));
    for (ComplianceRule rule : PACK.rules()) {
      List<Verdict> expected =
          byTarget.getOrDefault(rule.id(), List.of()).stream()
              .flatMap(e -> e.verdicts().values().stream())
              .toList();
      assertTrue(expected.contains(Verdict.PASS), rule.id() + " " + expected);
      assertTrue(
          expected.contains(Verdict.FAIL) || expected.contains(Verdict.NO_DATA),
          rule.id() + " " + expected);
    }
    for (Indicator indicator : PACK.indicators()) {
      assertTrue(byTarget.getOrDefault(indicator.id(), List.of()).size() >= 2, indicator.id());
    }
  }

  @Test
  void rulesOnAnInferredOrUnverifiedBasisShipDisabledWithTheReason() {
    for (ComplianceRule rule : PACK.rules()) {
      Confidence c = rule.confidence().orElseThrow();
      if (!c.enabledByDefault()) {
        assertTrue(rule.disabledBecause().orElseThrow().contains("[" + c.mark() + "]"), rule.id());
      }
    }
    assertEquals(
        List.of("VN-R03", "VN-R17", "VN-R18.Q", "VN-R19.ND149", "VN-R24"),
        PACK.rules().stream()
            .filter(r -> !r.isEnabled())
            .map(ComplianceRule::id)
            .sorted()
            .toList());
  }

  @Test
  void aPeriodAcrossARegimeChangeIsEvaluatedPieceByPiece() {
    Dataset data = ExampleData.dataset();
    Report report =
        Evaluator.of(PACK)
            .evaluate(data, UnitCode.of(ExampleData.XA_1), ReportingPeriod.parse("2022/2024"))
            .report();
    assertEquals(
        DateInterval.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30)),
        report.rule("VN-R05.ND159").orElseThrow().applied().orElseThrow());
    assertEquals(
        DateInterval.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 12, 31)),
        report.rule("VN-R05").orElseThrow().applied().orElseThrow());
    assertEquals(Verdict.PASS, report.rule("VN-R05").orElseThrow().verdicts().get(0).verdict());
    assertTrue(report.rule("VN-R19.ND60").orElseThrow().applied().isEmpty());
  }

  @Test
  void theRulesTheReformMayHaveChangedAreVerifiedUpToTheDayBeforeIt() {
    for (String id : CommuneRules.AMENDED_2025) {
      var rule = PACK.rule(id).orElseThrow();
      assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), rule.verifiedUntil(), id);
      assertTrue(
          rule.isVerifiedThrough(
              DateInterval.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))),
          id);
      assertFalse(
          rule.isVerifiedThrough(
              DateInterval.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1))),
          id);
    }
    assertTrue(PACK.rule("VN-R01").orElseThrow().verifiedUntil().isEmpty());
    assertTrue(PACK.rule("VN-R01").orElseThrow().isVerifiedThrough(DateInterval.always()));
  }

  @Test
  void aReportPastTheReformSaysWhichVerdictsAndFiguresRestOnABasisNotVerifiedSince() {
    Dataset data = ExampleData.dataset();
    UnitCode commune = UnitCode.of(ExampleData.XA_1);
    List<String> before =
        Evaluator.of(PACK)
            .evaluate(data, commune, ReportingPeriod.parse("2024"))
            .report()
            .diagnostics()
            .warnings();
    assertTrue(before.stream().noneMatch(w -> w.contains("not verified")), before.toString());
    List<String> after =
        Evaluator.of(PACK)
            .evaluate(data, commune, ReportingPeriod.parse("2025"))
            .report()
            .diagnostics()
            .warnings()
            .stream()
            .filter(w -> w.contains("not verified"))
            .toList();
    List<String> expected = new ArrayList<>();
    TreeSet<String> touched = new TreeSet<>(CommuneRules.AMENDED_2025);
    touched.addAll(List.of("VN-R26", "VN-R27", "VN-R28")); // village conventions, NĐ 61/2023
    for (String id : touched) {
      if (PACK.rule(id).orElseThrow().isEnabled()) {
        expected.add(id);
      }
    }
    assertEquals(expected.size(), after.size(), after.toString());
    assertTrue(
        after.contains(
            "rule VN-R05: its legal basis is verified up to 2025-06-30; its verdicts from"
                + " 2025-07-01 to 2025-12-31 rest on a basis not verified since"),
        after.toString());
  }

  @Test
  void everyRuleAndIndicatorSaysWhatItIsAboutInTheLaw() {
    RulePack pack = VietnamPack.pack();
    for (var rule : pack.rules()) {
      assertTrue(rule.topic().isPresent(), rule.id());
    }
    for (var indicator : pack.indicators()) {
      assertTrue(indicator.topic().isPresent(), indicator.id());
    }
    assertEquals(
        "supervision/commune", pack.rule("VN-R05").orElseThrow().topic().orElseThrow().toString());
    assertEquals(
        "consultation/enterprise",
        pack.rule("VN-R19").orElseThrow().topic().orElseThrow().toString());
  }

  @Test
  void narrowsToSomeCategoriesOfTheLawKeepingWhatTheirFiguresRead() {
    RulePack pack = VietnamPack.pack();
    RulePack supervision =
        pack.about(java.util.Set.of(io.github.qcdc.indicator.Topic.Category.SUPERVISION));
    assertTrue(
        supervision.rules().stream()
            .allMatch(
                r ->
                    r.topic().orElseThrow().category()
                        == io.github.qcdc.indicator.Topic.Category.SUPERVISION));
    assertEquals(
        java.util.List.of("VN-I01", "VN-I03"),
        supervision.indicators().stream().map(Indicator::id).toList());
    assertEquals(java.util.List.of(), supervision.validateDefinitions());
    assertTrue(
        io.github.qcdc.engine.Examples.run(supervision).stream().allMatch(o -> o.passed()),
        "the examples kept still hold");
    assertTrue(!supervision.examples().isEmpty());
    // every category at once is the whole pack
    assertEquals(
        pack, pack.about(java.util.EnumSet.allOf(io.github.qcdc.indicator.Topic.Category.class)));
    assertEquals(
        "a pack about no category would hold nothing",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> pack.about(java.util.Set.of()))
            .getMessage());
  }

  @Test
  void namesTheNationalPackAndRefusesAProfileNoJarPublishes() {
    assertEquals(VietnamPack.pack(), VietnamPack.named("vn"));
    assertEquals(
        "no pack 'vn+ha-noi': name the national pack, vn, or it with a provincial profile,"
            + " vn+PROVINCE; the profiles on the class path are []",
        io.github.qcdc.testing.Failures.argumentMessage(() -> VietnamPack.named("vn+ha-noi")));
    assertEquals(
        "no pack 'vn-qcdc': name the national pack, vn, or it with a provincial profile,"
            + " vn+PROVINCE; the profiles on the class path are []",
        io.github.qcdc.testing.Failures.argumentMessage(() -> VietnamPack.named("vn-qcdc")));
  }
}

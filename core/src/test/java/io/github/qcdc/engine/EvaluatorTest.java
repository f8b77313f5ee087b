package io.github.qcdc.engine;

import static io.github.qcdc.testing.Failures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.Problem;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.Subject;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final Gazetteer GAZETTEER = NgheAn.snapshot().build();
  private static final UnitCode NGHE_AN = NgheAn.PROVINCE;
  private static final ReportingPeriod FIVE_YEARS = ReportingPeriod.parse("2016/2020");
  private static final String VINH = "412";
  private static final String HUNG_LOC = "16708";
  private static final String HUNG_DONG = "16705";
  private static final String NGHI_PHU = "16702";

  private static final ComplianceRule DIALOGUES =
      ComplianceRule.of(
              "dialogues",
              Phrase.of("Đối thoại với nhân dân", "Dialogue with the people"),
              LegalBasis.of("Luật Tổ chức chính quyền địa phương 2025"),
              Population.units(Tier.COMMUNE).excluding(NGHI_PHU, Phrase.of("thử", "test")),
              Condition.atLeast(
                      Expr.param("minDialoguesPerYear"),
                      Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))
                  .perYear())
          .withParameter("minDialoguesPerYear", 1);

  private static Dataset dataset() {
    Dataset.Builder b = Dataset.builder(GAZETTEER);
    int n = 0;
    // supervisions: 1 at province, 2 at district Vinh, 3 at communes
    b.add(Activity.of("s" + n++, ActivityType.SUPERVISION, "40", LocalDate.of(2017, 3, 1)));
    b.add(Activity.of("s" + n++, ActivityType.SUPERVISION, VINH, LocalDate.of(2018, 3, 1)));
    b.add(Activity.of("s" + n++, ActivityType.SUPERVISION, VINH, LocalDate.of(2021, 3, 1)));
    b.add(Activity.of("s" + n++, ActivityType.SUPERVISION, VINH, LocalDate.of(2019, 3, 1)));
    b.add(Activity.of("s" + n++, ActivityType.SUPERVISION, HUNG_LOC, LocalDate.of(2016, 3, 1)));
    b.add(Activity.of("s" + n++, ActivityType.SUPERVISION, HUNG_LOC, LocalDate.of(2020, 12, 31)));
    b.add(Activity.of("s" + n++, ActivityType.SUPERVISION, HUNG_DONG, LocalDate.of(2020, 1, 1)));
    // dialogues: Hưng Lộc 2 every year 2016-2020; Hưng Đông only in 2016 and 2017
    for (int year = 2016; year <= 2020; year++) {
      b.add(
          Activity.of(
              "d-hl-" + year + "a", ActivityType.DIALOGUE, HUNG_LOC, LocalDate.of(year, 4, 1)));
      b.add(
          Activity.of(
              "d-hl-" + year + "b", ActivityType.DIALOGUE, HUNG_LOC, LocalDate.of(year, 10, 1)));
    }
    b.add(Activity.of("d-hd-2016", ActivityType.DIALOGUE, HUNG_DONG, LocalDate.of(2016, 5, 1)));
    b.add(Activity.of("d-hd-2017", ActivityType.DIALOGUE, HUNG_DONG, LocalDate.of(2017, 5, 1)));
    b.add(
        DataValue.of(
            "v1", DataElement.of("supervisions"), VINH, ReportingPeriod.parse("2016/2020"), 100));
    b.add(
        DataValue.of("v2", DataElement.of("supervisions"), "40", ReportingPeriod.parse("2021"), 9));
    b.add(
        Fact.of(
            "f1",
            Subject.unit(UnitCode.of(HUNG_LOC)),
            "new-rural-standard",
            FactValue.of(true),
            DateInterval.from(LocalDate.of(2019, 12, 20))));
    b.add(
        Fact.of(
            "f2",
            Subject.unit(UnitCode.of(HUNG_DONG)),
            "new-rural-standard",
            FactValue.of(false),
            DateInterval.from(LocalDate.of(2019, 12, 20))));
    return b.build();
  }

  private static Report evaluate(RulePack pack) {
    return Evaluator.of(pack).evaluate(dataset(), NGHE_AN, FIVE_YEARS).report();
  }

  @Test
  void countsActivitiesByLevelWithTheTotalEqualToTheParts() {
    Indicator supervisions =
        Indicator.measure(
                "supervisions", Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)))
            .by(Breakdown.TIER);
    Report report = evaluate(RulePack.of("t", "1").with(supervisions));
    var figure = report.figure("supervisions").orElseThrow();
    assertEquals(FigureValue.of(6), figure.value());
    Map<String, FigureValue> byTier =
        figure.breakdowns().get(0).cells().stream()
            .collect(java.util.stream.Collectors.toMap(c -> c.labels().get(0), Cell::value));
    assertEquals(FigureValue.of(1), byTier.get("province"));
    assertEquals(FigureValue.of(2), byTier.get("district"));
    assertEquals(FigureValue.of(3), byTier.get("commune"));
    assertEquals(FigureValue.of(0), byTier.get("village"));
    assertEquals(6, figure.explanation().recordsCounted());
  }

  @Test
  void addsDataValuesAndActivitiesOfTheSameThing() {
    Indicator total =
        Indicator.measure(
            "all-supervisions",
            Measure.sumOf(
                Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)),
                Measure.dataValues(DataElement.of("supervisions"))));
    Report report = evaluate(RulePack.of("t", "1").with(total));
    assertEquals(FigureValue.of(106), report.figure("all-supervisions").orElseThrow().value());
  }

  @Test
  void breaksDownByDistrictAndYearAtOnce() {
    Indicator supervisions =
        Indicator.measure("s", Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)))
            .by(Breakdown.unitAt(Tier.DISTRICT), Breakdown.YEAR);
    var figure = evaluate(RulePack.of("t", "1").with(supervisions)).figure("s").orElseThrow();
    var cells = figure.breakdowns().get(0).cells();
    assertEquals((21 + 1) * (5 + 1), cells.size());
    assertEquals(6, cells.stream().mapToLong(c -> ((FigureValue.Count) c.value()).count()).sum());
    assertEquals(
        FigureValue.of(1),
        cells.stream()
            .filter(c -> c.labels().equals(List.of(VINH, "2018")))
            .findFirst()
            .orElseThrow()
            .value());
    assertEquals(
        FigureValue.of(1),
        cells.stream()
            .filter(c -> c.labels().equals(List.of("none", "2017")))
            .findFirst()
            .orElseThrow()
            .value());
  }

  @Test
  void coverageCountsSubjectsThatSatisfyTheCondition() {
    Indicator newRural =
        Indicator.coverage(
                "new-rural",
                Population.units(Tier.COMMUNE, UnitType.XA),
                Condition.hasFact(FactFilter.of("new-rural-standard")))
            .by(Breakdown.unitAt(Tier.DISTRICT));
    var figure = evaluate(RulePack.of("t", "1").with(newRural)).figure("new-rural").orElseThrow();
    assertEquals(FigureValue.of(Fraction.of(1, 411)), figure.value());
    assertEquals(1, figure.explanation().failing());
    assertEquals(409, figure.explanation().noData());
  }

  @Test
  void ruleGivesPassFailAndNoDataWithEvidence() {
    Report report =
        evaluate(RulePack.of("t", "1").with(DIALOGUES).withParameter("minDialoguesPerYear", 2));
    RuleResult result = report.rule("dialogues").orElseThrow();
    assertEquals(459, result.verdicts().size());
    assertEquals(NGHI_PHU, result.excluded().get(0).id());

    assertEquals(Verdict.PASS, verdictOf(result, HUNG_LOC).verdict());
    assertEquals(Verdict.FAIL, verdictOf(result, HUNG_DONG).verdict());
    assertEquals(Verdict.NO_DATA, verdictOf(result, "16711").verdict());
    var checks = verdictOf(result, HUNG_DONG).evidence().checks();
    assertEquals(5, checks.size());
    assertEquals("2016", checks.get(0).window());
    assertEquals(java.util.Optional.of(1L), checks.get(0).observed());
    assertEquals("≥ 2 (minDialoguesPerYear, pack t)", checks.get(0).required());
    assertEquals(List.of("d-hd-2016"), checks.get(0).records());
    assertEquals(
        Map.of(
            Verdict.PASS, 1L, Verdict.FAIL, 1L, Verdict.NO_DATA, 457L, Verdict.NOT_APPLICABLE, 0L),
        result.counts());
    assertEquals(Map.of("minDialoguesPerYear", 2L), result.parameters());
  }

  private static SubjectVerdict verdictOf(RuleResult result, String subject) {
    return result.verdicts().stream()
        .filter(v -> v.subject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ruleDefaultAppliesWhenThePackSetsNoParameter() {
    RuleResult result =
        evaluate(RulePack.of("t", "1").with(DIALOGUES)).rule("dialogues").orElseThrow();
    assertEquals(1, result.counts().get(Verdict.PASS));
    assertEquals(1, result.counts().get(Verdict.FAIL));
    assertEquals(
        "≥ 1 (minDialoguesPerYear, rule dialogues default)",
        result.verdicts().stream()
            .filter(v -> v.subject().equals(HUNG_LOC))
            .findFirst()
            .orElseThrow()
            .evidence()
            .checks()
            .get(0)
            .required());
  }

  @Test
  void complianceRateIsPassOverEverySubjectWithAVerdict() {
    Report report =
        evaluate(
            RulePack.of("t", "1")
                .with(DIALOGUES)
                .with(Indicator.complianceRate("rate", "dialogues")));
    assertEquals(FigureValue.of(Fraction.of(1, 459)), report.figure("rate").orElseThrow().value());
  }

  @Test
  void ruleOutsideItsRegimeIsNotApplicable() {
    ComplianceRule law2022 = DIALOGUES.withValidity(DateInterval.from(LocalDate.of(2023, 7, 1)));
    RuleResult result =
        evaluate(RulePack.of("t", "1").with(law2022)).rule("dialogues").orElseThrow();
    assertEquals(459, result.counts().get(Verdict.NOT_APPLICABLE));
  }

  @Test
  void complianceRateCitesTheRulesLegalBasisAndDiagnosticsCountTheDataGaps() {
    Report report =
        evaluate(
            RulePack.of("t", "1")
                .with(DIALOGUES)
                .with(Indicator.complianceRate("rate", "dialogues")));
    assertEquals(
        java.util.Optional.of("Luật Tổ chức chính quyền địa phương 2025"),
        report.figure("rate").orElseThrow().explanation().legalBasis());
    assertEquals(457, report.diagnostics().subjectsWithoutData());
  }

  @Test
  void selectsOrganisersByIdAndOrganisationsByAttribute() {
    io.github.qcdc.organization.Organization front =
        io.github.qcdc.organization.Organization.builder()
            .from(
                io.github.qcdc.organization.Organization.of(
                    "mttq",
                    "MTTQ",
                    io.github.qcdc.organization.OrganizationKind.FATHERLAND_FRONT,
                    "40"))
            .putAttributes("level", "province")
            .build();
    io.github.qcdc.organization.Organization union =
        io.github.qcdc.organization.Organization.of(
            "cd", "Công đoàn", io.github.qcdc.organization.OrganizationKind.TRADE_UNION, "40");
    Dataset dataset =
        Dataset.builder(GAZETTEER)
            .add(front)
            .add(union)
            .add(
                Activity.builder()
                    .from(
                        Activity.of("g1", ActivityType.SUPERVISION, "40", LocalDate.of(2018, 1, 1)))
                    .organiser(front.id())
                    .build())
            .add(
                Activity.builder()
                    .from(
                        Activity.of("g2", ActivityType.SUPERVISION, "40", LocalDate.of(2018, 1, 2)))
                    .organiser(union.id())
                    .build())
            .build();
    RulePack pack =
        RulePack.of("t", "1")
            .with(
                Indicator.measure("by-front", Measure.count(ActivityFilter.organiser(front.id()))))
            .with(
                ComplianceRule.of(
                    "province-bodies-supervise",
                    Phrase.of("Giám sát", "Supervise"),
                    LegalBasis.of("QĐ 217-QĐ/TW"),
                    Population.organizations().withAttribute("level", "province"),
                    Condition.atLeast(
                        1, Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)))));
    Report report = Evaluator.of(pack).evaluate(dataset, NGHE_AN, FIVE_YEARS).report();
    assertEquals(FigureValue.of(1), report.figure("by-front").orElseThrow().value());
    RuleResult rule = report.rule("province-bodies-supervise").orElseThrow();
    assertEquals(List.of("mttq"), rule.verdicts().stream().map(SubjectVerdict::subject).toList());
    assertEquals(Verdict.PASS, rule.verdicts().get(0).verdict());
    assertEquals(List.of("g1"), rule.verdicts().get(0).evidence().checks().get(0).records());
  }

  @Test
  void ratioOfZeroIsUndefinedOrAnErrorAsDeclared() {
    Indicator ratio =
        Indicator.ratio(
            "r",
            Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)),
            Measure.count(ActivityFilter.type(ActivityType.INSPECTION)));
    assertEquals(
        FigureValue.undefined("the denominator is zero"),
        evaluate(RulePack.of("t", "1").with(ratio)).figure("r").orElseThrow().value());
    List<Problem> problems =
        problemsOf(
            () ->
                evaluate(
                    RulePack.of("t", "1")
                        .with(ratio.onZeroDenominator(Indicator.ZeroDenominator.ERROR))));
    assertEquals(
        "indicators[0]: indicator r: the denominator is zero and its policy is ERROR",
        problems.get(0).toString());
  }

  @Test
  void listsTheRecordsBehindAFigurePageByPage() {
    Indicator supervisions =
        Indicator.measure("s", Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)));
    Evaluation evaluation =
        Evaluator.of(RulePack.of("t", "1").with(supervisions))
            .evaluate(dataset(), NGHE_AN, FIVE_YEARS);
    Evaluation.RecordPage first = evaluation.records("s", 0, 4);
    Evaluation.RecordPage second = evaluation.records("s", 1, 4);
    assertEquals(6, first.total());
    assertEquals(List.of("s0", "s1", "s3", "s6"), first.ids());
    assertEquals(List.of("s4", "s5"), second.ids());
  }

  @Test
  void explainsTheFigureInBothLanguages() {
    Indicator supervisions =
        Indicator.measure("s", Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)));
    var explanation =
        evaluate(RulePack.of("t", "1").with(supervisions)).figure("s").orElseThrow().explanation();
    assertEquals(
        "số hoạt động loại supervision — Tỉnh Nghệ An, kỳ 2016/2020 (2016-01-01/2020-12-31)",
        explanation.sentence().vi());
    assertEquals(
        "number of activities of type supervision — Tỉnh Nghệ An, period 2016/2020 (2016-01-01/2020-12-31)",
        explanation.sentence().en());
  }

  @Test
  void rejectsAPackWithProblemsListingThemAll() {
    RulePack pack =
        RulePack.of("bad", "1")
            .with(Indicator.complianceRate("rate", "missing"))
            .with(
                Indicator.coverage(
                        "c", Population.units(Tier.COMMUNE), Condition.hasFact(FactFilter.of("x")))
                    .by(Breakdown.YEAR))
            .with(DIALOGUES.withParameter("minDialoguesPerYear", 1), DIALOGUES);
    ComplianceRule needsParameter =
        ComplianceRule.of(
            "p",
            Phrase.of("p", "p"),
            LegalBasis.of("L"),
            Population.units(Tier.COMMUNE),
            Condition.atLeast(Expr.param("unset"), Measure.count(ActivityFilter.any())));
    assertEquals(
        List.of(
            "indicators[0].rule: indicator rate refers to unknown rule missing",
            "indicators[1].breakdowns: indicator c counts subjects; it can be broken down by tier, unit, unit-type or tag, not year",
            "rules[1].id: id dialogues is already used by rules[0]",
            "rules[2].condition: rule p reads parameter unset, which neither the rule nor the pack sets"),
        problemsOf(() -> Evaluator.of(pack.with(needsParameter))).stream()
            .map(Problem::toString)
            .toList());
    // each carries the element it is in as data, for a reader to place on its file and line
    assertEquals(
        List.of(
            Problem.Item.of("indicators", 0, "rule"),
            Problem.Item.of("indicators", 1, "breakdowns"),
            Problem.Item.of("rules", 1, "id"),
            Problem.Item.of("rules", 2, "condition")),
        pack.with(needsParameter).validateDefinitions().stream()
            .map(q -> q.item().orElseThrow())
            .toList());
    assertEquals(
        List.of(
            "rules[0].validity: rule dialogues is in force 2023-07-01/.., which does not overlap period 2016/2020 (2016-01-01/2020-12-31)"),
        RulePack.of("p", "1")
            .with(DIALOGUES.withValidity(DateInterval.from(LocalDate.of(2023, 7, 1))))
            .validate(FIVE_YEARS)
            .stream()
            .map(Problem::toString)
            .toList());
  }

  @Test
  void scopeMustBeOnTheTree() {
    assertEquals(
        "scope: unit 99 is not in force on 2020-12-31, the day the report is expressed on",
        problemsOf(
                () ->
                    Evaluator.of(RulePack.of("t", "1"))
                        .evaluate(dataset(), UnitCode.of("99"), FIVE_YEARS))
            .get(0)
            .toString());
  }

  @Test
  void sameInputsGiveTheSameFingerprints() {
    RulePack pack = RulePack.of("t", "1").with(DIALOGUES);
    Report a = evaluate(pack);
    Report b =
        Evaluator.of(pack)
            .evaluate(
                dataset(), NGHE_AN, FIVE_YEARS, EvaluationOptions.defaults().withParallelism(3))
            .report();
    assertEquals(a, b);
    assertEquals(64, a.packFingerprint().length());
    assertTrue(!a.dataFingerprint().isEmpty());
  }
}

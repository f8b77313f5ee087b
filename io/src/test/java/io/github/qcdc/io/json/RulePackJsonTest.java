package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingCalendar;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.Failures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackJsonTest {
  /** A pack that uses every kind of filter, measure, population, expression and condition. */
  static RulePack everyKind() {
    ActivityFilter dialogue = ActivityFilter.type(ActivityType.DIALOGUE);
    return RulePack.of("every-kind", "2026.1")
        .withCalendar(ReportingCalendar.DECREE_09_2019)
        .withParameter("minDialoguesPerYear", 2)
        .with(
            Indicator.measure(
                    "supervisions",
                    Measure.sumOf(
                        Measure.count(
                            ActivityFilter.allOf(
                                ActivityFilter.type(ActivityType.SUPERVISION),
                                ActivityFilter.anyOf(
                                    ActivityFilter.tier(Tier.COMMUNE),
                                    ActivityFilter.unitType(UnitType.PHUONG)),
                                ActivityFilter.not(ActivityFilter.unitTagged("mountainous")),
                                ActivityFilter.organisedBy(OrganizationKind.FATHERLAND_FRONT)
                                    .or(ActivityFilter.organiser(OrganizationId.of("mttq-40"))),
                                ActivityFilter.attribute("topic", "đất đai")
                                    .or(ActivityFilter.any()))),
                        Measure.dataValues(
                            DataElement.of("supervisions"), Map.of("level", "commune"))))
                .withTitle("Số cuộc giám sát", "Supervisions")
                .by(Breakdown.TIER, Breakdown.unitAt(Tier.DISTRICT), Breakdown.YEAR)
                .withFormat(FigureFormat.counting("cuộc", "sessions")),
            Indicator.ratio(
                    "share",
                    Measure.sum(dialogue, "participants"),
                    Measure.count(ActivityFilter.any()))
                .onZeroDenominator(Indicator.ZeroDenominator.ERROR)
                .withFormat(
                    FigureFormat.plain()
                        .withPercentDecimals(1)
                        .withRounding(RoundingMode.HALF_EVEN)
                        .keepingZeros()),
            Indicator.coverage(
                    "new-rural",
                    Population.units(Tier.COMMUNE, UnitType.XA)
                        .tagged("rural")
                        .at(Population.Reference.on(LocalDate.of(2020, 12, 31)))
                        .excluding("16702", Phrase.of("sáp nhập", "merged")),
                    Condition.hasFact(
                        FactFilter.of("new-rural-standard")
                            .withValue(FactValue.of(true))
                            .throughout()))
                .by(Breakdown.tag("mountainous")),
            Indicator.measure(
                "boards",
                Measure.subjectsWith(
                    Population.organizations(OrganizationKind.PEOPLES_INSPECTION_BOARD)
                        .withAttribute("level", "commune"),
                    FactFilter.of("members").atLeast(5))),
            Indicator.complianceRate("dialogue-rate", "dialogues").by(Breakdown.UNIT_TYPE))
        .with(
            ComplianceRule.of(
                    "dialogues",
                    Phrase.of("Đối thoại", "Dialogue"),
                    LegalBasis.of("Luật 72/2025/QH15", "Điều 43")
                        .withClause("khoản 1")
                        .withText("ít nhất một lần"),
                    Population.units(Tier.COMMUNE),
                    Condition.allOf(
                        Condition.atLeast(
                                Expr.param("minDialoguesPerYear"), Measure.count(dialogue))
                            .perYear(),
                        Condition.not(
                            Condition.atMost(Expr.constant(0), Measure.count(dialogue))
                                .withinDaysAfterYearEnd(90)),
                        Condition.anyOf(
                            Condition.compare(
                                Expr.fact("inspection-board-members"),
                                Condition.Comparison.AT_LEAST,
                                Expr.max(
                                    Expr.constant(5),
                                    Expr.unitsInside(Tier.VILLAGE),
                                    Expr.min(
                                        Expr.measure(Measure.count(dialogue)), Expr.constant(9)))),
                            Condition.between(
                                Expr.constant(1), Expr.constant(3), Measure.count(dialogue)))))
                .withParameter("minDialoguesPerYear", 1)
                .withValidity(DateInterval.from(LocalDate.of(2023, 7, 1)))
                .withVersion(2)
                .withSeverity(ComplianceRule.Severity.RECOMMENDED)
                .treatingAbsenceAsZero(),
            ComplianceRule.of(
                "meetings",
                Phrase.of("Hội nghị", "Meetings"),
                LegalBasis.of("NĐ 59/2023/NĐ-CP"),
                Population.events(ActivityFilter.type(ActivityType.COMMUNITY_MEETING)),
                Condition.allOf(
                    Condition.eventShareAtLeast("present", "households", 1, 2),
                    Condition.eventNoticeDays("notice-date", 5),
                    Condition.eventNoticeWorkingDays("plan-sent-date", 5),
                    Condition.eventWithinDaysAfter("issued-date", 10),
                    Condition.eventWithinWorkingDaysAfter("issued-date", 3))));
  }

  static byte[] write(RulePack pack) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulePackJson.write(pack, out);
    return out.toByteArray();
  }

  static RulePack read(String text) throws IOException {
    return RulePackJson.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "pack.json");
  }

  @Test
  void readingWhatWasWrittenGivesTheSamePackAndTheSameBytes() throws IOException {
    RulePack pack = everyKind();
    byte[] bytes = write(pack);
    RulePack back = RulePackJson.read(new ByteArrayInputStream(bytes), "pack.json");
    assertEquals(pack, back);
    assertArrayEquals(bytes, write(back));
  }

  @Test
  void reportsProblemsOfDefinitionsWithTheirPlace() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    read(
                        """
                        {"format": "qcdc.rulepack/1", "id": "p", "version": "1",
                        "indicators": [
                        {"id": "a", "definition": {"kind": "measure", "measure": {"kind": "count", "filter": {"kind": "colour"}}}},
                        {"id": "b", "definition": {"kind": "compliance-rate", "rule": "missing"}, "breakdowns": ["week"]}],
                        "rules": [
                        {"id": "r", "title": {"vi": "x"}, "legalBasis": {"document": "L"}, "population": {"subjects": {"kind": "units", "tier": "commune"}}, "condition": {"kind": "has-fact", "fact": {"key": "k"}}}]}"""))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "pack.json:3:1 /indicators/0/definition/measure/filter/kind: expected one of [all, any, any-of, attribute, not, organised-by, organiser, tier, type, unit-tag, unit-type], got \"colour\"",
            "pack.json:4:1 /indicators/1/breakdowns/0: a breakdown expected: breakdown must be tier, unit:TIER, year, quarter, activity-type, organiser, disaggregation:CATEGORY, unit-type or tag:NAME: 'week'",
            "pack.json:6:1 /rules/0/title/en: required field is missing"),
        problems);
  }

  @Test
  void anEventQuantityWithTiersByEmployeesIsReadBackAndBadTiersAreNamed() throws IOException {
    String rule =
        "{\"id\": \"r\", \"title\": {\"vi\": \"x\", \"en\": \"x\"}, \"legalBasis\":"
            + " {\"document\": \"L\"}, \"population\": {\"subjects\": {\"kind\": \"events\","
            + " \"filter\": {\"kind\": \"any\"}}}, \"condition\": {\"kind\": \"event-quantity\","
            + " \"quantity\": \"employee-delegates\", \"least\": 3, \"byEmployees\": ";
    RulePack pack =
        read(
            "{\"format\": \"qcdc.rulepack/1\", \"id\": \"p\", \"version\": \"1\",\n"
                + "\"rules\": [\n"
                + rule
                + "{\"50\": 4, \"150\": 9}}}]}");
    io.github.qcdc.indicator.Condition.EventQuantity q =
        (io.github.qcdc.indicator.Condition.EventQuantity) pack.rules().get(0).condition();
    assertEquals(9, q.leastFor(150));
    assertEquals(
        List.of(
            "pack.json:3:1 /rules/0/condition: byEmployees: 'many' is not a number of employees"
                + " above 0"),
        Failures.problemsOf(
                () ->
                    read(
                        "{\"format\": \"qcdc.rulepack/1\", \"id\": \"p\", \"version\":"
                            + " \"1\",\n\"rules\": [\n"
                            + rule
                            + "{\"many\": 4}}}]}"))
            .stream()
            .map(Problem::toString)
            .toList());
  }

  @Test
  void aDeadlineInWorkingDaysIsReadAndABadCountOrNegativeDaysAreNamed() throws IOException {
    String rule =
        "{\"id\": \"r\", \"title\": {\"vi\": \"x\", \"en\": \"x\"}, \"legalBasis\":"
            + " {\"document\": \"L\"}, \"population\": {\"subjects\": {\"kind\": \"events\","
            + " \"filter\": {\"kind\": \"any\"}}}, \"condition\": {\"kind\": \"event-deadline\","
            + " \"attribute\": \"issued-date\", ";
    String head =
        "{\"format\": \"qcdc.rulepack/1\", \"id\": \"p\", \"version\": \"1\",\n\"rules\": [\n";
    RulePack pack = read(head + rule + "\"days\": 3, \"count\": \"working-days\"}}]}");
    assertEquals(
        io.github.qcdc.indicator.Condition.eventWithinWorkingDaysAfter("issued-date", 3),
        pack.rules().get(0).condition());
    assertEquals(
        List.of(
            "pack.json:3:1 /rules/0/condition/count: calendar-days or working-days expected:"
                + " unknown DayCount 'work-days'"),
        Failures.problemsOf(() -> read(head + rule + "\"days\": 3, \"count\": \"work-days\"}}]}"))
            .stream()
            .map(Problem::toString)
            .toList());
    assertEquals(
        List.of("pack.json:3:1 /rules/0/condition: deadline days must not be negative: -1"),
        Failures.problemsOf(() -> read(head + rule + "\"days\": -1}}]}")).stream()
            .map(Problem::toString)
            .toList());
  }

  @Test
  void aRuleVerifiedUpToADayIsReadBackAndAMalformedDayIsNamed() throws IOException {
    String rule =
        "{\"id\": \"r\", \"title\": {\"vi\": \"x\", \"en\": \"x\"}, \"legalBasis\":"
            + " {\"document\": \"L\"}, \"population\": {\"subjects\": {\"kind\": \"units\","
            + " \"tier\": \"commune\"}}, \"condition\": {\"kind\": \"has-fact\", \"fact\":"
            + " {\"key\": \"k\"}}, \"verifiedUntil\": ";
    RulePack pack =
        read(
            "{\"format\": \"qcdc.rulepack/1\", \"id\": \"p\", \"version\": \"1\",\n"
                + "\"rules\": [\n"
                + rule
                + "\"2025-06-30\"}]}");
    assertEquals(
        java.util.Optional.of(java.time.LocalDate.of(2025, 6, 30)),
        pack.rules().get(0).verifiedUntil());
    QcdcException e =
        assertThrows(
            QcdcException.class,
            () ->
                read(
                    "{\"format\": \"qcdc.rulepack/1\", \"id\": \"p\", \"version\": \"1\",\n"
                        + "\"rules\": [\n"
                        + rule
                        + "\"30/6/2025\"}]}"));
    assertEquals(
        List.of(
            "pack.json:3:1 /rules/0/verifiedUntil: a date yyyy-mm-dd expected: Text '30/6/2025'"
                + " could not be parsed at index 0"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void runsThePacksOwnChecks() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    read(
                        "{\"format\": \"qcdc.rulepack/1\", \"id\": \"p\", \"version\": \"1\", \"indicators\": ["
                            + "{\"id\": \"b\", \"definition\": {\"kind\": \"compliance-rate\", \"rule\": \"missing\"}}]}"))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of("pack.json:1:73 /indicators/0/rule: indicator b refers to unknown rule missing"),
        problems);
  }

  @Test
  void refusesOtherFormats() {
    assertEquals(
        "pack.json:1:2 /format: unsupported version qcdc.rulepack/2; this reader reads qcdc.rulepack/1",
        assertThrows(QcdcException.class, () -> read("{\"format\": \"qcdc.rulepack/2\"}"))
            .problems()
            .get(0)
            .toString());
  }

  @Test
  void aDocumentOverTheSizeLimitFailsAtTheLimit() {
    String padding = " ".repeat((int) RulePackJson.MAX_DOCUMENT + (1 << 16));
    String text = "{\"format\": \"qcdc.rulepack/1\"," + padding + "\"id\": \"x\"}";
    List<Problem> problems = Failures.problemsOf(() -> read(text));
    assertEquals(1, problems.size(), problems.toString());
    String message = problems.get(0).message();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "limit exceeded: Document length \\((\\d+)\\) exceeds the maximum allowed"
                    + " \\(16777216\\)")
            .matcher(message);
    assertTrue(m.matches(), message);
    long read = Long.parseLong(m.group(1));
    assertTrue(
        read > RulePackJson.MAX_DOCUMENT && read <= RulePackJson.MAX_DOCUMENT + 8000,
        "fails within one input buffer of the limit: " + read);
  }

  @Test
  void listsTheFirstThousandProblemsAndCountsTheRest() {
    String bad =
        "{\"id\": \"x\", \"definition\": {\"kind\": \"measure\", \"measure\": {\"kind\":"
            + " \"count\", \"filter\": {\"kind\": \"colour\"}}}}";
    String text =
        "{\"format\": \"qcdc.rulepack/1\", \"indicators\": [\n"
            + String.join(",\n", java.util.Collections.nCopies(1200, bad))
            + "]}";
    List<Problem> problems = Failures.problemsOf(() -> read(text));
    assertEquals(DatasetJson.PROBLEM_LIMIT + 1, problems.size());
    assertEquals(
        "pack.json:1001:1 /indicators/999/definition/measure/filter/kind: expected one of [all,"
            + " any, any-of, attribute, not, organised-by, organiser, tier, type, unit-tag,"
            + " unit-type], got \"colour\"",
        problems.get(999).toString());
    assertEquals(
        "pack.json: 200 more problems not listed (the first 1000 are)",
        problems.get(1000).toString());
  }
}

package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every warning that says why a figure is zero or empty. */
class WarningsTest {
  private static final Gazetteer UNITS = NgheAn.snapshot().build();
  private static final UnitCode NGHE_AN = UnitCode.of("40");
  private static final ReportingPeriod YEAR = ReportingPeriod.parse("2020");

  private static Dataset data() {
    return Dataset.builder(UNITS)
        .add(
            DataValue.builder()
                .id(io.github.qcdc.records.RecordId.of("dv-1"))
                .element(DataElement.of("supervisions"))
                .unit(NGHE_AN)
                .period(YEAR)
                .amount(io.github.qcdc.records.Amount.of(15))
                .putDisaggregation("level", "province")
                .build())
        .add(
            Activity.builder()
                .id(io.github.qcdc.records.RecordId.of("a-1"))
                .type(ActivityType.SUPERVISION)
                .unit(UnitCode.of("16708"))
                .date(LocalDate.of(2020, 5, 1))
                .putAttributes("topic", "land")
                .build())
        .build();
  }

  private static List<String> warnings(RulePack pack, Dataset data, String period) {
    Report report =
        Evaluator.of(pack).evaluate(data, NGHE_AN, ReportingPeriod.parse(period)).report();
    return report.diagnostics().warnings();
  }

  @Test
  void aMistypedDataElementIsNamedWithTheClosestOneTheDataHas() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(Indicator.measure("n", Measure.dataValues(DataElement.of("supervision"))));
    List<String> warnings = warnings(pack, data(), "2020");
    assertTrue(
        warnings.contains(
            "the pack reads data element 'supervision' (did you mean 'supervisions'?) that no data"
                + " value of the dataset has: what reads it counts nothing"),
        warnings.toString());
    assertTrue(warnings.contains("figure n read no record: its value comes from nothing"));
  }

  @Test
  void aMistypedCategoryPutsEverythingInNoneAndSaysSo() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(
                Indicator.measure("n", Measure.dataValues(DataElement.of("supervisions")))
                    .by(Breakdown.disaggregation("levle")));
    assertEquals(
        List.of(
            "the pack reads disaggregation category 'levle' (did you mean 'level'?) that no data"
                + " value of the dataset has: what reads it counts nothing",
            "figure n: every record of its breakdown by disaggregation:levle is in 'none': the"
                + " records do not carry what it breaks down by"),
        warnings(pack, data(), "2020"));
  }

  @Test
  void aPeriodThatHoldsNoneOfTheDataSaysWhereTheRecordsAre() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(
                Indicator.measure(
                    "n",
                    Measure.sumOf(
                        Measure.count(ActivityFilter.any()),
                        Measure.dataValues(DataElement.of("supervisions")))));
    assertEquals(
        List.of(
            "none of the dataset's 1 activities is inside the scope and the period"
                + " 2021-01-01/2021-12-31: 1 fall outside the period, 0 inside it but outside the"
                + " scope",
            "none of the dataset's 1 data values is inside the scope and the period"
                + " 2021-01-01/2021-12-31",
            "figure n read no record: its value comes from nothing"),
        warnings(pack, data(), "2021"));
  }

  @Test
  void attributesFactKeysAndOrganisationKindsTheDataNeverMentionsAreNamed() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(
                Indicator.measure(
                    "n",
                    Measure.count(
                        ActivityFilter.allOf(
                            ActivityFilter.attribute("topik", "land"),
                            ActivityFilter.organisedBy(OrganizationKind.FATHERLAND_FRONT)))),
                Indicator.measure(
                    "f",
                    Measure.subjectsWith(
                        Population.units(Tier.COMMUNE), FactFilter.of("new-rural"))));
    List<String> warnings = warnings(pack, data(), "2020");
    assertTrue(
        warnings.contains(
            "the pack reads fact key 'new-rural' that no fact of the dataset has: what reads it"
                + " counts nothing"),
        warnings.toString());
    assertTrue(
        warnings.contains(
            "the pack reads activity attribute 'topik' (did you mean 'topic'?) that no activity of"
                + " the dataset has: what reads it counts nothing"),
        warnings.toString());
    assertTrue(
        warnings.contains(
            "the pack reads organisation kind 'fatherland-front' that no organisation of the"
                + " dataset has: what reads it counts nothing"),
        warnings.toString());
  }

  @Test
  void aRuleWhoseSubjectsAllLackDataSaysSo() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(
                ComplianceRule.of(
                    "r",
                    Phrase.of("r", "r"),
                    LegalBasis.of("test"),
                    Population.units(Tier.COMMUNE),
                    Condition.atLeast(
                        1, Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))));
    List<String> warnings = warnings(pack, data(), "2020");
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.matches(
                        "rule r: none of its \\d+ subjects has a record it reads \\(all NO_DATA\\)")),
        warnings.toString());
  }

  @Test
  void aPackAndDataThatAgreeGiveNoWarning() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(
                Indicator.measure("n", Measure.dataValues(DataElement.of("supervisions")))
                    .by(Breakdown.disaggregation("level")));
    assertEquals(List.of(), warnings(pack, data(), "2020"));
    assertEquals(List.of(), Evaluator.of(pack).namesMissingFrom(data()));
  }

  @Test
  void aRuleUsedPastTheDayItsBasisWasVerifiedIsNamedWithTheFiguresThatRestOnIt() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(Indicator.complianceRate("rate", "supervised"))
            .with(
                ComplianceRule.of(
                        "supervised",
                        Phrase.of("Giám sát", "Supervised"),
                        LegalBasis.of("Luật 10/2022/QH15", "Điều 36"),
                        Population.units(Tier.COMMUNE),
                        Condition.atLeast(1, Measure.count(ActivityFilter.any())))
                    .withVerifiedUntil(LocalDate.of(2020, 6, 30)));
    assertTrue(
        warnings(pack, data(), "2020")
            .contains(
                "rule supervised: its legal basis is verified up to 2020-06-30; its verdicts from"
                    + " 2020-07-01 to 2020-12-31 rest on a basis not verified since, and so do"
                    + " figures rate"),
        warnings(pack, data(), "2020").toString());
    assertTrue(
        warnings(pack, data(), "2020S1").stream().noneMatch(w -> w.contains("not verified")),
        "a period inside the verified days has no such warning");
  }
}

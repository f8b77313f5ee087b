package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rules shipped disabled, enabled by a province; strict event shares. */
class DisabledRulesTest {
  private static final Gazetteer GAZETTEER = NgheAn.snapshot().build();
  private static final ReportingPeriod YEAR = ReportingPeriod.parse("2020");
  private static final ComplianceRule MEETINGS =
      ComplianceRule.of(
              "meetings",
              Phrase.of("Họp", "Meetings"),
              LegalBasis.of("Luật 10/2022/QH15", "Điều 33"),
              Population.units(Tier.COMMUNE),
              Condition.atLeast(1, Measure.count(ActivityFilter.type(ActivityType.CONFERENCE))))
          .disabled("căn cứ chưa kiểm chứng");
  private static final Dataset DATASET =
      Dataset.builder(GAZETTEER)
          .add(Activity.of("c1", ActivityType.CONFERENCE, "16708", LocalDate.of(2020, 3, 1)))
          .add(vote("vote-half", LocalDate.of(2020, 5, 1), 50))
          .add(vote("vote-more", LocalDate.of(2020, 6, 1), 51))
          .build();

  /** A community meeting in Hưng Lộc where {@code votesFor} of 100 attending voted in favour. */
  private static Activity vote(String id, LocalDate day, long votesFor) {
    return Activity.builder()
        .id(io.github.qcdc.records.RecordId.of(id))
        .type(ActivityType.COMMUNITY_MEETING)
        .unit(io.github.qcdc.geo.UnitCode.of("16708"))
        .date(day)
        .putQuantities("votes-for", votesFor)
        .putQuantities("attending", 100)
        .build();
  }

  private static RuleResult result(RulePack pack) {
    return Evaluator.of(pack)
        .evaluate(DATASET, NgheAn.PROVINCE, YEAR)
        .report()
        .rule("meetings")
        .orElseThrow();
  }

  @Test
  void aDisabledRuleIsNotApplicableToEverySubjectUntilEnabled() {
    RulePack pack = RulePack.of("p", "1").with(MEETINGS);
    RuleResult off = result(pack);
    assertEquals(460L, off.counts().get(Verdict.NOT_APPLICABLE));
    assertTrue(off.applied().isEmpty());
    RuleResult on = result(pack.enabling("meetings"));
    assertEquals(1L, on.counts().get(Verdict.PASS));
    assertEquals(
        "pack p has no rule [nothing]",
        assertThrows(IllegalArgumentException.class, () -> pack.enabling("nothing")).getMessage());
    assertEquals(
        460L,
        result(pack.enabling("meetings").disabling("meetings", "again"))
            .counts()
            .get(Verdict.NOT_APPLICABLE));
  }

  @Test
  void anExampleOfADisabledRuleRunsWithTheRuleEnabled() {
    RulePack pack =
        RulePack.of("p", "1")
            .with(MEETINGS)
            .withExamples(
                RuleExample.of(
                        "held", "meetings", DATASET, io.github.qcdc.geo.UnitCode.of("16708"), YEAR)
                    .expect("16708", Verdict.PASS));
    assertTrue(Examples.run(pack).get(0).passed(), Examples.run(pack).toString());
  }

  @Test
  void aStrictShareNeedsMoreThanTheShareAndAnInclusiveOneReachesIt() {
    ComplianceRule above =
        ComplianceRule.of(
            "votes",
            Phrase.of("Biểu quyết", "Votes"),
            LegalBasis.of("NĐ 59/2023/NĐ-CP", "Điều 3"),
            Population.events(ActivityFilter.type(ActivityType.COMMUNITY_MEETING)),
            Condition.eventShareAbove("votes-for", "attending", 1, 2));
    RuleResult strict =
        Evaluator.of(RulePack.of("p", "1").with(above))
            .evaluate(DATASET, NgheAn.PROVINCE, YEAR)
            .report()
            .rule("votes")
            .orElseThrow();
    assertEquals(
        "vote-half FAIL, vote-more PASS",
        strict.verdicts().get(0).subject()
            + " "
            + strict.verdicts().get(0).verdict()
            + ", "
            + strict.verdicts().get(1).subject()
            + " "
            + strict.verdicts().get(1).verdict());
    assertEquals(
        "> 1/2 (observed 50/100)", strict.verdicts().get(0).evidence().checks().get(0).required());
  }

  @Test
  void anEventQuantityReachesItsLeastValueOrIsMissing() {
    ComplianceRule delegates =
        ComplianceRule.of(
            "delegates",
            Phrase.of("Đại biểu", "Delegates"),
            LegalBasis.of("NĐ 145/2020/NĐ-CP", "Điều 38"),
            Population.events(ActivityFilter.type(ActivityType.COMMUNITY_MEETING)),
            Condition.eventQuantityAtLeast("votes-for", 51));
    RuleResult result =
        Evaluator.of(RulePack.of("p", "1").with(delegates))
            .evaluate(DATASET, NgheAn.PROVINCE, YEAR)
            .report()
            .rule("delegates")
            .orElseThrow();
    assertEquals(Verdict.FAIL, result.verdicts().get(0).verdict());
    assertEquals(Verdict.PASS, result.verdicts().get(1).verdict());
    assertEquals("≥ 51", result.verdicts().get(1).evidence().checks().get(0).required());
  }

  @Test
  void aConditionCannotReadACountOfAPopulationsSubjects() {
    ComplianceRule perSubject =
        ComplianceRule.of(
            "subjects",
            Phrase.of("Đếm", "Count"),
            LegalBasis.of("test"),
            Population.units(Tier.COMMUNE),
            Condition.atLeast(1, Measure.subjects(Population.units(Tier.VILLAGE))));
    assertEquals(
        "[rules[0].condition: rule subjects reads number of village level units per subject; a"
            + " count of a population's subjects has no value per subject]",
        RulePack.of("p", "1").with(perSubject).validateDefinitions().toString());
  }
}

package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.period.WorkingDays;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notices and deadlines counted in working days, by the evaluator's calendar. */
class WorkingDayConditionsTest {
  private static final Gazetteer GAZETTEER = NgheAn.snapshot().build();

  /** A meeting in Hưng Lộc on {@code day} with attribute {@code sent} = {@code sentDay}. */
  private static Activity meeting(String id, LocalDate day, String sentDay) {
    return Activity.builder()
        .id(RecordId.of(id))
        .type(ActivityType.COMMUNITY_MEETING)
        .unit(io.github.qcdc.geo.UnitCode.of("16708"))
        .date(day)
        .putAttributes("sent", sentDay)
        .build();
  }

  private static List<SubjectVerdict> verdicts(
      Evaluator evaluator, String period, Activity... meetings) {
    Dataset.Builder b = Dataset.builder(GAZETTEER);
    for (Activity a : meetings) {
      b.add(a);
    }
    return evaluator
        .evaluate(b.build(), NgheAn.PROVINCE, ReportingPeriod.parse(period))
        .report()
        .rule("r")
        .orElseThrow()
        .verdicts();
  }

  private static Evaluator evaluator(Condition condition) {
    return Evaluator.of(
        RulePack.of("p", "1")
            .with(
                ComplianceRule.of(
                    "r",
                    Phrase.of("Hạn", "Deadline"),
                    LegalBasis.of("test"),
                    Population.events(ActivityFilter.type(ActivityType.COMMUNITY_MEETING)),
                    condition)));
  }

  private static SubjectVerdict one(List<SubjectVerdict> verdicts, String subject) {
    return verdicts.stream().filter(v -> v.subject().equals(subject)).findFirst().orElseThrow();
  }

  private static Evidence.Check check(SubjectVerdict v) {
    return v.evidence().checks().get(0);
  }

  @Test
  void aNoticeInWorkingDaysSkipsTetWhereCalendarDaysDoNot() {
    Activity overTet = meeting("m1", LocalDate.of(2024, 2, 16), "2024-02-05");
    Evaluator working = evaluator(Condition.eventNoticeWorkingDays("sent", 5));
    Evaluator calendar = evaluator(Condition.eventNoticeDays("sent", 5));
    SubjectVerdict w = verdicts(working, "2024", overTet).get(0);
    // 6, 7, 15 and 16 Feb are the working days after the 5th; 8 to 14 Feb is Tết
    assertEquals(Verdict.FAIL, w.verdict());
    assertEquals(java.util.Optional.of(4L), check(w).observed());
    assertEquals("≥ 5 working days", check(w).required());
    assertEquals("sent at least 5 working days before", check(w).what().en());
    assertEquals(Verdict.PASS, verdicts(calendar, "2024", overTet).get(0).verdict());
  }

  @Test
  void aDeadlineInWorkingDaysPassesAtItsLastDayAndFailsTheDayAfter() {
    Evaluator deadline = evaluator(Condition.eventWithinWorkingDaysAfter("sent", 3));
    List<SubjectVerdict> v =
        verdicts(
            deadline,
            "2024",
            // issued on Wednesday 2024-02-07, the last working day before Tết
            meeting("on-time", LocalDate.of(2024, 2, 19), "2024-02-07"),
            meeting("late", LocalDate.of(2024, 2, 20), "2024-02-07"),
            meeting("before", LocalDate.of(2024, 2, 6), "2024-02-07"));
    assertEquals(Verdict.PASS, one(v, "on-time").verdict());
    assertEquals(java.util.Optional.of(3L), check(one(v, "on-time")).observed());
    assertEquals(Verdict.FAIL, one(v, "late").verdict());
    assertEquals(java.util.Optional.of(4L), check(one(v, "late")).observed());
    assertEquals("≤ 3 working days", check(one(v, "late")).required());
    assertEquals(Verdict.PASS, one(v, "before").verdict());
    assertEquals(
        "within 3 working days after sent",
        evaluator(Condition.eventWithinWorkingDaysAfter("sent", 3))
            .pack()
            .rules()
            .get(0)
            .condition()
            .describe()
            .en());
  }

  @Test
  void daysTheCalendarDoesNotCoverGiveNoDataWithTheReason() {
    SubjectVerdict v =
        verdicts(
                evaluator(Condition.eventNoticeWorkingDays("sent", 5)),
                "2015",
                meeting("old", LocalDate.of(2015, 12, 1), "2015-11-20"))
            .get(0);
    assertEquals(Verdict.NO_DATA, v.verdict());
    assertEquals(
        "≥ 5 working days (the working-day calendar vn-working-days.csv covers"
            + " 2016-01-01/2030-12-31, not 2015-11-20 to 2015-12-01)",
        check(v).required());
  }

  @Test
  void aCountOverUndecidedDaysGivesAVerdictOnlyWhenEveryDecisionAgrees() {
    Evaluator notice = evaluator(Condition.eventNoticeWorkingDays("sent", 5));
    List<SubjectVerdict> v =
        verdicts(
            notice,
            "2028",
            // 3 to 9 working days across Tết 2028: depends on the days not decided yet
            meeting("depends", LocalDate.of(2028, 2, 4), "2028-01-21"),
            // 10 to 16 working days: at least 5 however they are decided
            meeting("surely", LocalDate.of(2028, 2, 11), "2028-01-14"));
    assertEquals(Verdict.NO_DATA, one(v, "depends").verdict());
    assertEquals(java.util.Optional.empty(), check(one(v, "depends")).observed());
    assertEquals(
        "≥ 5 working days (counted 3 to 9: some days off between 2028-01-21 and 2028-02-04 are"
            + " not decided yet)",
        check(one(v, "depends")).required());
    assertEquals(Verdict.PASS, one(v, "surely").verdict());
  }

  @Test
  void anEvaluatorCountsByTheCalendarItIsGiven() {
    WorkingDays everyDayOff =
        WorkingDays.parse(
            "2024,decided,2024,[x]\n2024-02-06,off,Nghỉ,[x]\n2024-02-07,off,Nghỉ,[x]\n", "own.csv");
    Evaluator notice = evaluator(Condition.eventNoticeWorkingDays("sent", 2));
    Activity m = meeting("m", LocalDate.of(2024, 2, 7), "2024-02-05");
    assertEquals(WorkingDays.vietnam(), notice.workingDays());
    assertEquals(Verdict.PASS, verdicts(notice, "2024", m).get(0).verdict());
    Evaluator own = notice.withWorkingDays(everyDayOff);
    assertEquals(everyDayOff, own.workingDays());
    assertEquals(Verdict.FAIL, verdicts(own, "2024", m).get(0).verdict());
  }
}

package io.github.qcdc.national;

import static io.github.qcdc.national.ExampleData.DISTRICT;
import static io.github.qcdc.national.ExampleData.PHUONG;
import static io.github.qcdc.national.ExampleData.PROVINCE;
import static io.github.qcdc.national.ExampleData.XA_1;
import static io.github.qcdc.national.ExampleData.XA_2;
import static io.github.qcdc.national.ExampleData.XA_4;
import static io.github.qcdc.national.ExampleData.village;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The worked examples of the national pack: for every rule one example exactly at its threshold
 * (PASS) and one just short of it (FAIL) or without records (NO_DATA); for every indicator two
 * figures. Event subjects are named by their ids in {@link ExampleData}.
 */
final class NationalExamples {
  private final Dataset data = ExampleData.dataset();
  private final List<RuleExample> all = new ArrayList<>();

  private NationalExamples() {}

  static ImmutableList<RuleExample> all() {
    NationalExamples e = new NationalExamples();
    e.rules();
    e.indicators();
    return ImmutableList.copyOf(e.all);
  }

  private void rules() {
    pass("VN-R01", "exactly one meeting a year", XA_1, "2024", village(XA_1, 1));
    expect(
        "VN-R01",
        "no meeting recorded is no data",
        XA_1,
        "2024",
        village(XA_1, 2),
        Verdict.NO_DATA);
    pass("VN-R02", "notice exactly 5 days ahead", XA_1, "2024", "meeting-notice-5");
    fail("VN-R02", "notice 4 days ahead", XA_1, "2024", "meeting-notice-4");
    pass("VN-R03", "51 of 100 in favour", XA_1, "2024", "decision-51-of-100");
    fail("VN-R03", "exactly half is not more than half", XA_1, "2024", "decision-50-of-100");
    pass("VN-R04", "51 of 100 attend and approve", XA_1, "2018", "meeting-2018-51-of-100");
    fail("VN-R04", "exactly half attend", XA_1, "2018", "meeting-2018-50-of-100");
    pass("VN-R05", "a recognised board", XA_1, "2024", XA_1);
    fail("VN-R05", "no recognised board", XA_2, "2024", XA_2);
    pass("VN-R05.ND159", "a board under the old decree", XA_1, "2018", XA_1);
    fail("VN-R05.ND159", "no board under the old decree", XA_2, "2018", XA_2);
    pass("VN-R06", "6 members for 6 villages", XA_2, "2024", XA_2);
    fail("VN-R06", "4 members, fewer than 5", XA_1, "2024", XA_1);
    expect(
        "VN-R06",
        "no village loaded: the number of villages is unknown, not 0",
        XA_4,
        "2024",
        XA_4,
        Verdict.NO_DATA);
    pass("VN-R07", "exactly 5 members", XA_1, "2018", XA_1);
    fail("VN-R07", "12 members, more than 11", XA_2, "2018", XA_2);
    pass("VN-R08", "term aligned", XA_1, "2024", XA_1);
    fail("VN-R08", "term not aligned", XA_2, "2024", XA_2);
    pass("VN-R09", "no unfilled vacancy", XA_1, "2024", XA_1);
    fail("VN-R09", "a vacancy left unfilled", XA_2, "2024", XA_2);
    pass("VN-R10", "plan sent exactly 5 working days ahead", XA_1, "2024", "inspection-plan-5");
    fail("VN-R10", "plan sent 4 working days ahead", XA_1, "2024", "inspection-plan-4");
    pass(
        "VN-R10",
        "sent 14 days ahead across Tết 2026: exactly 5 working days",
        XA_1,
        "2026",
        "inspection-plan-tet-5");
    fail(
        "VN-R10",
        "sent 12 days ahead across Tết 2026: only 3 working days",
        XA_1,
        "2026",
        "inspection-plan-tet-3");
    expect(
        "VN-R10",
        "across Tết 2028, whose days off are not decided yet: 3 to 9 working days",
        XA_1,
        "2028",
        "inspection-plan-2028",
        Verdict.NO_DATA);
    pass("VN-R11", "every project has a board", XA_1, "2024", XA_1);
    fail("VN-R11", "one project without a board", XA_2, "2024", XA_2);
    pass("VN-R12", "5 members, 5 residents, 2 deputies", XA_1, "2024", "cisb-1");
    fail("VN-R12", "3 deputy heads", XA_2, "2024", "cisb-2");
    pass(
        "VN-R13", "exactly 4 reports: quarter I, 6 months, 9 months, the year", XA_1, "2024", XA_1);
    fail("VN-R13", "3 reports", XA_2, "2024", XA_2);
    pass("VN-R14", "broadcast over exactly 3 days", XA_1, "2024", "radio-3-days");
    fail("VN-R14", "broadcast over 2 days", XA_1, "2024", "radio-2-days");
    pass("VN-R25", "a valid term", XA_1, "2024", village(XA_1, 1));
    fail("VN-R25", "an invalid term", XA_1, "2024", village(XA_1, 5));
    pass("VN-R15", "3 working days after issue, posted 30 days", XA_1, "2018", "posted-30-days");
    fail("VN-R15", "posted 29 days", XA_1, "2018", "posted-29-days");
    fail("VN-R15", "4 working days after issue", XA_1, "2018", "disclosed-4-working-days");
    pass(
        "VN-R15",
        "9 days after issue across Tết 2017: 2 working days",
        XA_1,
        "2017",
        "disclosed-after-tet-2017");
    fail(
        "VN-R15",
        "14 days after issue across Tết 2019: 5 working days",
        XA_1,
        "2019",
        "disclosed-after-tet-2019");
    pass("VN-R26", "51 of 100 households approve", XA_1, "2024", "convention-51-of-100");
    fail("VN-R26", "50 of 100: not more than half", XA_1, "2024", "convention-50-of-100");
    pass(
        "VN-R27",
        "sent 14 days after adoption across Tết 2024: 5 working days",
        XA_1,
        "2024",
        "convention-sent-5");
    fail("VN-R27", "sent 6 working days after adoption", XA_1, "2024", "convention-sent-6");
    pass(
        "VN-R28",
        "recognised 5 working days after the dossier, counting Saturday 26/4/2025 worked",
        XA_1,
        "2025",
        "convention-recognised-5");
    fail(
        "VN-R28",
        "recognised 6 working days after the dossier",
        XA_1,
        "2025",
        "convention-recognised-6");
    pass(
        "VN-R29",
        "published 9 February 2024, closed 29 February: 20 days",
        XA_1,
        "2024",
        "consultation-20-days");
    fail("VN-R29", "closed 28 February: 19 days", XA_1, "2024", "consultation-19-days");
    pass("VN-R16.ND04", "a conference in 2018", XA_1, "2018", "agency-1");
    fail("VN-R16.ND04", "a conference in 2018, none in 2017", XA_1, "2017/2018", "agency-1");
    pass("VN-R16", "conference on 30 March", XA_1, "2023/2024", "agency-1");
    pass(
        "VN-R16",
        "31 March 2024: the last day of 3 months, in a leap year",
        XA_1,
        "2023/2024",
        "agency-2");
    fail("VN-R16", "1 April 2024: past 3 months", XA_1, "2023/2024", "agency-3");
    pass(
        "VN-R16",
        "31 March 2026: the last day of 3 months, in a common year",
        XA_1,
        "2025/2026",
        "agency-4");
    fail("VN-R16", "1 April 2026: past 3 months", XA_1, "2025/2026", "agency-5");
    pass("VN-R17.TT01", "exactly 2/3 attend", XA_1, "2018", "officials-2018-20-of-30");
    fail("VN-R17.TT01", "19 of 30 attend", XA_1, "2018", "officials-2018-19-of-30");
    pass("VN-R17", "exactly 2/3 attend", XA_1, "2024", "officials-2024-20-of-30");
    fail("VN-R17", "19 of 30 attend", XA_1, "2024", "officials-2024-19-of-30");
    pass("VN-R18", "conference on 30 March", XA_1, "2023/2024", "soe-1");
    pass("VN-R18.Q", "60 of 80 attend", XA_1, "2024", "employees-60-of-80");
    fail("VN-R18.Q", "53 of 80 attend", XA_1, "2024", "employees-53-of-80");
    pass("VN-R18", "31 March 2024: the last day of 3 months", XA_1, "2023/2024", "soe-3");
    fail("VN-R18", "conference in mid-April", XA_1, "2023/2024", "soe-2");
    pass("VN-R19.ND60", "exactly 4 dialogues", XA_1, "2018", "ent-1");
    fail("VN-R19.ND60", "3 dialogues", XA_1, "2018", "ent-2");
    pass("VN-R19.ND149", "exactly 4 dialogues", XA_1, "2020", "ent-1");
    fail("VN-R19.ND149", "3 dialogues", XA_1, "2020", "ent-2");
    expect("VN-R19.ND149", "no dialogue recorded", XA_1, "2020", "ent-3", Verdict.NO_DATA);
    pass("VN-R19", "one dialogue", XA_1, "2024", "ent-1");
    expect("VN-R19", "no dialogue recorded", XA_1, "2024", "ent-3", Verdict.NO_DATA);
    expect(
        "VN-R20",
        "3 on each side, the employer's size not known",
        XA_1,
        "2024",
        "dialogue-3-and-3",
        Verdict.NO_DATA);
    fail("VN-R20", "2 employee delegates, whatever the size", XA_1, "2024", "dialogue-3-and-2");
    pass("VN-R20", "24 employee delegates, whatever the size", XA_1, "2024", "dialogue-3-and-24");
    pass("VN-R20", "49 employees: 3 delegates suffice", XA_1, "2024", "of-49-with-3");
    pass("VN-R20", "50 employees: exactly 4", XA_1, "2024", "of-50-with-4");
    fail("VN-R20", "50 employees: 3", XA_1, "2024", "of-50-with-3");
    pass("VN-R20", "150 employees: exactly 9", XA_1, "2024", "of-150-with-9");
    fail("VN-R20", "150 employees: 8", XA_1, "2024", "of-150-with-8");
    pass("VN-R20", "1,000 employees: exactly 24", XA_1, "2024", "of-1000-with-24");
    fail("VN-R20", "1,000 employees: 23", XA_1, "2024", "of-1000-with-23");
    pass("VN-R21", "exactly 52 reception days", XA_1, "2024", XA_1);
    fail("VN-R21", "51 reception days", XA_2, "2024", XA_2);
    pass("VN-R22.COMMUNE", "exactly 24 days", XA_1, "2024", XA_1);
    fail("VN-R22.COMMUNE", "23 days", XA_2, "2024", XA_2);
    pass("VN-R22.DISTRICT", "exactly 12 days", DISTRICT, "2024", DISTRICT);
    fail("VN-R22.DISTRICT", "11 days", DISTRICT, "2023", DISTRICT);
    pass("VN-R22.PROVINCE", "exactly 12 days", PROVINCE, "2024", PROVINCE);
    fail("VN-R22.PROVINCE", "11 days", PROVINCE, "2023", PROVINCE);
    pass("VN-R23", "exactly one dialogue", XA_1, "2026", XA_1);
    expect("VN-R23", "no dialogue recorded", XA_2, "2026", XA_2, Verdict.NO_DATA);
    pass("VN-R23.NOTICE", "announced exactly 7 days ahead", XA_1, "2026", "dialogue-notice-7");
    fail("VN-R23.NOTICE", "announced 6 days ahead", PHUONG, "2026", "dialogue-notice-6");
    pass("VN-R24", "the national default of one", XA_1, "2026", XA_1);
    expect("VN-R24", "no dialogue recorded", XA_2, "2026", XA_2, Verdict.NO_DATA);
  }

  private void indicators() {
    figure("VN-I01", "all levels of the province", PROVINCE, "2024", "6");
    figure("VN-I01", "one commune", XA_1, "2024", "3");
    figure("VN-I02", "the province's critique", PROVINCE, "2024", "1");
    figure("VN-I02", "none in a commune", XA_1, "2024", "0");
    figure("VN-I03", "one commune of three", PROVINCE, "2024", "1/3");
    figure("VN-I03", "the commune with a board", XA_1, "2024", "1/1");
    figure("VN-I04", "one xã of two", PROVINCE, "2024", "1/2");
    figure("VN-I04", "a xã not at the standard", XA_2, "2024", "0/1");
    figure("VN-I05", "one of two unionised enterprises", PROVINCE, "2024", "1/2");
    figure(
        "VN-I05",
        "no enterprise in the commune",
        XA_2,
        "2024",
        "undefined (the denominator is zero)");
    figure(
        "VN-I06",
        "six of ten employers pass (two, and the four of VN-R20's sizes), four without data",
        PROVINCE,
        "2024",
        "6/10");
    figure(
        "VN-I06",
        "VN-R19 is not in force in 2018",
        PROVINCE,
        "2018",
        "undefined (the population is empty)");
    figure("VN-I08", "Nghệ An 2019's sub-scores, 5,43", PROVINCE, "2019", "543");
    figure("VN-I08", "none below the province", DISTRICT, "2019", "0");
  }

  private void pass(String rule, String name, String scope, String period, String subject) {
    expect(rule, name, scope, period, subject, Verdict.PASS);
  }

  private void fail(String rule, String name, String scope, String period, String subject) {
    expect(rule, name, scope, period, subject, Verdict.FAIL);
  }

  private void expect(
      String rule, String name, String scope, String period, String subject, Verdict verdict) {
    all.add(example(rule, name, scope, period).expect(subject, verdict));
  }

  private void figure(String indicator, String name, String scope, String period, String value) {
    all.add(example(indicator, name, scope, period).expectFigure(value));
  }

  private RuleExample example(String target, String name, String scope, String period) {
    return RuleExample.of(name, target, data, UnitCode.of(scope), ReportingPeriod.parse(period));
  }
}

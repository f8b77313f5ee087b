package io.github.qcdc.national;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The records the national pack's worked examples read: a made-up province ("Tỉnh Mẫu", code 99)
 * with one district, three communes and their villages, and records placed exactly at and just
 * short of each rule's threshold. Illustrative, not reported data.
 */
final class ExampleData extends ExampleRecords {
  static final String PROVINCE = "99";
  static final String DISTRICT = "999";
  static final String XA_1 = "99901";
  static final String XA_2 = "99902";
  static final String PHUONG = "99903";

  /** A commune of another province, whose villages are not loaded (VN-R06's no data). */
  static final String XA_4 = "98101";

  static final LocalDate LAW_TAKES_EFFECT = LocalDate.of(2023, 7, 1);

  private ExampleData(Dataset.Builder b) {
    super(b);
  }

  static Gazetteer gazetteer() {
    Gazetteer.Builder g = Gazetteer.builder();
    g.add(AdminUnit.of(PROVINCE, "Tỉnh Mẫu", UnitType.TINH, Optional.empty()));
    g.add(AdminUnit.of(DISTRICT, "Huyện Mẫu", UnitType.HUYEN, Optional.of(PROVINCE)));
    g.add(AdminUnit.of(XA_1, "Xã Một", UnitType.XA, Optional.of(DISTRICT)));
    g.add(AdminUnit.of(XA_2, "Xã Hai", UnitType.XA, Optional.of(DISTRICT)));
    g.add(AdminUnit.of(PHUONG, "Phường Ba", UnitType.PHUONG, Optional.of(DISTRICT)));
    for (int i = 1; i <= 5; i++) {
      g.add(AdminUnit.of(village(XA_1, i), "Thôn " + i, UnitType.THON, Optional.of(XA_1)));
    }
    for (int i = 1; i <= 6; i++) {
      g.add(AdminUnit.of(village(XA_2, i), "Thôn " + i, UnitType.THON, Optional.of(XA_2)));
    }
    g.add(AdminUnit.of(PHUONG + ".to-1", "Tổ 1", UnitType.TO_DAN_PHO, Optional.of(PHUONG)));
    g.add(AdminUnit.of("98", "Tỉnh Khác", UnitType.TINH, Optional.empty()));
    g.add(AdminUnit.of("981", "Huyện Khác", UnitType.HUYEN, Optional.of("98")));
    g.add(AdminUnit.of(XA_4, "Xã Bốn", UnitType.XA, Optional.of("981")));
    return g.build();
  }

  static String village(String commune, int i) {
    return commune + ".thon-" + i;
  }

  /** The dataset. */
  static Dataset dataset() {
    ExampleData d = new ExampleData(Dataset.builder(gazetteer()));
    d.communes();
    d.boards();
    d.agencies();
    d.enterprises();
    d.reception();
    d.conventions();
    d.consultations();
    d.indicators();
    return d.b.build();
  }

  /** VN-R01 to R04, R11, R13, R14, R23, R24. */
  private void communes() {
    event(ActivityType.COMMUNITY_MEETING, village(XA_1, 1), day(2024, 12, 20)); // R01 exactly 1
    named("meeting-notice-5");
    notice(ActivityType.COMMUNITY_MEETING, village(XA_1, 3), day(2024, 3, 10), "notice-date", 5);
    named("meeting-notice-4");
    notice(ActivityType.COMMUNITY_MEETING, village(XA_1, 3), day(2024, 4, 10), "notice-date", 4);
    named("decision-51-of-100");
    b.add(
        share(
            Rules.COMMUNITY_DECISION,
            village(XA_1, 3),
            day(2024, 5, 1),
            51,
            "households-attending",
            100));
    named("decision-50-of-100");
    b.add(
        share(
            Rules.COMMUNITY_DECISION,
            village(XA_1, 3),
            day(2024, 5, 2),
            50,
            "households-attending",
            100));
    named("meeting-2018-51-of-100");
    b.add(
        activity(ActivityType.COMMUNITY_MEETING, village(XA_1, 4), day(2018, 6, 1))
            .putQuantities("attending", 51)
            .putQuantities("votes-for", 51)
            .putQuantities("voters", 100)
            .build());
    named("meeting-2018-50-of-100");
    b.add(
        activity(ActivityType.COMMUNITY_MEETING, village(XA_1, 4), day(2018, 7, 1))
            .putQuantities("attending", 50)
            .putQuantities("votes-for", 50)
            .putQuantities("voters", 100)
            .build());
    for (String[] project :
        new String[][] {{XA_1, "yes"}, {XA_1, "yes"}, {XA_2, "yes"}, {XA_2, "no"}}) {
      b.add(
          activity(Rules.INVESTMENT_PROJECT, project[0], day(2024, 2, 1))
              .putAttributes("supervision-board", project[1])
              .build());
    }
    repeat(4, ActivityType.PUBLIC_DISCLOSURE, XA_1, 2024, "item", "budget-execution");
    repeat(3, ActivityType.PUBLIC_DISCLOSURE, XA_2, 2024, "item", "budget-execution");
    named("radio-3-days").radio(day(2024, 6, 12), day(2024, 6, 10));
    named("radio-2-days").radio(day(2024, 6, 22), day(2024, 6, 21));
    named("dialogue-notice-7");
    b.add(
        activity(ActivityType.DIALOGUE, XA_1, day(2026, 5, 10))
            .putAttributes("with", "people")
            .putAttributes("notice-date", "2026-05-03")
            .build());
    named("dialogue-notice-6");
    b.add(
        activity(ActivityType.DIALOGUE, PHUONG, day(2026, 5, 10))
            .putAttributes("with", "people")
            .putAttributes("notice-date", "2026-05-04")
            .build());
  }

  /** VN-R05 to R10, R12, R25. */
  private void boards() {
    always(XA_1, "peoples-inspection-board", true);
    always(XA_2, "peoples-inspection-board", false);
    number(XA_1, "pib-members", 5, DateInterval.of(day(2017, 2, 1), LAW_TAKES_EFFECT.minusDays(1)));
    number(XA_1, "pib-members", 4, DateInterval.from(LAW_TAKES_EFFECT));
    number(
        XA_2, "pib-members", 12, DateInterval.of(day(2017, 2, 1), LAW_TAKES_EFFECT.minusDays(1)));
    number(XA_2, "pib-members", 6, DateInterval.from(LAW_TAKES_EFFECT));
    always(XA_1, "pib-every-village", true);
    always(XA_2, "pib-every-village", true);
    number(XA_4, "pib-members", 6, DateInterval.from(LAW_TAKES_EFFECT));
    always(XA_4, "pib-every-village", true);
    always(XA_1, "pib-term-aligned", true);
    always(XA_2, "pib-term-aligned", false);
    always(XA_1, "pib-vacancy-unfilled", false);
    always(XA_2, "pib-vacancy-unfilled", true);
    always(village(XA_1, 1), "village-head-term-valid", true);
    always(village(XA_1, 5), "village-head-term-valid", false);
    org("pib-" + XA_1, OrganizationKind.PEOPLES_INSPECTION_BOARD, XA_1, null);
    // VN-R10: 5 working days, in an ordinary week, across Tết 2026 and in 2028, not decided yet
    inspection("inspection-plan-5", day(2024, 5, 17), day(2024, 5, 10));
    inspection("inspection-plan-4", day(2024, 5, 17), day(2024, 5, 13));
    inspection("inspection-plan-tet-5", day(2026, 2, 24), day(2026, 2, 10));
    inspection("inspection-plan-tet-3", day(2026, 2, 24), day(2026, 2, 12));
    inspection("inspection-plan-2028", day(2028, 2, 4), day(2028, 1, 21));
    for (int i = 1; i <= 2; i++) {
      String board = "cisb-" + i;
      org(
          board,
          OrganizationKind.COMMUNITY_INVESTMENT_SUPERVISION_BOARD,
          i == 1 ? XA_1 : XA_2,
          null);
      orgNumber(board, "members", 5);
      orgNumber(board, "resident-representatives", 5);
      orgNumber(board, "deputy-heads", i == 1 ? 2 : 3);
    }
  }

  /** VN-R26 to R28: a village convention adopted, sent and recognised, around Tết and 30/4. */
  private void conventions() {
    String thon = village(XA_1, 2);
    for (long votes : new long[] {51, 50}) {
      named("convention-" + votes + "-of-100");
      b.add(
          activity(Rules.CONVENTION_ADOPTED, thon, day(2024, 3, 3))
              .putQuantities("votes-for", votes)
              .putQuantities("households", 100)
              .build());
    }
    // adopted on Friday 2024-02-02; Tết: 8 to 14 February off
    dated(
        "convention-sent-5",
        Rules.CONVENTION_SUBMITTED,
        day(2024, 2, 16),
        "adopted-date",
        day(2024, 2, 2));
    dated(
        "convention-sent-6",
        Rules.CONVENTION_SUBMITTED,
        day(2024, 2, 19),
        "adopted-date",
        day(2024, 2, 2));
    // received on Friday 2025-04-25; Saturday 26 April worked, 30 April to 2 May off
    dated(
        "convention-recognised-5",
        Rules.CONVENTION_RECOGNISED,
        day(2025, 5, 6),
        "dossier-received-date",
        day(2025, 4, 25));
    dated(
        "convention-recognised-6",
        Rules.CONVENTION_RECOGNISED,
        day(2025, 5, 7),
        "dossier-received-date",
        day(2025, 4, 25));
  }

  /** VN-R29: 20 days of consultation, across 29 February 2024. */
  private void consultations() {
    dated(
        "consultation-20-days",
        Rules.CONSULTATION,
        day(2024, 2, 29),
        "published-date",
        day(2024, 2, 9));
    dated(
        "consultation-19-days",
        Rules.CONSULTATION,
        day(2024, 2, 28),
        "published-date",
        day(2024, 2, 9));
  }

  private void dated(
      String id, ActivityType type, LocalDate day, String attribute, LocalDate from) {
    named(id);
    b.add(activity(type, village(XA_1, 2), day).putAttributes(attribute, from.toString()).build());
  }

  private void inspection(String id, LocalDate day, LocalDate planSent) {
    named(id);
    b.add(
        activity(ActivityType.INSPECTION, XA_1, day)
            .organiser(OrganizationId.of("pib-" + XA_1))
            .putAttributes("plan-sent-date", planSent.toString())
            .build());
  }

  private void disclosure(String id, LocalDate day, LocalDate issued, long postedDays) {
    named(id);
    b.add(
        activity(ActivityType.PUBLIC_DISCLOSURE, XA_1, day)
            .organiser(OrganizationId.of("agency-1"))
            .putAttributes("issued-date", issued.toString())
            .putQuantities("posted-days", postedDays)
            .build());
  }

  /** VN-R15 to R17. */
  private void agencies() {
    org("agency-1", OrganizationKind.STATE_AGENCY, XA_1, null);
    org("agency-2", OrganizationKind.STATE_AGENCY, XA_1, null);
    // VN-R15: 3 working days after issue, posted 30 days
    disclosure("posted-30-days", day(2018, 5, 17), day(2018, 5, 14), 30);
    disclosure("posted-29-days", day(2018, 5, 17), day(2018, 5, 14), 29);
    disclosure("disclosed-4-working-days", day(2018, 5, 18), day(2018, 5, 14), 30);
    disclosure("disclosed-after-tet-2017", day(2017, 2, 3), day(2017, 1, 25), 30);
    disclosure("disclosed-after-tet-2019", day(2019, 2, 13), day(2019, 1, 30), 30);
    named("officials-2024-20-of-30").conference("agency-1", "officials", day(2024, 3, 30), 20, 30);
    named("officials-2024-19-of-30").conference("agency-2", "officials", day(2024, 3, 31), 19, 30);
    named("officials-2018-20-of-30").conference("agency-1", "officials", day(2018, 3, 1), 20, 30);
    named("officials-2018-19-of-30").conference("agency-2", "officials", day(2018, 3, 2), 19, 30);
    // VN-R16: three calendar months after the work year, across a leap year and a common one
    org("agency-3", OrganizationKind.STATE_AGENCY, XA_1, null);
    org("agency-4", OrganizationKind.STATE_AGENCY, XA_1, null);
    org("agency-5", OrganizationKind.STATE_AGENCY, XA_1, null);
    conference("agency-3", "officials", day(2024, 4, 1), 20, 30);
    conference("agency-4", "officials", day(2026, 3, 31), 20, 30);
    conference("agency-5", "officials", day(2026, 4, 1), 20, 30);
  }

  /** VN-R18 to R20. */
  private void enterprises() {
    org("soe-1", OrganizationKind.ENTERPRISE, XA_1, "state");
    org("soe-2", OrganizationKind.ENTERPRISE, XA_1, "state");
    named("employees-60-of-80").conference("soe-1", "employees", day(2024, 3, 30), 60, 80);
    named("employees-53-of-80").conference("soe-2", "employees", day(2024, 5, 15), 53, 80);
    conference("soe-2", "employees", day(2024, 4, 15), 60, 80);
    org("soe-3", OrganizationKind.ENTERPRISE, XA_1, "state");
    conference("soe-3", "employees", day(2024, 3, 31), 60, 80);
    for (int i = 1; i <= 3; i++) {
      org("ent-" + i, OrganizationKind.ENTERPRISE, XA_1, null);
    }
    for (int q = 0; q < 4; q++) {
      dialogue("ent-1", day(2018, 3 * q + 2, 15), 3, 3);
    }
    for (int q = 0; q < 3; q++) {
      dialogue("ent-2", day(2018, 3 * q + 2, 15), 3, 3);
    }
    for (int q = 0; q < 4; q++) {
      dialogue("ent-1", day(2020, 3 * q + 2, 1), 3, 3);
    }
    for (int q = 0; q < 3; q++) {
      dialogue("ent-2", day(2020, 3 * q + 2, 1), 3, 3);
    }
    named("dialogue-3-and-3").dialogue("ent-1", day(2024, 6, 1), 3, 3);
    named("dialogue-3-and-2").dialogue("ent-2", day(2024, 6, 1), 3, 2);
    named("dialogue-3-and-24").dialogue("ent-1", day(2024, 7, 1), 3, 24);
    // VN-R20's tiers of employee delegates by the employer's size (NĐ 145/2020, Art. 38(2))
    for (long size : new long[] {49, 50, 150, 1000}) {
      enterprise("ent-of-" + size, XA_1, size);
    }
    named("of-49-with-3").dialogue("ent-of-49", day(2024, 6, 1), 3, 3);
    named("of-50-with-4").dialogue("ent-of-50", day(2024, 6, 1), 3, 4);
    named("of-50-with-3").dialogue("ent-of-50", day(2024, 7, 1), 3, 3);
    named("of-150-with-9").dialogue("ent-of-150", day(2024, 6, 1), 3, 9);
    named("of-150-with-8").dialogue("ent-of-150", day(2024, 7, 1), 3, 8);
    named("of-1000-with-24").dialogue("ent-of-1000", day(2024, 6, 1), 3, 24);
    named("of-1000-with-23").dialogue("ent-of-1000", day(2024, 7, 1), 3, 23);
    b.add(
        fact(
            "union-1",
            Subject.organization(OrganizationId.of("ent-1")),
            "trade-union",
            FactValue.of(true),
            DateInterval.always()));
    b.add(
        fact(
            "union-2",
            Subject.organization(OrganizationId.of("ent-2")),
            "trade-union",
            FactValue.of(true),
            DateInterval.always()));
    b.add(
        fact(
            "cla-1",
            Subject.organization(OrganizationId.of("ent-1")),
            "collective-agreement",
            FactValue.of(true),
            DateInterval.always()));
  }

  /** VN-R21, R22. */
  private void reception() {
    repeat(52, ActivityType.CITIZEN_RECEPTION, XA_1, 2024, "by", "commune-chair");
    repeat(51, ActivityType.CITIZEN_RECEPTION, XA_2, 2024, "by", "commune-chair");
    repeat(24, ActivityType.CITIZEN_RECEPTION, XA_1, 2024, "by", "party-head");
    repeat(23, ActivityType.CITIZEN_RECEPTION, XA_2, 2024, "by", "party-head");
    repeat(12, ActivityType.CITIZEN_RECEPTION, DISTRICT, 2024, "by", "party-head");
    repeat(11, ActivityType.CITIZEN_RECEPTION, DISTRICT, 2023, "by", "party-head");
    repeat(12, ActivityType.CITIZEN_RECEPTION, PROVINCE, 2024, "by", "party-head");
    repeat(11, ActivityType.CITIZEN_RECEPTION, PROVINCE, 2023, "by", "party-head");
  }

  /** VN-I01 to I05, I08. */
  private void indicators() {
    org("front-99", OrganizationKind.FATHERLAND_FRONT, PROVINCE, null);
    org("front-999", OrganizationKind.FATHERLAND_FRONT, DISTRICT, null);
    org("front-99901", OrganizationKind.FATHERLAND_FRONT, XA_1, null);
    b.add(
        activity(ActivityType.SUPERVISION, PROVINCE, day(2024, 4, 1))
            .organiser(OrganizationId.of("front-99"))
            .build());
    for (int i = 0; i < 2; i++) {
      b.add(
          activity(ActivityType.SUPERVISION, DISTRICT, day(2024, 4, 2 + i))
              .organiser(OrganizationId.of("front-999"))
              .build());
    }
    for (int i = 0; i < 3; i++) {
      b.add(
          activity(ActivityType.SUPERVISION, XA_1, day(2024, 4, 5 + i))
              .organiser(OrganizationId.of("front-99901"))
              .build());
    }
    b.add(
        activity(ActivityType.SOCIAL_CRITIQUE, PROVINCE, day(2024, 8, 1))
            .organiser(OrganizationId.of("front-99"))
            .build());
    always(XA_1, "new-rural-standard", true);
    String[] parts = {"1.1", "1.2", "1.3", "1.4"};
    long[] scores = {78, 164, 164, 137};
    for (int i = 0; i < parts.length; i++) {
      b.add(
          DataValue.builder()
              .id(RecordId.of("papi-" + parts[i]))
              .element(DataElement.of("papi-participation-hundredths"))
              .unit(UnitCode.of(PROVINCE))
              .period(ReportingPeriod.parse("2019"))
              .putDisaggregation("sub-dimension", parts[i].replace('.', '-'))
              .amount(io.github.qcdc.records.Amount.of(scores[i]))
              .build());
    }
  }
}

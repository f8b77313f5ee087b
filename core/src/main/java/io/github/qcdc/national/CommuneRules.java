package io.github.qcdc.national;

import static io.github.qcdc.national.Rules.define;
import static io.github.qcdc.national.Rules.phrase;
import static io.github.qcdc.national.Rules.typeWith;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Condition.Comparison;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.LegalBasis;
import java.time.LocalDate;

/**
 * The national rules of communes and residential communities (VN-R01 to VN-R14, VN-R25): meetings,
 * People's Inspection Boards, community investment supervision boards, disclosure.
 */
final class CommuneRules {
  /** Parameter: community meetings a village holds a year. */
  static final String MIN_MEETINGS = "minCommunityMeetingsPerYear";

  /** Parameter: the least number of People's Inspection Board members. */
  static final String MIN_PIB_MEMBERS = "minInspectionBoardMembers";

  private static final Population COMMUNES = Population.units(Tier.COMMUNE);
  private static final Population VILLAGES = Population.units(Tier.VILLAGE);
  private static final String LAW = "Luật 10/2022/QH15";

  private CommuneRules() {}

  /**
   * The rules on the People's Inspection Board and community investment supervision, whose basis
   * (Law 10/2022/QH15, Articles 36 to 41, and NĐ 59/2023) may have changed on 2025-07-01: Law
   * 47/2024/QH15 and Law 97/2025/QH15 amended the law, and the two-tier reform moved duties between
   * tiers. Their basis is verified up to {@link #BASIS_VERIFIED_UNTIL}; not after.
   */
  static final ImmutableSet<String> AMENDED_2025 =
      ImmutableSet.of("VN-R05", "VN-R06", "VN-R08", "VN-R09", "VN-R10", "VN-R11", "VN-R12");

  /** The last day the basis of {@link #AMENDED_2025} is verified on: the day before the reform. */
  static final LocalDate BASIS_VERIFIED_UNTIL = LocalDate.of(2025, 6, 30);

  static ImmutableList<ComplianceRule> all() {
    return verified(table());
  }

  /** {@code rules}, those of {@link #AMENDED_2025} verified up to the reform only. */
  private static ImmutableList<ComplianceRule> verified(ImmutableList<ComplianceRule> rules) {
    return rules.stream()
        .map(r -> AMENDED_2025.contains(r.id()) ? r.withVerifiedUntil(BASIS_VERIFIED_UNTIL) : r)
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<ComplianceRule> table() {
    return ImmutableList.of(
        define(
                "VN-R01",
                Regime.LAW_2022.days(),
                Confidence.CONFIRMED_SECONDARY,
                phrase("Hội nghị định kỳ của cộng đồng dân cư", "Annual community meeting held"),
                phrase(
                    "Thôn, tổ dân phố tổ chức hội nghị định kỳ ít nhất một lần mỗi năm (vào cuối"
                        + " năm).",
                    "Every village or residential group holds its periodic meeting at least once a"
                        + " year (at year end)."),
                LegalBasis.of(LAW, "Điều 33"),
                VILLAGES,
                Condition.atLeast(
                        Expr.param(MIN_MEETINGS),
                        Measure.count(ActivityFilter.type(ActivityType.COMMUNITY_MEETING)))
                    .perYear())
            .withParameter(MIN_MEETINGS, 1),
        define(
            "VN-R02",
            Regime.DECREE_59_2023.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Thông báo họp trước 5 ngày", "Meeting notice lead time"),
            phrase(
                "Giấy mời họp cộng đồng đến hộ gia đình trước ngày họp ít nhất 5 ngày (thuộc tính"
                    + " notice-date).",
                "The notice of a community meeting reaches households at least 5 days before it"
                    + " (attribute notice-date)."),
            LegalBasis.of("NĐ 59/2023/NĐ-CP", "Điều 11"),
            Population.events(ActivityFilter.type(ActivityType.COMMUNITY_MEETING)),
            Condition.eventNoticeDays("notice-date", 5)),
        define(
            "VN-R03",
            Regime.LAW_2022.days(),
            Confidence.UNVERIFIED,
            phrase("Quyết định của cộng đồng có hiệu lực", "Community decision valid"),
            phrase(
                "Quá 50% đại diện hộ gia đình dự họp tán thành (số lượng votes-for trên"
                    + " households-attending); tỷ lệ của Điều 21(1) chưa kiểm chứng.",
                "More than 50% of the household representatives attending vote in favour"
                    + " (votes-for over households-attending); the ratio of Art. 21(1) is not"
                    + " verified."),
            LegalBasis.of("NĐ 59/2023/NĐ-CP", "Điều 3").withText("Luật 10/2022/QH15, Điều 21(1)"),
            Population.events(ActivityFilter.type(Rules.COMMUNITY_DECISION)),
            Condition.eventShareAbove("votes-for", "households-attending", 1, 2)),
        define(
            "VN-R04",
            Regime.ORDINANCE_2007.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase(
                "Hội nghị thôn đủ số người dự và biểu quyết (chế độ cũ)",
                "Village meeting quorum and approval (old regime)"),
            phrase(
                "Quá 50% cử tri hoặc đại diện hộ dự họp (attending trên voters) và quá 50% tổng"
                    + " số tán thành (votes-for trên voters).",
                "More than 50% of voters or household representatives attend (attending over"
                    + " voters) and more than 50% of them approve (votes-for over voters)."),
            LegalBasis.of("Pháp lệnh 34/2007/PL-UBTVQH11", "Điều 19")
                .withText("NQLT 09/2008/NQLT-CP-UBTWMTTQVN"),
            Population.events(ActivityFilter.type(ActivityType.COMMUNITY_MEETING)),
            Condition.allOf(
                Condition.eventShareAbove("attending", "voters", 1, 2),
                Condition.eventShareAbove("votes-for", "voters", 1, 2))),
        inspectionBoard(
            "VN-R05", Regime.LAW_2022, Confidence.CONFIRMED, LegalBasis.of(LAW, "Điều 36")),
        inspectionBoard(
            "VN-R05.ND159",
            Regime.DECREE_159_2016,
            Confidence.CONFIRMED_SECONDARY,
            LegalBasis.of("NĐ 159/2016/NĐ-CP").withText("Luật Thanh tra 2010")),
        define(
                "VN-R06",
                Regime.LAW_2022.days(),
                Confidence.CONFIRMED,
                phrase("Số thành viên Ban thanh tra nhân dân", "People's Inspection Board size"),
                phrase(
                    "Số thành viên (fact pib-members) ít nhất bằng max(5, số thôn, tổ dân phố) và"
                        + " thôn, tổ dân phố nào cũng có thành viên (fact pib-every-village).",
                    "Members (fact pib-members) at least max(5, villages) and every village has a"
                        + " member (fact pib-every-village)."),
                LegalBasis.of(LAW, "Điều 36")
                    .withClause("khoản 1")
                    .withText("NĐ 59/2023/NĐ-CP, Điều 13(2)"),
                COMMUNES,
                Condition.allOf(
                    Condition.compare(
                        Expr.fact("pib-members"),
                        Comparison.AT_LEAST,
                        Expr.max(Expr.param(MIN_PIB_MEMBERS), Expr.unitsInside(Tier.VILLAGE))),
                    Condition.hasFact(FactFilter.of("pib-every-village"))))
            .withParameter(MIN_PIB_MEMBERS, 5),
        define(
            "VN-R07",
            Regime.DECREE_159_2016.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase(
                "Số thành viên Ban thanh tra nhân dân (chế độ cũ)",
                "People's Inspection Board size (old regime)"),
            phrase(
                "Từ 5 đến 11 thành viên; quy tắc theo dân số và miền núi không được kiểm tra.",
                "5 to 11 members; the population-band and mountain rules are not checked."),
            LegalBasis.of("NĐ 159/2016/NĐ-CP"),
            COMMUNES,
            Condition.allOf(
                Condition.compare(Expr.fact("pib-members"), Comparison.AT_LEAST, Expr.constant(5)),
                Condition.compare(
                    Expr.fact("pib-members"), Comparison.AT_MOST, Expr.constant(11)))),
        factRule(
            "VN-R08",
            Regime.LAW_2022,
            phrase("Nhiệm kỳ Ban thanh tra nhân dân", "People's Inspection Board term"),
            phrase(
                "Nhiệm kỳ của Ban trùng nhiệm kỳ trưởng thôn (fact pib-term-aligned).",
                "The board's term ends with the village heads' term (fact pib-term-aligned)."),
            LegalBasis.of(LAW, "Điều 36").withClause("khoản 2"),
            COMMUNES,
            "pib-term-aligned"),
        define(
            "VN-R09",
            Regime.LAW_2022.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Bầu bổ sung thành viên Ban thanh tra", "Inspection Board vacancy refilled"),
            phrase(
                "Không có chỗ khuyết còn từ 6 tháng nhiệm kỳ trở lên mà chưa bầu bổ sung (fact"
                    + " pib-vacancy-unfilled).",
                "No vacancy with 6 months or more of the term left stays unfilled (fact"
                    + " pib-vacancy-unfilled)."),
            LegalBasis.of(LAW, "Điều 36").withClause("khoản 2"),
            COMMUNES,
            Condition.not(Condition.hasFact(FactFilter.of("pib-vacancy-unfilled")))),
        define(
            "VN-R10",
            Regime.DECREE_59_2023.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Gửi kế hoạch kiểm tra trước 5 ngày làm việc", "Inspection plan lead time"),
            phrase(
                "Kế hoạch kiểm tra gửi Ủy ban Mặt trận và Chủ tịch UBND xã trước ít nhất 5 ngày làm"
                    + " việc (thuộc tính plan-sent-date; ngày làm việc theo lịch nghỉ lễ, Tết của"
                    + " cơ quan nhà nước).",
                "The inspection plan is sent to the Front committee and the commune chairman at"
                    + " least 5 working days ahead (attribute plan-sent-date; working days by the"
                    + " state agencies' holidays and days off)."),
            LegalBasis.of("NĐ 59/2023/NĐ-CP", "Điều 14"),
            Population.events(
                ActivityFilter.allOf(
                    ActivityFilter.type(ActivityType.INSPECTION),
                    ActivityFilter.organisedBy(OrganizationKind.PEOPLES_INSPECTION_BOARD))),
            Condition.eventNoticeWorkingDays("plan-sent-date", 5)),
        define(
            "VN-R11",
            Regime.LAW_2022.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Dự án có Ban giám sát đầu tư cộng đồng", "Projects with a supervision board"),
            phrase(
                "Mọi dự án thuộc diện (hoạt động investment-project) trong xã có Ban giám sát đầu tư"
                    + " cộng đồng (thuộc tính supervision-board = yes).",
                "Every eligible project (activity investment-project) in the commune has a"
                    + " community investment supervision board (attribute supervision-board ="
                    + " yes)."),
            LegalBasis.of(LAW, "Điều 41"),
            COMMUNES,
            Condition.compare(
                Expr.measure(
                    Measure.count(typeWith(Rules.INVESTMENT_PROJECT, "supervision-board", "yes"))),
                Comparison.AT_LEAST,
                Expr.measure(Measure.count(ActivityFilter.type(Rules.INVESTMENT_PROJECT))))),
        define(
            "VN-R12",
            Regime.LAW_2022.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Thành phần Ban giám sát đầu tư cộng đồng", "Supervision board composition"),
            phrase(
                "Ít nhất 5 thành viên, không quá 5 đại diện dân cư, không quá 2 phó trưởng ban"
                    + " (facts members, resident-representatives, deputy-heads).",
                "At least 5 members, at most 5 resident representatives, at most 2 deputy heads"
                    + " (facts members, resident-representatives, deputy-heads)."),
            LegalBasis.of(LAW, "Điều 41").withText("NĐ 59/2023/NĐ-CP, Điều 17"),
            Population.organizations(OrganizationKind.COMMUNITY_INVESTMENT_SUPERVISION_BOARD),
            Condition.allOf(
                Condition.compare(Expr.fact("members"), Comparison.AT_LEAST, Expr.constant(5)),
                Condition.compare(
                    Expr.fact("resident-representatives"), Comparison.AT_MOST, Expr.constant(5)),
                Condition.compare(
                    Expr.fact("deputy-heads"), Comparison.AT_MOST, Expr.constant(2)))),
        define(
            "VN-R13",
            Regime.LAW_2022.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Công khai tình hình thực hiện ngân sách", "Budget execution disclosed"),
            phrase(
                "Ít nhất 4 lần công khai tình hình thực hiện ngân sách mỗi năm: báo cáo lũy kế quý"
                    + " I, 6 tháng, 9 tháng và cả năm (Thông tư 343/2016/TT-BTC); đếm số lần,"
                    + " không kiểm tra từng kỳ.",
                "At least 4 budget-execution disclosures a year: the cumulative reports of quarter"
                    + " I, 6 months, 9 months and the year (Circular 343/2016/TT-BTC); the count is"
                    + " checked, not each report."),
            LegalBasis.of(LAW, "Điều 11")
                .withClause("khoản 2")
                .withText("TT 343/2016/TT-BTC: báo cáo quý, 6 tháng, 9 tháng, năm"),
            COMMUNES,
            Condition.atLeast(
                    4,
                    Measure.count(
                        typeWith(ActivityType.PUBLIC_DISCLOSURE, "item", "budget-execution")))
                .perYear()),
        define(
            "VN-R14",
            Regime.LAW_2022.days(),
            Confidence.CONFIRMED,
            phrase("Thông báo trên đài truyền thanh 3 ngày", "Radio disclosure for 3 days"),
            phrase(
                "Nội dung khoản 7-12 Điều 11 phát trên đài ít nhất 3 ngày liên tiếp: hoạt động ghi"
                    + " vào ngày phát cuối, thuộc tính first-broadcast-date ít nhất 2 ngày trước.",
                "Items of Art. 11(7)-(12) are broadcast at least 3 consecutive days: the activity is"
                    + " dated on the last day, attribute first-broadcast-date at least 2 days"
                    + " before."),
            LegalBasis.of(LAW, "Điều 13").withClause("khoản 3"),
            Population.events(typeWith(ActivityType.PUBLIC_DISCLOSURE, "channel", "radio")),
            Condition.eventNoticeDays("first-broadcast-date", 2)),
        factRule(
            "VN-R25",
            Regime.VILLAGE_CIRCULAR_2012,
            phrase("Nhiệm kỳ trưởng thôn, tổ trưởng tổ dân phố", "Village-head term"),
            phrase(
                "Nhiệm kỳ 2,5 hoặc 5 năm theo tỉnh, quyền trưởng thôn không quá 6 tháng (fact"
                    + " village-head-term-valid).",
                "Term of 2.5 or 5 years as the province sets, an acting head for at most 6 months"
                    + " (fact village-head-term-valid)."),
            LegalBasis.of("TT 04/2012/TT-BNV", "Điều 12"),
            VILLAGES,
            "village-head-term-valid"));
  }

  private static ComplianceRule inspectionBoard(
      String id, Regime regime, Confidence confidence, LegalBasis basis) {
    return define(
        id,
        regime.days(),
        confidence,
        phrase("Có Ban thanh tra nhân dân", "People's Inspection Board exists"),
        phrase(
            "Xã, phường có Ban thanh tra nhân dân được công nhận (fact peoples-inspection-board).",
            "The commune has a recognised People's Inspection Board (fact"
                + " peoples-inspection-board)."),
        basis,
        COMMUNES,
        Condition.hasFact(FactFilter.of("peoples-inspection-board")));
  }

  private static ComplianceRule factRule(
      String id,
      Regime regime,
      io.github.qcdc.indicator.Phrase title,
      io.github.qcdc.indicator.Phrase description,
      LegalBasis basis,
      Population population,
      String fact) {
    return define(
        id,
        regime.days(),
        Confidence.CONFIRMED_SECONDARY,
        title,
        description,
        basis,
        population,
        Condition.hasFact(FactFilter.of(fact)));
  }
}

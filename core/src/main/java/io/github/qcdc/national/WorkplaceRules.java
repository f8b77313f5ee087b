package io.github.qcdc.national;

import static io.github.qcdc.national.Rules.define;
import static io.github.qcdc.national.Rules.phrase;
import static io.github.qcdc.national.Rules.typeWith;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.LegalBasis;

/**
 * The national rules of agencies, workplaces, citizen reception and dialogue (VN-R15 to VN-R24).
 */
final class WorkplaceRules {
  /**
   * The commune dialogue's basis from 2025-06-16: Article 43 of Law 72/2025/QH15 (at least once a
   * year, or when 10% of the commune's voters ask; notice 7 days ahead; results within 10 days), as
   * daibieunhandan.vn's Q&A no. 20 states it [C-sec]. Before it, from 2025-03-01, Law 65/2025/QH15
   * (Article 24 by the review, not verified here) laid the same yearly duty.
   */
  private static final LegalBasis LOCAL_GOVERNMENT_2025 =
      LegalBasis.of("Luật Tổ chức chính quyền địa phương 72/2025/QH15", "Điều 43");

  /** Parameter: days a year the commune chair receives citizens (one a week). */
  static final String MIN_RECEPTION_DAYS = "minReceptionDaysPerYear";

  /** Parameter: commune dialogues with the people a year (national floor 1; Nghệ An 2). */
  static final String MIN_DIALOGUES = "minDialoguesPerYear";

  /** Parameter: a province's own yearly target of commune dialogues (VN-R24). */
  static final String PROVINCIAL_DIALOGUES = "provincialDialoguesPerYear";

  private static final Population AGENCIES =
      Population.organizations(OrganizationKind.STATE_AGENCY, OrganizationKind.PUBLIC_SERVICE_UNIT);
  private static final Population ENTERPRISES =
      Population.organizations(OrganizationKind.ENTERPRISE);
  private static final ActivityFilter WORKPLACE_DIALOGUE =
      typeWith(ActivityType.DIALOGUE, "with", "workers");
  private static final ActivityFilter PEOPLE_DIALOGUE =
      typeWith(ActivityType.DIALOGUE, "with", "people");
  private static final String LAW = "Luật 10/2022/QH15";

  private WorkplaceRules() {}

  static ImmutableList<ComplianceRule> all() {
    return ImmutableList.of(
        define(
            "VN-R15",
            Regime.DECREE_04_2015.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Công khai đúng hạn ở cơ quan (chế độ cũ)", "Agency disclosure on time"),
            phrase(
                "Công khai chậm nhất 3 ngày làm việc sau ngày ban hành (thuộc tính issued-date;"
                    + " hạn 5 ngày của trường hợp đặc biệt không được xét) và niêm yết ít nhất 30"
                    + " ngày liên tục (số lượng posted-days).",
                "Disclosed at most 3 working days after issue (attribute issued-date; the 5 days"
                    + " of special cases are not considered) and posted at least 30 consecutive"
                    + " days (quantity posted-days)."),
            LegalBasis.of("NĐ 04/2015/NĐ-CP", "Điều 8").withClause("khoản 2"),
            Population.events(
                ActivityFilter.allOf(
                    ActivityFilter.type(ActivityType.PUBLIC_DISCLOSURE),
                    ActivityFilter.organisedBy(
                        OrganizationKind.STATE_AGENCY, OrganizationKind.PUBLIC_SERVICE_UNIT))),
            Condition.allOf(
                Condition.eventWithinWorkingDaysAfter("issued-date", 3),
                Condition.eventQuantityAtLeast("posted-days", 30))),
        define(
            "VN-R16",
            Regime.LAW_2022.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase(
                "Hội nghị cán bộ, công chức, viên chức hằng năm", "Annual officials' conference"),
            phrase(
                "Cơ quan, đơn vị tổ chức hội nghị trong 3 tháng (tháng dương lịch) sau khi kết thúc"
                    + " năm công tác.",
                "The agency holds the conference within 3 calendar months after the work year"
                    + " ends."),
            LegalBasis.of(LAW, "Điều 51").withClause("khoản 1"),
            AGENCIES,
            Condition.atLeast(
                    1, Measure.count(typeWith(ActivityType.CONFERENCE, "kind", "officials")))
                .withinMonthsAfterYearEnd(3)),
        define(
            "VN-R16.ND04",
            Regime.DECREE_04_2015.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase(
                "Hội nghị cán bộ, công chức, viên chức hằng năm (chế độ cũ)",
                "Annual officials' conference (old regime)"),
            phrase(
                "Cơ quan, đơn vị tổ chức hội nghị thường kỳ mỗi năm một lần (vào cuối năm): kiểm"
                    + " tra có hội nghị trong mỗi năm dương lịch; thời điểm cuối năm và lịch năm"
                    + " học của cơ sở giáo dục không được xét.",
                "The agency holds its regular conference once a year (at year end): a conference"
                    + " in every calendar year is checked; the year-end timing and the school year"
                    + " of educational institutions are not."),
            LegalBasis.of("NĐ 04/2015/NĐ-CP", "Điều 4")
                .withClause("khoản 2")
                .withText("TT 01/2016/TT-BNV, Điều 3"),
            AGENCIES,
            Condition.atLeast(
                    1, Measure.count(typeWith(ActivityType.CONFERENCE, "kind", "officials")))
                .perYear()),
        quorum(
            "VN-R17.TT01",
            Regime.DECREE_04_2015.days(),
            Confidence.CONFIRMED_SECONDARY,
            LegalBasis.of("TT 01/2016/TT-BNV")),
        quorum(
            "VN-R17",
            Regime.LAW_2022.days(),
            Confidence.UNVERIFIED,
            LegalBasis.of(LAW, "Điều 51").withText("tỷ lệ 2/3 chưa kiểm chứng / ratio [U]")),
        define(
            "VN-R18",
            Regime.LAW_2022.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Hội nghị người lao động ở doanh nghiệp nhà nước", "Employee conference (SOE)"),
            phrase(
                "Doanh nghiệp nhà nước (thuộc tính sector = state) tổ chức hội nghị người lao động"
                    + " trong 3 tháng sau khi kết thúc năm tài chính; tỷ lệ người dự là của"
                    + " VN-R18.Q.",
                "A state enterprise (attribute sector = state) holds the employee conference"
                    + " within 3 months after its fiscal year; the attendance is VN-R18.Q's."),
            LegalBasis.of(LAW, "Điều 69"),
            ENTERPRISES.withAttribute("sector", "state"),
            Condition.atLeast(
                    1, Measure.count(typeWith(ActivityType.CONFERENCE, "kind", "employees")))
                .withinMonthsAfterYearEnd(3)),
        quorum(
            "VN-R18.Q",
            Regime.LAW_2022.days(),
            Confidence.UNVERIFIED,
            LegalBasis.of("NĐ 145/2020/NĐ-CP")
                .withText("tỷ lệ 2/3 người được triệu tập chưa kiểm chứng / ratio [U]"),
            "employees",
            phrase("Hội nghị người lao động đủ 2/3", "Employee conference quorum")),
        workplaceDialogue(
            "VN-R19.ND60",
            Regime.WORKPLACE_2013,
            Confidence.CONFIRMED_SECONDARY,
            4,
            phrase(
                "Đối thoại định kỳ 3 tháng một lần: ít nhất 4 lần mỗi năm (khoảng cách 90 ngày không"
                    + " được kiểm tra).",
                "Dialogue every 3 months: at least 4 a year (the 90-day spacing is not checked)."),
            LegalBasis.of("NĐ 60/2013/NĐ-CP")),
        workplaceDialogue(
            "VN-R19.ND149",
            Regime.WORKPLACE_2019,
            Confidence.INFERRED,
            4,
            phrase(
                "Đối thoại định kỳ 3 tháng một lần: ít nhất 4 lần mỗi năm. Bộ luật Lao động 2012"
                    + " giữ nhịp 3 tháng đến hết 2020; NĐ 149/2018/NĐ-CP (hiệu lực 01/01/2019)"
                    + " thay NĐ 60/2013 và hướng dẫn; điều khoản về tần suất chưa kiểm chứng"
                    + " trong văn bản gốc.",
                "Dialogue every 3 months: at least 4 a year. The Labour Code 2012 kept the"
                    + " quarterly rhythm until the end of 2020; NĐ 149/2018/NĐ-CP (in force"
                    + " 2019-01-01) replaced NĐ 60/2013 and details it; the frequency clause is not"
                    + " verified in the primary text."),
            LegalBasis.of("Bộ luật Lao động 2012", "Điều 63")
                .withClause("khoản 2")
                .withText("NĐ 149/2018/NĐ-CP [I]")),
        workplaceDialogue(
            "VN-R19",
            Regime.LABOUR_CODE_2019,
            Confidence.CONFIRMED_SECONDARY,
            1,
            phrase(
                "Đối thoại định kỳ ít nhất 1 lần mỗi năm.",
                "Periodic dialogue at least once a year."),
            LegalBasis.of("Bộ luật Lao động 2019", "Điều 63").withClause("khoản 2")),
        define(
            "VN-R20",
            // NĐ 145/2020 is in force from 2021-02-01 (thuvienphapluat.vn Q&A 52107, quoting
            // Art. 38(2)), a month after the Labour Code 2019
            io.github.qcdc.period.DateInterval.parse("2021-02-01/.."),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Số người tham gia đối thoại", "Dialogue delegation size"),
            phrase(
                "Bên người sử dụng lao động ít nhất 3 người (employer-delegates); bên người lao động"
                    + " (employee-delegates) ít nhất 3, 4 nếu doanh nghiệp có từ 50 lao động, 9 từ"
                    + " 150, 14 từ 300, 19 từ 500, 24 từ 1.000 (employees của tổ chức); chưa biết"
                    + " quy mô thì chỉ dưới 3 (không đạt) hay từ 24 (đạt) là chắc chắn.",
                "At least 3 on the employer's side (employer-delegates); on the employees' side"
                    + " (employee-delegates) at least 3, 4 for employers of 50 employees or more, 9"
                    + " from 150, 14 from 300, 19 from 500, 24 from 1,000 (the organiser's"
                    + " employees); with the size unknown, only below 3 (FAIL) or from 24 (PASS) is"
                    + " certain."),
            LegalBasis.of("NĐ 145/2020/NĐ-CP", "Điều 38").withClause("khoản 1, khoản 2"),
            Population.events(WORKPLACE_DIALOGUE),
            Condition.allOf(
                Condition.eventQuantityAtLeast("employer-delegates", 3),
                Condition.eventQuantityAtLeast("employee-delegates", 3)
                    .fromEmployees(50, 4)
                    .fromEmployees(150, 9)
                    .fromEmployees(300, 14)
                    .fromEmployees(500, 19)
                    .fromEmployees(1000, 24))),
        define(
                "VN-R21",
                Regime.CITIZEN_RECEPTION_2013.days(),
                Confidence.CONFIRMED_SECONDARY,
                phrase("Chủ tịch UBND xã tiếp công dân", "Commune chair receives citizens"),
                phrase(
                    "Ít nhất 1 ngày mỗi tuần, kiểm tra là 52 ngày mỗi năm (không kiểm tra từng"
                        + " tuần).",
                    "At least 1 day a week, checked as 52 days a year (not week by week)."),
                LegalBasis.of("Luật Tiếp công dân 2013", "Điều 15").withClause("khoản 2"),
                Population.units(Tier.COMMUNE),
                Condition.atLeast(
                        Expr.param(MIN_RECEPTION_DAYS),
                        Measure.count(
                            typeWith(ActivityType.CITIZEN_RECEPTION, "by", "commune-chair")))
                    .perYear())
            .withParameter(MIN_RECEPTION_DAYS, 52),
        partyReception("VN-R22.COMMUNE", Tier.COMMUNE, 24, Regime.PARTY_RECEPTION_2019.days()),
        partyReception(
            "VN-R22.DISTRICT",
            Tier.DISTRICT,
            12,
            Rules.whileDistrictsExisted(Regime.PARTY_RECEPTION_2019)),
        partyReception("VN-R22.PROVINCE", Tier.PROVINCE, 12, Regime.PARTY_RECEPTION_2019.days()),
        define(
                "VN-R23",
                Regime.LOCAL_GOVERNMENT_2025.days(),
                Confidence.CONFIRMED_SECONDARY,
                phrase("Chính quyền xã đối thoại với Nhân dân", "Commune dialogue with the people"),
                phrase(
                    "Ít nhất 1 hội nghị đối thoại mỗi năm (hoạt động dialogue, with = people);"
                        + " thông báo trước 7 ngày là VN-R23.NOTICE. Không kiểm tra: đối thoại khi"
                        + " ít nhất 10% cử tri của xã yêu cầu, công bố kết quả trong 10 ngày. Từ"
                        + " 16/6/2025 là Điều 43 Luật 72/2025/QH15; từ 01/3/2025 đến 15/6/2025 là"
                        + " Luật 65/2025/QH15 (Điều 24, chưa kiểm chứng), cùng nghĩa vụ mỗi năm.",
                    "At least 1 dialogue conference a year (activity dialogue, with = people); the"
                        + " 7-day notice is VN-R23.NOTICE. Not checked: a dialogue when at least 10%"
                        + " of the commune's voters ask, results published within 10 days. From"
                        + " 2025-06-16 Article 43 of Law 72/2025/QH15; from 2025-03-01 to"
                        + " 2025-06-15 Law 65/2025/QH15 (Article 24, not verified), the same"
                        + " yearly duty."),
                LOCAL_GOVERNMENT_2025,
                Population.units(Tier.COMMUNE),
                Condition.atLeast(Expr.param(MIN_DIALOGUES), Measure.count(PEOPLE_DIALOGUE))
                    .perYear())
            .withParameter(MIN_DIALOGUES, 1),
        define(
            "VN-R23.NOTICE",
            Regime.LOCAL_GOVERNMENT_2025.days(),
            Confidence.CONFIRMED_SECONDARY,
            phrase("Thông báo đối thoại trước 7 ngày", "Dialogue announced 7 days ahead"),
            phrase(
                "Hội nghị đối thoại được thông báo trước ít nhất 7 ngày (thuộc tính notice-date).",
                "The dialogue conference is announced at least 7 days ahead (attribute"
                    + " notice-date)."),
            LOCAL_GOVERNMENT_2025,
            Population.events(PEOPLE_DIALOGUE),
            Condition.eventNoticeDays("notice-date", 7)),
        define(
                "VN-R24",
                Regime.PROVINCIAL.days(),
                Confidence.INFERRED,
                phrase("Chỉ tiêu đối thoại của tỉnh", "Provincial target of commune dialogues"),
                phrase(
                    "Chủ tịch HĐND, UBND xã đối thoại với Nhân dân ít nhất k lần mỗi năm, k do tỉnh"
                        + " đặt (Nghệ An: 2).",
                    "Commune council and committee chairs hold at least k dialogues with the"
                        + " people a year, k set by the province (Nghệ An: 2)."),
                LegalBasis.of("Văn bản của tỉnh [U]"),
                Population.units(Tier.COMMUNE),
                Condition.atLeast(Expr.param(PROVINCIAL_DIALOGUES), Measure.count(PEOPLE_DIALOGUE))
                    .perYear())
            .withParameter(PROVINCIAL_DIALOGUES, 1));
  }

  private static ComplianceRule quorum(
      String id, DateInterval days, Confidence confidence, LegalBasis basis) {
    return quorum(
        id,
        days,
        confidence,
        basis,
        "officials",
        phrase("Hội nghị cán bộ, công chức đủ 2/3", "Officials' conference quorum"));
  }

  /** At least 2/3 of those convened attend each conference of {@code kind}. */
  private static ComplianceRule quorum(
      String id,
      DateInterval days,
      Confidence confidence,
      LegalBasis basis,
      String kind,
      Phrase title) {
    return define(
        id,
        days,
        confidence,
        title,
        phrase(
            "Ít nhất 2/3 số người được triệu tập dự (attending trên convened).",
            "At least 2/3 of those convened attend (attending over convened)."),
        basis,
        Population.events(typeWith(ActivityType.CONFERENCE, "kind", kind)),
        Condition.eventShareAtLeast("attending", "convened", 2, 3));
  }

  private static ComplianceRule workplaceDialogue(
      String id,
      Regime regime,
      Confidence confidence,
      long perYear,
      Phrase description,
      LegalBasis basis) {
    return define(
        id,
        regime.days(),
        confidence,
        phrase("Đối thoại định kỳ tại nơi làm việc", "Workplace periodic dialogue"),
        description,
        basis,
        ENTERPRISES,
        Condition.atLeast(perYear, Measure.count(WORKPLACE_DIALOGUE)).perYear());
  }

  private static ComplianceRule partyReception(
      String id, Tier tier, long perYear, DateInterval days) {
    String monthly = tier == Tier.COMMUNE ? "2 ngày" : "1 ngày";
    return define(
        id,
        days,
        Confidence.CONFIRMED,
        phrase(
            "Người đứng đầu cấp ủy " + tier.vietnamese() + " tiếp công dân",
            "Party committee head receives citizens, " + tier.english()),
        phrase(
            "Ít nhất " + monthly + " mỗi tháng, kiểm tra là " + perYear + " ngày mỗi năm.",
            "At least " + (perYear / 12) + " day(s) a month, checked as " + perYear + " a year."),
        LegalBasis.of("Quy định 11-QĐi/TW").withText("Kết luận 215 (2025)"),
        Population.units(tier),
        Condition.atLeast(
                perYear,
                Measure.count(
                    ActivityFilter.allOf(
                        typeWith(ActivityType.CITIZEN_RECEPTION, "by", "party-head"),
                        ActivityFilter.tier(tier))))
            .perYear());
  }
}

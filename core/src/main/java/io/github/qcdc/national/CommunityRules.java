package io.github.qcdc.national;

import static io.github.qcdc.national.Rules.define;
import static io.github.qcdc.national.Rules.phrase;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.LegalBasis;

/**
 * The national rules of village conventions (hương ước, quy ước) under NĐ 61/2023/NĐ-CP, VN-R26 to
 * VN-R28: adopted by more than half of the households, sent for recognition and recognised within 5
 * working days each. Sources (secondary, quoting the decree): thuvienphapluat.vn's Q&A on Art. 10
 * (adoption) and baodaknong.vn's "Trình tự, thủ tục công nhận hương ước, quy ước" (the two
 * deadlines, which it quotes without the article's number: the basis says so). Their basis is
 * verified up to the reform of 2025-07-01, like the commune rules the reform may have touched.
 */
final class CommunityRules {
  private static final String DECREE = "NĐ 61/2023/NĐ-CP";

  /** The recognition procedure, whose article number no source I read states. */
  private static final String PROCEDURE =
      "trình tự, thủ tục công nhận hương ước, quy ước (số điều chưa kiểm chứng / article not"
          + " verified)";

  private CommunityRules() {}

  static ImmutableList<ComplianceRule> all() {
    return ImmutableList.<ComplianceRule>builder()
        .addAll(conventions())
        .add(
            define(
                "VN-R29",
                Regime.LAW_2022.days(),
                Confidence.CONFIRMED_SECONDARY,
                phrase("Thời gian lấy ý kiến Nhân dân", "Consultation period"),
                phrase(
                    "UBND cấp xã lấy ý kiến Nhân dân ít nhất 20 ngày kể từ ngày công khai nội dung"
                        + " (hoạt động consultation vào ngày kết thúc lấy ý kiến, thuộc tính"
                        + " published-date).",
                    "The commune consults the people for at least 20 days from the day the"
                        + " content is made public (activity consultation on the day it closes,"
                        + " attribute published-date)."),
                LegalBasis.of("Luật 10/2022/QH15", "Điều 28").withClause("khoản 2"),
                Population.events(ActivityFilter.type(Rules.CONSULTATION)),
                Condition.eventNoticeDays("published-date", 20)))
        .build();
  }

  private static ImmutableList<ComplianceRule> conventions() {
    return ImmutableList.of(
            define(
                "VN-R26",
                Regime.DECREE_61_2023.days(),
                Confidence.CONFIRMED_SECONDARY,
                phrase("Hương ước được thông qua hợp lệ", "Village convention validly adopted"),
                phrase(
                    "Quá 50% tổng số đại diện hộ gia đình tán thành (số lượng votes-for trên"
                        + " households), tại cuộc họp hoặc bằng phiếu; số hộ dự họp không được"
                        + " xét.",
                    "More than 50% of all household representatives approve (votes-for over"
                        + " households), at a meeting or by ballot; the meeting's attendance is"
                        + " not checked."),
                LegalBasis.of(DECREE, "Điều 10"),
                Population.events(ActivityFilter.type(Rules.CONVENTION_ADOPTED)),
                Condition.eventShareAbove("votes-for", "households", 1, 2)),
            define(
                "VN-R27",
                Regime.DECREE_61_2023.days(),
                Confidence.CONFIRMED_SECONDARY,
                phrase("Gửi hồ sơ công nhận hương ước đúng hạn", "Convention sent on time"),
                phrase(
                    "Trưởng thôn, Tổ trưởng tổ dân phố gửi hồ sơ đề nghị công nhận tới UBND cấp"
                        + " xã chậm nhất 5 ngày làm việc sau ngày thông qua (thuộc tính"
                        + " adopted-date).",
                    "The village head sends the convention to the commune People's Committee at"
                        + " most 5 working days after it was adopted (attribute adopted-date)."),
                LegalBasis.of(DECREE).withText(PROCEDURE),
                Population.events(ActivityFilter.type(Rules.CONVENTION_SUBMITTED)),
                Condition.eventWithinWorkingDaysAfter("adopted-date", 5)),
            define(
                "VN-R28",
                Regime.DECREE_61_2023.days(),
                Confidence.CONFIRMED_SECONDARY,
                phrase("Công nhận hương ước đúng hạn", "Convention recognised on time"),
                phrase(
                    "UBND cấp xã quyết định công nhận chậm nhất 5 ngày làm việc sau ngày nhận đủ"
                        + " hồ sơ (thuộc tính dossier-received-date).",
                    "The commune People's Committee decides the recognition at most 5 working"
                        + " days after it received the complete dossier (attribute"
                        + " dossier-received-date)."),
                LegalBasis.of(DECREE).withText(PROCEDURE),
                Population.events(ActivityFilter.type(Rules.CONVENTION_RECOGNISED)),
                Condition.eventWithinWorkingDaysAfter("dossier-received-date", 5)))
        .stream()
        .map(r -> r.withVerifiedUntil(CommuneRules.BASIS_VERIFIED_UNTIL))
        .collect(ImmutableList.toImmutableList());
  }
}

package io.github.qcdc.examples.nghean;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qcdc.indicator.Phrase;

/**
 * One figure the seed report states, by the id the claim extractor gives it ({@code L35:460/460}),
 * and where qcdc computes it.
 *
 * @param claimId the extracted claim's id
 * @param how how the claim is checked
 * @param target the indicator or parameter it is checked against; empty when absent
 * @param parts for {@link How#PARTS}, the indicator of each part, by the report's label
 * @param absence why it is not reproduced, when it is not
 */
public record SeedFigure(
    String claimId, How how, String target, ImmutableMap<String, String> parts, Phrase absence) {

  /** How a claim is checked. */
  public enum How {
    /** Against an indicator's value. */
    VALUE,
    /** A total and its parts by level against an indicator broken down by tier. */
    LEVELS,
    /** A total and its parts against an indicator each ({@code đảng bộ cơ sở} 778). */
    PARTS,
    /** A range that holds every year, against each year of an indicator broken down by year. */
    EVERY_YEAR,
    /** A norm against the pack's parameter of that name. */
    PARAMETER,
    /** Not reproduced; {@link #absence} says why. */
    ABSENT
  }

  private static final Phrase NONE = Phrase.of("-", "-");
  private static final Phrase GEOGRAPHY =
      Phrase.of(
          "số liệu địa lý, dân số: không phải hồ sơ QCDC",
          "geography or population statistics, not grassroots-democracy records");

  static SeedFigure value(String claimId, String indicator) {
    return of(claimId, How.VALUE, indicator);
  }

  static SeedFigure of(String claimId, How how, String target) {
    return new SeedFigure(claimId, how, target, ImmutableMap.of(), NONE);
  }

  static SeedFigure absent(String claimId, Phrase why) {
    return new SeedFigure(claimId, How.ABSENT, "", ImmutableMap.of(), why);
  }

  /** Every figure the claim extractor finds in the seed report, in the report's order. */
  public static ImmutableList<SeedFigure> all() {
    return ImmutableList.of(
        absent("L7:468 km và", GEOGRAPHY),
        absent("L7:82 km bờ biển", GEOGRAPHY),
        absent("L7:15,36%", GEOGRAPHY),
        absent("L7:trên 365.000 tín đồ", GEOGRAPHY),
        value("L7:21 huyện", "na-districts"),
        value("L7:460 xã", "na-communes"),
        value("L7:3.804 khối", "na-villages"),
        value("L7:11/21", "na-mountain-districts"),
        value("L7:252 xã", "na-mountain-communes"),
        value("L7:28 đảng bộ trực thuộc", "na-party-organisations"),
        new SeedFigure(
            "L7:1.454 tổ chức cơ sở đảng (trong đó có 778 đảng bộ cơ sở và 676 chi bộ cơ sở",
            How.PARTS,
            "na-grassroots-party",
            ImmutableMap.of(
                "đảng bộ cơ sở", "na-grassroots-party-committees",
                "chi bộ cơ sở", "na-grassroots-party-cells"),
            NONE),
        value("L7:192.794 đảng viên", "na-party-members"),
        value("L13:21/21", "na-kl120-plans-district"),
        value("L13:7/7", "na-kl120-plans-other"),
        value("L13:28/28", "na-kl120-review-plans"),
        value("L17:480/480", "na-dialogue-2018-communes"),
        value("L17:1.034 đại biểu tham gia", "na-dialogue-2018-delegates"),
        value("L17:100%", "na-kl120-5y-review"),
        value("L21:42 cuộc giám sát chuyên", "na-council-supervisions"),
        of(
            "L27:2.849 cuộc giám sát, trong đó: Cấp tỉnh: 15 cuộc, cấp huyện: 226 cuộc, cấp xã:"
                + " 2.608 cuộc",
            How.LEVELS,
            "na-front-supervisions"),
        of(
            "L27:1.014 cuộc, trong đó: Cấp tỉnh: 7 cuộc, cấp huyện: 51 cuộc, cấp xã: 956 cuộc",
            How.LEVELS,
            "na-front-critiques"),
        of("L27:tối thiểu 02 lần", How.PARAMETER, NgheAnPack.MIN_DIALOGUES),
        value("L31:21/21", "na-steering-district"),
        absent(
            "L31:100%",
            Phrase.of(
                "báo cáo không nêu số sở, ban, ngành cấp tỉnh",
                "the report does not say how many provincial departments there are")),
        value("L31:10 kế hoạch", "na-steering-plans"),
        value("L31:125 cuộc kiểm tra QCDC", "na-inspections"),
        value("L31:hơn 350 lượt đơn vị được", "na-units-inspected"),
        value("L31:371 điểm sáng về thực", "na-bright-spots"),
        value("L35:06 đơn vị cấp huyện", "na-ntm-districts"),
        value("L35:281/411 xã về đích nông thôn mới, đạt 68,13%", "na-ntm-communes"),
        value("L35:460/460", "na-pib"),
        value("L35:7.676 cuộc giám sát", "na-pib-supervisions"),
        value("L35:7.664 cuộc giám sát", "na-cisb-supervisions"),
        absent(
            "L39:100%",
            Phrase.of(
                "báo cáo không nêu số cơ quan, đơn vị đã sửa đổi quy chế",
                "the report does not say how many agencies amended their working rules")),
        value("L39:100%#2", "na-officials-conferences"),
        value("L45:22.360 doanh nghiệp", "na-enterprises"),
        value("L45:81%", "na-collective-agreements"),
        of("L45:từ 55% đến 60%", How.EVERY_YEAR, "na-enterprise-dialogues"));
  }
}

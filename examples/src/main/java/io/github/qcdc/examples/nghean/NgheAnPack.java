package io.github.qcdc.examples.nghean;

import static io.github.qcdc.examples.nghean.PackParts.committees;
import static io.github.qcdc.examples.nghean.PackParts.communeLeaderDialogue;
import static io.github.qcdc.examples.nghean.PackParts.counted;
import static io.github.qcdc.examples.nghean.PackParts.frontAnd;
import static io.github.qcdc.examples.nghean.PackParts.grassroots;
import static io.github.qcdc.examples.nghean.PackParts.grassrootsMeasure;
import static io.github.qcdc.examples.nghean.PackParts.hasFact;
import static io.github.qcdc.examples.nghean.PackParts.newRural;
import static io.github.qcdc.examples.nghean.PackParts.organisedBy;
import static io.github.qcdc.examples.nghean.PackParts.ratio;
import static io.github.qcdc.examples.nghean.PackParts.reported;
import static io.github.qcdc.examples.nghean.PackParts.steering;
import static io.github.qcdc.examples.nghean.PackParts.type;
import static io.github.qcdc.examples.nghean.PackParts.values;

import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;

/**
 * The indicators and the rule that reproduce the figures of Nghệ An's report on five years of Kết
 * luận 120-KL/TW (2016-2020), for either bundled dataset.
 *
 * <p>Every count is a {@link Measure#sumOf sum} of the activities recorded one by one and of the
 * aggregate data values reported for the same thing, as provinces collect both: the as-reported
 * dataset holds the report's totals as data values, the simulated one holds events, and the same
 * pack gives the same totals on both. Denominators of units come from the gazetteer ({@link
 * Measure#subjects}), never from a constant.
 */
public final class NgheAnPack {
  /** The pack's id. */
  public static final String ID = "nghe-an-kl120";

  /** The report's period. */
  public static final ReportingPeriod PERIOD = ReportingPeriod.parse("2016/2020");

  /** The dialogue rule's parameter: dialogues of the commune chairs with the people a year. */
  public static final String MIN_DIALOGUES = "minDialoguesPerYear";

  /** The commune dialogue rule's id. */
  public static final String DIALOGUE_RULE = "na-dialogues";

  /** An activity type of the report's own practice: a "bright spot" of democracy recognised. */
  public static final ActivityType BRIGHT_SPOT = ActivityType.of("bright-spot");

  /** The attribute of party committees directly under the provincial committee. */
  static final String UNDER = "under";

  /** The value of {@link #UNDER} for the provincial committee. */
  static final String PROVINCIAL_COMMITTEE = "tinh-uy";

  /** The attribute that groups the 28: district-level committees and the other seven. */
  static final String GROUP = "group";

  private NgheAnPack() {}

  /** The pack. */
  public static RulePack pack() {
    return RulePack.of(ID, "2021.1")
        .with(dialogues())
        .withParameter(MIN_DIALOGUES, 2)
        .with(structure())
        .with(leadership())
        .with(activities())
        .with(coverage())
        .with(enterprises());
  }

  private static ComplianceRule dialogues() {
    return ComplianceRule.of(
            DIALOGUE_RULE,
            Phrase.of(
                "Chủ tịch HĐND, UBND xã đối thoại với Nhân dân",
                "Commune council and committee chairs hold dialogues with the people"),
            LegalBasis.of(
                "Tiêu chuẩn của tỉnh Nghệ An (tối thiểu 02 lần/năm), nêu trong báo cáo 5 năm thực"
                    + " hiện Kết luận 120-KL/TW; không phải quy định quốc gia"),
            Population.units(Tier.COMMUNE),
            Condition.atLeast(Expr.param(MIN_DIALOGUES), Measure.count(type(ActivityType.DIALOGUE)))
                .perYear())
        .withParameter(MIN_DIALOGUES, 1);
  }

  private static Indicator[] structure() {
    return new Indicator[] {
      Indicator.measure("na-districts", Measure.subjects(Population.units(Tier.DISTRICT)))
          .withTitle("Đơn vị hành chính cấp huyện", "District-level units")
          .by(Breakdown.UNIT_TYPE)
          .withFormat(FigureFormat.counting("huyện, thành phố, thị xã", "district-level units")),
      Indicator.measure("na-communes", Measure.subjects(Population.units(Tier.COMMUNE)))
          .withTitle("Đơn vị hành chính cấp xã", "Commune-level units")
          .by(Breakdown.UNIT_TYPE)
          .withFormat(FigureFormat.counting("xã, phường, thị trấn", "communes")),
      reported("na-villages", "villages", "Khối, xóm, bản", "Villages", "khối, xóm, bản"),
      Indicator.ratio(
              "na-mountain-districts",
              values("mountain-districts"),
              Measure.subjects(Population.units(Tier.DISTRICT)))
          .withTitle("Huyện, thị xã miền núi", "Mountain district-level units")
          .withFormat(FigureFormat.counting("huyện, thị xã", "district-level units")),
      reported(
          "na-mountain-communes",
          "mountain-communes",
          "Xã, thị trấn miền núi",
          "Mountain communes",
          "xã, thị trấn"),
      Indicator.measure(
              "na-party-organisations",
              Measure.subjects(
                  Population.organizations(OrganizationKind.PARTY_COMMITTEE)
                      .withAttribute(UNDER, PROVINCIAL_COMMITTEE)))
          .withTitle(
              "Đảng bộ trực thuộc Tỉnh ủy", "Party organisations under the provincial committee")
          .withFormat(FigureFormat.counting("đảng bộ", "party organisations")),
      grassroots("na-grassroots-party-committees", OrganizationKind.GRASSROOTS_PARTY_COMMITTEE),
      grassroots("na-grassroots-party-cells", OrganizationKind.GRASSROOTS_PARTY_CELL),
      Indicator.measure(
              "na-grassroots-party",
              Measure.sumOf(
                  grassrootsMeasure(OrganizationKind.GRASSROOTS_PARTY_COMMITTEE),
                  grassrootsMeasure(OrganizationKind.GRASSROOTS_PARTY_CELL)))
          .withTitle("Tổ chức cơ sở đảng", "Grassroots party organisations")
          .withFormat(
              FigureFormat.counting("tổ chức cơ sở đảng", "grassroots party organisations")),
      reported("na-party-members", "party-members", "Đảng viên", "Party members", "đảng viên"),
    };
  }

  private static Indicator[] leadership() {
    Population districtCommittees = committees("district");
    return new Indicator[] {
      Indicator.coverage("na-kl120-plans-district", districtCommittees, hasFact("kl120-plan"))
          .withTitle(
              "Huyện, thành, thị ủy ban hành kế hoạch thực hiện Kết luận 120",
              "District-level committees that issued a plan for Conclusion 120"),
      Indicator.coverage("na-kl120-plans-other", committees("other"), hasFact("kl120-plan"))
          .withTitle(
              "Đảng ủy trực thuộc khác ban hành kế hoạch thực hiện Kết luận 120",
              "Other committees under the province that issued a plan for Conclusion 120"),
      Indicator.coverage(
              "na-kl120-review-plans",
              Population.organizations(OrganizationKind.PARTY_COMMITTEE)
                  .withAttribute(UNDER, PROVINCIAL_COMMITTEE),
              Condition.allOf(hasFact("kl120-review-3y-plan"), hasFact("kl120-review-5y-plan")))
          .withTitle(
              "Đơn vị trực thuộc Tỉnh ủy ban hành kế hoạch sơ kết 3 năm và 5 năm",
              "Units under the provincial committee with 3-year and 5-year review plans"),
      ratio(
              "na-dialogue-2018-communes",
              Measure.sumOf(
                  Measure.sum(communeLeaderDialogue(), "communes"),
                  values("leader-dialogue-communes")),
              values("communes-before-merges"))
          .withTitle(
              "Xã có lãnh đạo dự đối thoại với Thường trực Tỉnh ủy năm 2018",
              "Communes whose leaders met the provincial standing committee in 2018"),
      Indicator.measure(
              "na-dialogue-2018-delegates",
              Measure.sumOf(
                  Measure.sum(communeLeaderDialogue(), "participants"),
                  values("leader-dialogue-delegates")))
          .withTitle("Đại biểu dự đối thoại năm 2018", "Delegates at the 2018 dialogue")
          .withFormat(FigureFormat.counting("đại biểu", "delegates")),
      Indicator.coverage(
              "na-kl120-5y-review",
              Population.organizations(
                  OrganizationKind.PARTY_COMMITTEE,
                  OrganizationKind.GRASSROOTS_PARTY_COMMITTEE,
                  OrganizationKind.GRASSROOTS_PARTY_CELL),
              hasFact("kl120-5y-reviewed"))
          .withTitle(
              "Cấp ủy, tổ chức đảng đã sơ kết 5 năm Kết luận 120",
              "Party committees that reviewed five years of Conclusion 120"),
      Indicator.coverage(
              "na-steering-district",
              Population.organizations(OrganizationKind.STEERING_COMMITTEE)
                  .withAttribute("level", "district"),
              hasFact("assessed-effective"))
          .withTitle(
              "BCĐ QCDC cấp huyện hoạt động hiệu quả",
              "District-level steering committees assessed effective"),
    };
  }

  private static Indicator[] activities() {
    return new Indicator[] {
      counted(
          "na-council-supervisions",
          ActivityFilter.allOf(
              type(ActivityType.SUPERVISION),
              ActivityFilter.organisedBy(OrganizationKind.PEOPLES_COUNCIL),
              ActivityFilter.tier(Tier.PROVINCE)),
          "council-thematic-supervisions",
          "Giám sát chuyên đề của HĐND tỉnh",
          "Thematic supervisions by the provincial People's Council",
          "cuộc"),
      counted(
              "na-front-supervisions",
              frontAnd(ActivityType.SUPERVISION),
              "front-supervisions",
              "Giám sát của Mặt trận và các đoàn thể",
              "Supervisions by the Fatherland Front and mass organisations",
              "cuộc")
          .by(Breakdown.TIER),
      counted(
              "na-front-critiques",
              frontAnd(ActivityType.SOCIAL_CRITIQUE),
              "front-critiques",
              "Phản biện xã hội của Mặt trận và các đoàn thể",
              "Social critiques by the Fatherland Front and mass organisations",
              "cuộc")
          .by(Breakdown.TIER),
      Indicator.complianceRate("na-dialogues-rate", DIALOGUE_RULE)
          .withTitle(
              "Xã đạt số lần đối thoại với Nhân dân mỗi năm",
              "Communes meeting the yearly number of dialogues")
          .by(Breakdown.unitAt(Tier.DISTRICT))
          .withFormat(FigureFormat.counting("xã", "communes")),
      counted(
          "na-steering-plans",
          steering(ActivityType.PLAN_ISSUED),
          "steering-plans",
          "Kế hoạch, hướng dẫn của BCĐ",
          "Plans and guides of the steering committees",
          "kế hoạch, hướng dẫn"),
      counted(
              "na-inspections",
              steering(ActivityType.INSPECTION),
              "steering-inspections",
              "Kiểm tra QCDC của BCĐ",
              "Inspections by the steering committees",
              "cuộc")
          .by(Breakdown.YEAR),
      Indicator.measure(
              "na-units-inspected",
              Measure.sumOf(
                  Measure.sum(steering(ActivityType.INSPECTION), "units-inspected"),
                  values("units-inspected")))
          .withTitle("Lượt đơn vị được kiểm tra", "Units inspected")
          .withFormat(FigureFormat.counting("lượt đơn vị", "unit inspections")),
      counted(
              "na-bright-spots",
              type(BRIGHT_SPOT),
              "bright-spots",
              "Điểm sáng QCDC",
              "Bright spots of grassroots democracy",
              "điểm sáng")
          .by(Breakdown.YEAR),
      counted(
              "na-pib-supervisions",
              organisedBy(ActivityType.SUPERVISION, OrganizationKind.PEOPLES_INSPECTION_BOARD),
              "pib-supervisions",
              "Giám sát của Ban thanh tra nhân dân",
              "Supervisions by People's Inspection Boards",
              "cuộc")
          .by(Breakdown.YEAR),
      counted(
              "na-cisb-supervisions",
              organisedBy(
                  ActivityType.SUPERVISION,
                  OrganizationKind.COMMUNITY_INVESTMENT_SUPERVISION_BOARD),
              "cisb-supervisions",
              "Giám sát của Ban giám sát đầu tư cộng đồng",
              "Supervisions by community investment supervision boards",
              "cuộc")
          .by(Breakdown.YEAR),
    };
  }

  private static Indicator[] coverage() {
    return new Indicator[] {
      Indicator.measure(
              "na-ntm-districts", Measure.subjectsWith(Population.units(Tier.DISTRICT), newRural()))
          .withTitle(
              "Đơn vị cấp huyện đạt chuẩn nông thôn mới",
              "District-level units at the new-rural standard")
          .withFormat(FigureFormat.counting("đơn vị cấp huyện", "district-level units")),
      Indicator.coverage(
              "na-ntm-districts-share",
              Population.units(Tier.DISTRICT),
              Condition.hasFact(newRural()))
          .withTitle(
              "Tỷ lệ đơn vị cấp huyện đạt chuẩn nông thôn mới",
              "Share of district-level units at the new-rural standard")
          .withFormat(FigureFormat.counting("đơn vị cấp huyện", "district-level units")),
      Indicator.ratio(
              "na-ntm-communes",
              Measure.sumOf(
                  Measure.subjectsWith(Population.units(Tier.COMMUNE, UnitType.XA), newRural()),
                  values("new-rural-xa")),
              Measure.subjects(Population.units(Tier.COMMUNE, UnitType.XA)))
          .withTitle("Xã đạt chuẩn nông thôn mới", "Xã at the new-rural standard")
          .withFormat(FigureFormat.counting("xã", "xã")),
      Indicator.coverage(
              "na-pib", Population.units(Tier.COMMUNE), hasFact("peoples-inspection-board"))
          .withTitle(
              "Xã, phường, thị trấn có Ban thanh tra nhân dân",
              "Communes with a People's Inspection Board")
          .by(Breakdown.unitAt(Tier.DISTRICT))
          .withFormat(FigureFormat.counting("xã, phường, thị trấn", "communes")),
      Indicator.coverage(
              "na-officials-conferences",
              Population.units(Tier.DISTRICT),
              hasFact("officials-conference-held"))
          .withTitle(
              "Đơn vị cấp huyện tổ chức hội nghị cán bộ, công chức",
              "District-level units that held the conference of officials")
          .withFormat(FigureFormat.counting("đơn vị", "units")),
    };
  }

  private static Indicator[] enterprises() {
    return new Indicator[] {
      reported("na-enterprises", "enterprises", "Doanh nghiệp", "Enterprises", "doanh nghiệp"),
      ratio(
              "na-collective-agreements",
              values("enterprises-union-agreement"),
              values("enterprises-with-union"))
          .withTitle(
              "Doanh nghiệp có công đoàn đã ký thỏa ước lao động tập thể",
              "Enterprises with a union that signed a collective labour agreement")
          .withFormat(FigureFormat.counting("doanh nghiệp", "enterprises").withPercentDecimals(0)),
      ratio(
              "na-enterprise-dialogues",
              values("enterprises-holding-dialogue"),
              values("enterprises-reporting"))
          .withTitle(
              "Doanh nghiệp tổ chức đối thoại với người lao động",
              "Enterprises that held a dialogue with their workers")
          .by(Breakdown.YEAR)
          .withFormat(FigureFormat.counting("doanh nghiệp", "enterprises").withPercentDecimals(0)),
    };
  }
}

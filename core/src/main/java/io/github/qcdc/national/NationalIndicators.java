package io.github.qcdc.national;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.rule.Confidence;

/**
 * The national indicators (VN-I01 to VN-I08): counts and ratios of reporting practice, each adding
 * the records kept one by one to the aggregate data values reported for the same thing.
 */
final class NationalIndicators {
  private NationalIndicators() {}

  /** An indicator's catalogue entry: what it is for and how sure its basis is. */
  record Entry(Phrase description, String basis, Confidence confidence) {}

  static ImmutableList<Indicator> all() {
    return ImmutableList.of(
        Indicator.measure("VN-I01", frontCount(ActivityType.SUPERVISION, "front-supervisions"))
            .withTitle("Số cuộc giám sát theo cấp", "Supervision sessions by level")
            .by(Breakdown.TIER)
            .withFormat(FigureFormat.counting("cuộc", "sessions")),
        Indicator.measure("VN-I02", frontCount(ActivityType.SOCIAL_CRITIQUE, "front-critiques"))
            .withTitle("Số cuộc phản biện xã hội theo cấp", "Social-critique sessions by level")
            .by(Breakdown.TIER)
            .withFormat(FigureFormat.counting("cuộc", "sessions")),
        Indicator.coverage(
                "VN-I03",
                Population.units(Tier.COMMUNE),
                Condition.hasFact(FactFilter.of("peoples-inspection-board")))
            .withTitle("Tỷ lệ xã có Ban thanh tra nhân dân", "Communes with an Inspection Board")
            .by(Breakdown.unitAt(Tier.PROVINCE))
            .withFormat(FigureFormat.counting("xã, phường", "communes")),
        Indicator.ratio(
                "VN-I04",
                Measure.sumOf(
                    Measure.subjectsWith(
                        Population.units(Tier.COMMUNE, UnitType.XA),
                        FactFilter.of("new-rural-standard")),
                    Measure.dataValues(DataElement.of("new-rural-xa"))),
                Measure.subjects(Population.units(Tier.COMMUNE, UnitType.XA)))
            .withTitle("Tỷ lệ xã đạt chuẩn nông thôn mới", "Xã at the new-rural standard")
            .onZeroDenominator(Indicator.ZeroDenominator.UNDEFINED)
            .withFormat(FigureFormat.counting("xã", "xã")),
        Indicator.ratio(
                "VN-I05",
                Measure.sumOf(
                    Measure.subjectsWith(
                        Population.organizations(OrganizationKind.ENTERPRISE),
                        FactFilter.of("collective-agreement")),
                    Measure.dataValues(DataElement.of("enterprises-union-agreement"))),
                Measure.sumOf(
                    Measure.subjectsWith(
                        Population.organizations(OrganizationKind.ENTERPRISE),
                        FactFilter.of("trade-union")),
                    Measure.dataValues(DataElement.of("enterprises-with-union"))))
            .withTitle(
                "Doanh nghiệp có công đoàn đã ký thỏa ước lao động tập thể",
                "Enterprises with a union that have a collective agreement")
            .onZeroDenominator(Indicator.ZeroDenominator.UNDEFINED)
            .withFormat(FigureFormat.counting("doanh nghiệp", "enterprises")),
        Indicator.complianceRate("VN-I06", "VN-R19")
            .withTitle(
                "Doanh nghiệp tổ chức đối thoại định kỳ", "Employers that held the annual dialogue")
            .withFormat(FigureFormat.counting("doanh nghiệp", "employers")),
        Indicator.measure(
                "VN-I08", Measure.dataValues(DataElement.of("papi-participation-hundredths")))
            .withTitle(
                "Điểm PAPI Tham gia của người dân ở cấp cơ sở (phần trăm điểm)",
                "PAPI Participation at Local Levels score (hundredths of a point)")
            .withFormat(FigureFormat.counting("phần trăm điểm", "hundredths of a point")));
  }

  /** The catalogue entries, by indicator id; VN-I07 is the audit's, not an indicator's. */
  static ImmutableMap<String, Entry> entries() {
    return ImmutableMap.<String, Entry>builder()
        .put(
            "VN-I01",
            new Entry(
                Phrase.of(
                    "Giám sát của Mặt trận và các tổ chức chính trị - xã hội, theo cấp; tổng bằng"
                        + " tổng các cấp.",
                    "Supervisions by the Fatherland Front and mass organisations, by level; the"
                        + " total is the sum of the levels."),
                "QĐ 217-QĐ/TW (thực tiễn báo cáo / reporting practice)",
                Confidence.CONFIRMED))
        .put(
            "VN-I02",
            new Entry(
                Phrase.of("Phản biện xã hội, theo cấp.", "Social critiques, by level."),
                "QĐ 217-QĐ/TW",
                Confidence.CONFIRMED))
        .put(
            "VN-I03",
            new Entry(
                Phrase.of(
                    "Xã có Ban thanh tra nhân dân trên số xã ở ngày cuối kỳ.",
                    "Communes with a recognised board over the communes on the period's last day."),
                "Luật 10/2022/QH15, Điều 36",
                Confidence.CONFIRMED))
        .put(
            "VN-I04",
            new Entry(
                Phrase.of(
                    "Xã đạt chuẩn nông thôn mới trên số xã (mẫu số từ danh mục); số tiêu chí bình"
                        + " quân chưa được tính.",
                    "Xã at the new-rural standard over the xã of the gazetteer; the average number"
                        + " of criteria is not computed."),
                "QĐ 1980/QĐ-TTg; QĐ 318/QĐ-TTg [I]",
                Confidence.INFERRED))
        .put(
            "VN-I05",
            new Entry(
                Phrase.of(
                    "Doanh nghiệp có thỏa ước trên doanh nghiệp có công đoàn.",
                    "Enterprises with a valid agreement over enterprises with a union."),
                "Bộ luật Lao động 2019 (thực tiễn / practice)",
                Confidence.INFERRED))
        .put(
            "VN-I06",
            new Entry(
                Phrase.of(
                    "Tỷ lệ tuân thủ VN-R19: doanh nghiệp đã đối thoại trên doanh nghiệp có kết"
                        + " luận.",
                    "Compliance rate of VN-R19: employers that held the dialogue over employers"
                        + " with a verdict."),
                "Bộ luật Lao động 2019, Điều 63",
                Confidence.CONFIRMED_SECONDARY))
        .put(
            "VN-I07",
            new Entry(
                Phrase.of(
                    "Kiểm tra \"x/y, đạt z%\": z phải là x/y làm tròn nửa lên ở số chữ số thập phân"
                        + " đã viết (chặt hơn sai số 0,01 điểm); do Audit.consistency thực hiện.",
                    "Checks \"x/y, đạt z%\": z must be x/y rounded half-up to the decimals written"
                        + " (stricter than a 0.01 pp tolerance); done by Audit.consistency."),
                "quy tắc chất lượng dữ liệu / data-quality rule",
                Confidence.CONFIRMED))
        .put(
            "VN-I08",
            new Entry(
                Phrase.of(
                    "Tổng 4 điểm thành phần 1.1-1.4 (phần trăm điểm, thang 1-10).",
                    "Sum of the 4 sub-dimension scores 1.1-1.4 (hundredths of a point, range"
                        + " 1-10)."),
                "Phương pháp PAPI / PAPI methodology",
                Confidence.INFERRED))
        .buildOrThrow();
  }

  private static Measure frontCount(ActivityType type, String element) {
    return Measure.sumOf(
        Measure.count(
            ActivityFilter.allOf(
                ActivityFilter.type(type),
                ActivityFilter.organisedBy(
                    OrganizationKind.FATHERLAND_FRONT, OrganizationKind.MASS_ORGANIZATION))),
        Measure.dataValues(DataElement.of(element)));
  }
}

package io.github.qcdc.examples.nghean;

import static io.github.qcdc.examples.nghean.SeedReport.source;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;

/**
 * The two bundled Nghệ An datasets for 2016-2020.
 *
 * <ul>
 *   <li>{@link #asReported}: what the seed report states, as data values and facts, each with its
 *       source line ({@code nghe-an-kl120-report-2021.txt:27: "2.849 cuộc giám sát"}). Where the
 *       report says "all" ("21/21 huyện ủy", "460/460 xã"), a fact is recorded for each subject;
 *       where it gives a province total, one data value at the province, with the level it counts
 *       ({@code level=district}) when the report splits it by level.
 *   <li>{@link #simulated}: a deterministic, seeded <em>simulation</em> of the individual records
 *       behind those totals across the 460 communes and five years: activities organised by the
 *       bodies that hold them, the grassroots party organisations, the xã at the new-rural
 *       standard. It is consistent with every total of the report, and labelled simulated in every
 *       record's id ({@code sim-...}); it is not the province's data.
 * </ul>
 *
 * <p>Both share the records the report states about named or all subjects: the 28 party
 * organisations under the provincial committee with their plans, the district steering committees,
 * the six district-level units at the new-rural standard, the People's Inspection Boards of all 460
 * communes, and the context figures (villages, mountain units, party members, enterprises) that
 * only exist as totals.
 */
public final class NgheAnData {
  static final ReportingPeriod FIVE_YEARS = NgheAnPack.PERIOD;
  static final ReportingPeriod Y2018 = ReportingPeriod.parse("2018");
  static final ReportingPeriod Y2020 = ReportingPeriod.parse("2020");

  /** The report does not date what it says "all" did; such facts hold from the period's end. */
  static final DateInterval BY_THE_END = DateInterval.from(Province.END);

  /**
   * The seven other organisations under the provincial committee, which the report does not name.
   */
  static final int OTHER_COMMITTEES = 7;

  private NgheAnData() {}

  /** What the seed report states, on {@code gazetteer} (the bundled GSO list). */
  public static Dataset asReported(Gazetteer gazetteer) {
    Province province = Province.of(gazetteer);
    Dataset.Builder b = Dataset.builder(gazetteer);
    shared(province, b);
    String line27 = "2.849 cuộc giám sát";
    levels(b, "front-supervisions", new long[] {15, 226, 2608}, line27);
    levels(b, "front-critiques", new long[] {7, 51, 956}, "phản biện 1.014 cuộc");
    b.add(value("grassroots-party-committee", Y2020, 778, "778 đảng bộ cơ sở"));
    b.add(value("grassroots-party-cell", Y2020, 676, "676 chi bộ cơ sở"));
    b.add(value("leader-dialogue-communes", Y2018, 480, "480/480 xã"));
    b.add(value("leader-dialogue-delegates", Y2018, 1034, "1.034 đại biểu"));
    b.add(value("council-thematic-supervisions", FIVE_YEARS, 42, "42 cuộc giám sát chuyên đề"));
    b.add(value("steering-plans", FIVE_YEARS, 10, "10 kế hoạch, hướng dẫn"));
    b.add(value("steering-inspections", FIVE_YEARS, 125, "125 cuộc kiểm tra"));
    b.add(value("bright-spots", FIVE_YEARS, 371, "371 điểm sáng"));
    b.add(value("new-rural-xa", Y2020, 281, "281/411 xã về đích"));
    b.add(value("pib-supervisions", FIVE_YEARS, 7676, "7.676 cuộc giám sát"));
    b.add(value("cisb-supervisions", FIVE_YEARS, 7664, "7.664 cuộc giám sát"));
    return b.build();
  }

  /** The simulation for {@code seed} on {@code gazetteer}; the same seed gives the same records. */
  public static Dataset simulated(Gazetteer gazetteer, long seed) {
    Province province = Province.of(gazetteer);
    Dataset.Builder b = Dataset.builder(gazetteer);
    shared(province, b);
    new Simulation(province, seed, b).run();
    return b.build();
  }

  /** The records both datasets hold. */
  private static void shared(Province province, Dataset.Builder b) {
    AdminUnit capital = province.gazetteer().unit(Province.CODE, Province.END).orElseThrow();
    for (AdminUnit district : province.districts()) {
      committee(
          b,
          "committee-" + district.code(),
          "Đảng bộ " + district.nameWithType(),
          district,
          "district");
      Organization steering =
          Organization.builder()
              .id(OrganizationId.of("steering-" + district.code()))
              .name("Ban Chỉ đạo QCDC " + district.nameWithType())
              .kind(OrganizationKind.STEERING_COMMITTEE)
              .unit(district.code())
              .putAttributes("level", "district")
              .build();
      b.add(steering);
      b.add(
          fact(
              "effective-" + district.code(),
              Subject.organization(steering.id()),
              "assessed-effective",
              "BCĐ thực hiện QCDC ở cơ sở tỉnh và 21/21 huyện"));
      b.add(
          fact(
              "officials-conference-" + district.code(),
              Subject.unit(district.code()),
              "officials-conference-held",
              "100% đơn vị cấp huyện đều tổ chức hội nghị"));
    }
    for (int i = 1; i <= OTHER_COMMITTEES; i++) {
      committee(
          b,
          "committee-other-" + i,
          "Đảng bộ trực thuộc Tỉnh ủy khác số " + i + " (báo cáo không nêu tên)",
          capital,
          "other");
    }
    for (String name :
        new String[] {"Vinh", "Nam Đàn", "Thái Hòa", "Yên Thành", "Nghi Lộc", "Hoàng Mai"}) {
      AdminUnit d = province.district(name);
      b.add(
          fact(
              "new-rural-" + d.code(),
              Subject.unit(d.code()),
              "new-rural-standard",
              "06 đơn vị cấp huyện đạt chuẩn nông thôn mới"));
    }
    for (AdminUnit commune : province.communes()) {
      b.add(
          fact(
              "pib-" + commune.code(),
              Subject.unit(commune.code()),
              "peoples-inspection-board",
              "460/460 xã, phường, thị trấn kiện toàn Ban thanh tra nhân dân"));
    }
    b.add(value("villages", Y2020, 3804, "3.804 khối, xóm, bản"));
    b.add(value("mountain-districts", Y2020, 11, "11/21 huyện"));
    b.add(value("mountain-communes", Y2020, 252, "252 xã, thị trấn miền núi"));
    b.add(value("party-members", Y2020, 192_794, "192.794 đảng viên"));
    b.add(value("communes-before-merges", Y2018, 480, "480/480 xã"));
    b.add(value("enterprises", Y2020, 22_360, "22.360 doanh nghiệp"));
  }

  private static void committee(
      Dataset.Builder b, String id, String name, AdminUnit unit, String group) {
    Organization committee =
        Organization.builder()
            .id(OrganizationId.of(id))
            .name(name)
            .kind(OrganizationKind.PARTY_COMMITTEE)
            .unit(unit.code())
            .putAttributes(NgheAnPack.UNDER, NgheAnPack.PROVINCIAL_COMMITTEE)
            .putAttributes(NgheAnPack.GROUP, group)
            .build();
    b.add(committee);
    Subject subject = Subject.organization(committee.id());
    String phrase = group.equals("other") ? "7/7 đảng ủy trực thuộc" : "21/21 huyện, thành, thị ủy";
    b.add(fact("kl120-plan-" + id, subject, "kl120-plan", phrase));
    b.add(
        fact(
            "review-3y-" + id, subject, "kl120-review-3y-plan", "28/28 đơn vị trực thuộc Tỉnh ủy"));
    b.add(
        fact(
            "review-5y-" + id, subject, "kl120-review-5y-plan", "28/28 đơn vị trực thuộc Tỉnh ủy"));
    b.add(fact("reviewed-" + id, subject, "kl120-5y-reviewed", "100% cấp ủy, tổ chức đảng"));
  }

  private static void levels(Dataset.Builder b, String element, long[] counts, String phrase) {
    String[] levels = {"province", "district", "commune"};
    for (int i = 0; i < levels.length; i++) {
      b.add(
          DataValue.builder()
              .id(RecordId.of(element + "-" + levels[i]))
              .element(DataElement.of(element))
              .unit(Province.CODE)
              .period(FIVE_YEARS)
              .putDisaggregation("level", levels[i])
              .amount(Amount.of(counts[i]))
              .source(source(phrase))
              .build());
    }
  }

  static DataValue value(String element, ReportingPeriod period, long count, String phrase) {
    return DataValue.builder()
        .id(RecordId.of(element))
        .element(DataElement.of(element))
        .unit(Province.CODE)
        .period(period)
        .amount(Amount.of(count))
        .source(source(phrase))
        .build();
  }

  static Fact fact(String id, Subject subject, String key, String phrase) {
    return Fact.builder()
        .id(RecordId.of(id))
        .subject(subject)
        .key(key)
        .value(FactValue.of(true))
        .validity(BY_THE_END)
        .source(source(phrase))
        .build();
  }
}

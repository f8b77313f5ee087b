package io.github.qcdc.examples.nghean;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The simulated records of {@link NgheAnData#simulated}: every total of the report, spread over the
 * province's real units and five years by a seeded generator. Record ids start with {@code sim-}.
 */
final class Simulation {
  /** Of every 100 commune-years, how many hold 0, 1 and 3 dialogues (the rest hold 2). */
  private static final int NONE = 1;

  private static final int ONE = 3;
  private static final int THREE = 12;

  private final Province province;
  private final Random random;
  private final Dataset.Builder b;
  private int next;

  Simulation(Province province, long seed, Dataset.Builder b) {
    this.province = province;
    this.random = new Random(seed);
    this.b = b;
  }

  void run() {
    UnitCode capital = Province.CODE;
    OrganizationId council =
        org("council-40", "HĐND tỉnh Nghệ An", OrganizationKind.PEOPLES_COUNCIL, capital);
    OrganizationId front =
        org("front-40", "Ủy ban MTTQ tỉnh", OrganizationKind.FATHERLAND_FRONT, capital);
    OrganizationId steering =
        org("steering-40", "Ban Chỉ đạo QCDC tỉnh", OrganizationKind.STEERING_COMMITTEE, capital);
    List<OrganizationId> districtFronts = new ArrayList<>();
    List<OrganizationId> steerings = new ArrayList<>(List.of(steering));
    for (AdminUnit d : province.districts()) {
      districtFronts.add(
          org(
              "front-" + d.code(),
              "Ủy ban MTTQ " + d.nameWithType(),
              OrganizationKind.FATHERLAND_FRONT,
              d.code()));
      steerings.add(OrganizationId.of("steering-" + d.code()));
    }
    List<OrganizationId> communeFronts = new ArrayList<>();
    List<OrganizationId> boards = new ArrayList<>();
    List<OrganizationId> investmentBoards = new ArrayList<>();
    for (AdminUnit c : province.communes()) {
      communeFronts.add(
          org(
              "front-" + c.code(),
              "Ủy ban MTTQ " + c.nameWithType(),
              OrganizationKind.FATHERLAND_FRONT,
              c.code()));
      boards.add(
          org(
              "pib-" + c.code(),
              "Ban Thanh tra nhân dân " + c.nameWithType(),
              OrganizationKind.PEOPLES_INSPECTION_BOARD,
              c.code()));
      investmentBoards.add(
          org(
              "cisb-" + c.code(),
              "Ban Giám sát đầu tư cộng đồng " + c.nameWithType(),
              OrganizationKind.COMMUNITY_INVESTMENT_SUPERVISION_BOARD,
              c.code()));
    }
    grassrootsParty(778, 676);
    newRuralXa(281);

    events(ActivityType.SUPERVISION, "council", List.of(council), 42);
    events(ActivityType.SUPERVISION, "front", List.of(front), 15);
    events(ActivityType.SUPERVISION, "front", districtFronts, 226);
    events(ActivityType.SUPERVISION, "front", communeFronts, 2608);
    events(ActivityType.SOCIAL_CRITIQUE, "front", List.of(front), 7);
    events(ActivityType.SOCIAL_CRITIQUE, "front", districtFronts, 51);
    events(ActivityType.SOCIAL_CRITIQUE, "front", communeFronts, 956);
    events(ActivityType.PLAN_ISSUED, "steering", List.of(steering), 10);
    inspections(steerings, 125, 351 + random.nextInt(50));
    events(NgheAnPack.BRIGHT_SPOT, "bright-spot", communeFronts, 371);
    events(ActivityType.SUPERVISION, "pib", boards, 7676);
    events(ActivityType.SUPERVISION, "cisb", investmentBoards, 7664);
    dialogues();
    b.add(
        Activity.builder()
            .id(RecordId.of("sim-leaders-dialogue-2018"))
            .type(ActivityType.DIALOGUE)
            .unit(capital)
            .date(day(2018))
            .putAttributes("with", "commune-leaders")
            .putQuantities("communes", 480)
            .putQuantities("participants", 1034)
            .build());
    enterprises();
    officialsConferences(capital);
  }

  /**
   * "Các cơ quan cấp tỉnh và 100% đơn vị cấp huyện đều tổ chức hội nghị cán bộ, công chức" (the
   * report, under NĐ 04/2015): the provincial and every district People's Committee holds its
   * officials' conference each year, at year end, with 50 of the 60 convened present. Drawn after
   * every other record, with no random number, so the other records do not change.
   */
  private void officialsConferences(UnitCode capital) {
    conferences(org("ubnd-40", "UBND tỉnh Nghệ An", OrganizationKind.STATE_AGENCY, capital));
    for (AdminUnit d : province.districts()) {
      conferences(
          org(
              "ubnd-" + d.code(),
              "UBND " + d.nameWithType(),
              OrganizationKind.STATE_AGENCY,
              d.code()));
    }
  }

  private void conferences(OrganizationId agency) {
    for (int year = 2016; year <= 2020; year++) {
      b.add(
          Activity.builder()
              .id(RecordId.of("sim-officials-" + agency.value() + "-" + year))
              .type(ActivityType.CONFERENCE)
              .unit(unitOf(agency))
              .date(LocalDate.of(year, 12, 15))
              .organiser(agency)
              .putAttributes("kind", "officials")
              .putQuantities("attending", 50)
              .putQuantities("convened", 60)
              .build());
    }
  }

  private OrganizationId org(String id, String name, OrganizationKind kind, UnitCode unit) {
    Organization o = Organization.of(id, name, kind, unit.value());
    b.add(o);
    return o.id();
  }

  /**
   * {@code count} activities, each by one of {@code organisers} at its unit on a day of 2016-2020.
   */
  private void events(
      ActivityType type, String prefix, List<OrganizationId> organisers, int count) {
    for (int i = 0; i < count; i++) {
      OrganizationId by = organisers.get(random.nextInt(organisers.size()));
      b.add(activity(type, prefix, by).build());
    }
  }

  private io.github.qcdc.records.ImmutableActivity.Builder activity(
      ActivityType type, String prefix, OrganizationId by) {
    return Activity.builder()
        .id(
            RecordId.of(
                String.format(java.util.Locale.ROOT, "sim-%s-%s-%05d", prefix, type, ++next)))
        .type(type)
        .unit(unitOf(by))
        .date(day(2016 + random.nextInt(5)))
        .organiser(by);
  }

  /** {@code count} inspections visiting {@code visits} units in all, at least one each. */
  private void inspections(List<OrganizationId> steerings, int count, int visits) {
    int[] units = new int[count];
    java.util.Arrays.fill(units, 1);
    for (int extra = visits - count; extra > 0; extra--) {
      units[random.nextInt(count)]++;
    }
    for (int i = 0; i < count; i++) {
      OrganizationId by = steerings.get(random.nextInt(steerings.size()));
      b.add(
          activity(ActivityType.INSPECTION, "steering", by)
              .putQuantities("units-inspected", units[i])
              .build());
    }
  }

  private void dialogues() {
    for (AdminUnit c : province.communes()) {
      for (int year = 2016; year <= 2020; year++) {
        int draw = random.nextInt(100);
        int held = draw < NONE ? 0 : draw < NONE + ONE ? 1 : draw < NONE + ONE + THREE ? 3 : 2;
        for (int i = 0; i < held; i++) {
          b.add(
              Activity.builder()
                  .id(
                      RecordId.of(
                          String.format(
                              java.util.Locale.ROOT,
                              "sim-dialogue-%s-%d-%d",
                              c.code(),
                              year,
                              i + 1)))
                  .type(ActivityType.DIALOGUE)
                  .unit(c.code())
                  .date(day(year))
                  .putAttributes("with", "people")
                  .build());
        }
      }
    }
  }

  private void grassrootsParty(int committees, int cells) {
    List<AdminUnit> communes = province.communes();
    List<AdminUnit> districts = province.districts();
    for (int i = 0; i < committees + cells; i++) {
      boolean committee = i < committees;
      AdminUnit unit =
          committee && i < communes.size()
              ? communes.get(i)
              : districts.get(random.nextInt(districts.size()));
      OrganizationKind kind =
          committee
              ? OrganizationKind.GRASSROOTS_PARTY_COMMITTEE
              : OrganizationKind.GRASSROOTS_PARTY_CELL;
      String id = String.format(java.util.Locale.ROOT, "sim-party-%04d", i + 1);
      org(id, kind.vietnamese() + " " + (i + 1) + " (mô phỏng)", kind, unit.code());
      b.add(
          fact(
              "sim-reviewed-" + id,
              Subject.organization(OrganizationId.of(id)),
              "kl120-5y-reviewed",
              NgheAnData.BY_THE_END));
    }
  }

  private void newRuralXa(int count) {
    List<AdminUnit> xa = new ArrayList<>(province.xa());
    Collections.shuffle(xa, random);
    for (AdminUnit unit : xa.subList(0, count)) {
      b.add(
          fact(
              "sim-new-rural-" + unit.code(),
              Subject.unit(unit.code()),
              "new-rural-standard",
              DateInterval.from(day(2016 + random.nextInt(5)))));
    }
  }

  private void enterprises() {
    long withUnion = 1800L + random.nextInt(400);
    long agreements = (withUnion * 81 + 50) / 100;
    value("enterprises-with-union", ReportingPeriod.parse("2020"), withUnion);
    value("enterprises-union-agreement", ReportingPeriod.parse("2020"), agreements);
    for (int year = 2016; year <= 2020; year++) {
      long reporting = 14_000 + (year - 2016) * 1_500L + random.nextInt(500);
      long low = (reporting * 55 + 99) / 100;
      long high = reporting * 60 / 100;
      ReportingPeriod period = ReportingPeriod.parse(Integer.toString(year));
      value("enterprises-reporting", period, reporting);
      value("enterprises-holding-dialogue", period, low + random.nextInt((int) (high - low + 1)));
    }
  }

  private void value(String element, ReportingPeriod period, long count) {
    b.add(
        DataValue.builder()
            .id(RecordId.of("sim-" + element + "-" + period))
            .element(DataElement.of(element))
            .unit(Province.CODE)
            .period(period)
            .amount(Amount.of(count))
            .source("simulated")
            .build());
  }

  private static Fact fact(String id, Subject subject, String key, DateInterval validity) {
    return Fact.builder()
        .id(RecordId.of(id))
        .subject(subject)
        .key(key)
        .value(FactValue.of(true))
        .validity(validity)
        .source("simulated")
        .build();
  }

  private UnitCode unitOf(OrganizationId id) {
    String value = id.value();
    return UnitCode.of(value.substring(value.indexOf('-') + 1));
  }

  private LocalDate day(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.plusDays(random.nextInt(first.lengthOfYear()));
  }
}

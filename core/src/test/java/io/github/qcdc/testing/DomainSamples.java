package io.github.qcdc.testing;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.LegalAct;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.organization.Ownership;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Valid domain objects drawn from a seed: the plain entry point to qcdc's generators, usable from
 * any test framework. The same seed gives the same objects. {@link Generators} wraps these as
 * QuickTheories generators.
 *
 * <p>Gazetteers have 1 to 3 provinces, each with districts, communes and villages, and real-shaped
 * history: communes merge on 2020-01-01 (the survivor keeps its code and takes in the villages),
 * some split on 2021-01-01, and some provinces go through the 2025-07-01 reform (districts removed,
 * communes merged into new ones directly under the province).
 */
public final class DomainSamples {
  /** The day the district tier was removed. */
  public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

  static final LocalDate MERGES_2020 = LocalDate.of(2020, 1, 1);
  static final LocalDate SPLITS_2021 = LocalDate.of(2021, 1, 1);
  static final LegalAct ACT = LegalAct.of("1/NQ-TEST", LocalDate.of(2019, 12, 1), "generated");
  static final ImmutableList<ActivityType> TYPES =
      ImmutableList.of(
          ActivityType.SUPERVISION,
          ActivityType.SOCIAL_CRITIQUE,
          ActivityType.DIALOGUE,
          ActivityType.CITIZEN_RECEPTION,
          ActivityType.COMMUNITY_MEETING);

  private static final List<OrganizationKind> KINDS = List.of(OrganizationKind.values());
  private static final List<Ownership> OWNERSHIPS = List.of(Ownership.values());
  private static final List<String> NAMES =
      List.of("Thái Hoà", "Nghĩa Đàn", "Quỳnh Lưu", "đất đai", "Hưng Nguyên", "Công ty A");

  private final SplittableRandom random;
  private int nextDistrict = 100;
  private int nextCommune = 10_000;

  /** Samples drawn from {@code seed}. */
  public DomainSamples(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A whole number from {@code from} to {@code to}, both included. */
  public int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  /** A day from the start of {@code firstYear} to the end of {@code lastYear}. */
  public LocalDate date(int firstYear, int lastYear) {
    long first = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long last = LocalDate.of(lastYear, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(random.nextLong(first, last + 1));
  }

  /** A period of any kind between 1990 and 2030. */
  public ReportingPeriod period() {
    int year = between(1990, 2030);
    return switch (between(0, 5)) {
      case 0 -> ReportingPeriod.ofYear(year);
      case 1 -> ReportingPeriod.ofHalfYear(year, between(1, 2));
      case 2 -> ReportingPeriod.ofQuarter(year, between(1, 4));
      case 3 -> ReportingPeriod.ofMonth(year, between(1, 12));
      case 4 -> ReportingPeriod.ofYears(year, year + between(1, 6));
      default -> {
        LocalDate start = date(1990, 2030);
        yield ReportingPeriod.ofDates(start, start.plusDays(between(0, 2000)));
      }
    };
  }

  /** A valid gazetteer with history. */
  public Gazetteer gazetteer() {
    return history().build();
  }

  /** A valid history of units, to build or to edit further. */
  public GazetteerHistory history() {
    GazetteerHistory h = new GazetteerHistory();
    int provinces = between(1, 3);
    for (int p = 0; p < provinces; p++) {
      String province = String.valueOf(11 + p * 7);
      h.add(province, "Tỉnh " + p, UnitType.TINH, Optional.empty(), LocalDate.MIN);
      for (int d = between(1, 3); d > 0; d--) {
        String district = String.valueOf(nextDistrict++);
        h.add(district, "Huyện " + district, UnitType.HUYEN, Optional.of(province), LocalDate.MIN);
        for (int c = between(1, 4); c > 0; c--) {
          addCommune(h, district, LocalDate.MIN);
        }
      }
    }
    mergeCommunes(h);
    splitCommunes(h);
    List<UnitCode> roots =
        h.units().stream()
            .filter(u -> u.tier() == Tier.PROVINCE)
            .map(AdminUnit::code)
            .distinct()
            .toList();
    for (UnitCode province : roots) {
      if (random.nextBoolean()) {
        reform(h, province);
      }
    }
    return h;
  }

  private String addCommune(GazetteerHistory h, String parent, LocalDate start) {
    String commune = String.valueOf(nextCommune++);
    UnitType type = random.nextInt(4) == 0 ? UnitType.PHUONG : UnitType.XA;
    h.add(commune, "Xã " + commune, type, Optional.of(parent), start);
    for (int v = between(0, 2); v > 0; v--) {
      h.add(commune + "." + v, "Xóm " + v, UnitType.XOM, Optional.of(commune), start);
    }
    return commune;
  }

  private void mergeCommunes(GazetteerHistory h) {
    LocalDate day = MERGES_2020;
    for (UnitCode district : codesAt(h, Tier.DISTRICT, day.minusDays(1))) {
      List<UnitCode> communes = h.children(district, day.minusDays(1));
      if (communes.size() >= 2 && random.nextBoolean()) {
        UnitCode survivor = communes.get(0);
        UnitCode absorbed = communes.get(1);
        for (UnitCode village : h.children(absorbed, day.minusDays(1))) {
          h.reparent(village, day, survivor);
          h.succession(SuccessionKind.REPARENT, day, List.of(village), List.of(village), ACT);
        }
        h.end(absorbed, day);
        h.reparent(survivor, day, district);
        h.succession(
            SuccessionKind.MERGE, day, List.of(survivor, absorbed), List.of(survivor), ACT);
        if (communes.size() >= 3 && random.nextInt(3) == 0) {
          // a commune the sources lose track of: ended, successor not recorded
          UnitCode lost = communes.get(2);
          List<UnitCode> ending = new ArrayList<>(h.children(lost, day.minusDays(1)));
          ending.add(lost);
          ending.forEach(code -> h.end(code, day));
          h.succession(
              SuccessionKind.UNRECORDED,
              day,
              ending,
              List.of(),
              LegalAct.unrecorded(day, "not in the later list"));
        }
      }
    }
  }

  private void splitCommunes(GazetteerHistory h) {
    LocalDate day = SPLITS_2021;
    for (UnitCode district : codesAt(h, Tier.DISTRICT, day.minusDays(1))) {
      List<UnitCode> communes = h.children(district, day.minusDays(1));
      if (!communes.isEmpty() && random.nextInt(3) == 0) {
        UnitCode old = communes.get(communes.size() - 1);
        h.reparent(old, day, district);
        UnitCode part = UnitCode.of(addCommune(h, district.value(), day));
        h.succession(SuccessionKind.SPLIT, day, List.of(old), List.of(old, part), ACT);
      }
    }
  }

  private void reform(GazetteerHistory h, UnitCode province) {
    LocalDate day = REFORM_2025;
    LocalDate before = day.minusDays(1);
    List<UnitCode> districts = h.children(province, before);
    List<UnitCode> communes = new ArrayList<>();
    districts.forEach(d -> communes.addAll(h.children(d, before)));
    int i = 0;
    while (i < communes.size()) {
      List<UnitCode> group = communes.subList(i, Math.min(communes.size(), i + between(1, 3)));
      i += group.size();
      if (group.size() == 1) {
        h.reparent(group.get(0), day, province);
        h.succession(SuccessionKind.REPARENT, day, group, group, ACT);
        continue;
      }
      if (random.nextInt(3) == 0) {
        arrangeWithPartialSplit(h, province, group, day);
        continue;
      }
      UnitCode merged = UnitCode.of(String.valueOf(nextCommune++));
      h.add(merged.value(), "Xã " + merged, UnitType.XA, Optional.of(province.value()), day);
      for (UnitCode commune : group) {
        for (UnitCode village : h.children(commune, before)) {
          h.reparent(village, day, merged);
          h.succession(SuccessionKind.REPARENT, day, List.of(village), List.of(village), ACT);
        }
        h.end(commune, day);
      }
      h.succession(SuccessionKind.MERGE, day, List.copyOf(group), List.of(merged), ACT);
    }
    districts.forEach(d -> h.end(d, day));
    h.succession(SuccessionKind.TIER_REMOVAL, day, districts, List.of(province), ACT);
  }

  /**
   * An arrangement as in 2025: the group's communes into a new one, the last of them only in part,
   * the rest of it into a second new commune.
   */
  private void arrangeWithPartialSplit(
      GazetteerHistory h, UnitCode province, List<UnitCode> group, LocalDate day) {
    LocalDate before = day.minusDays(1);
    UnitCode split = group.get(group.size() - 1);
    UnitCode main = UnitCode.of(String.valueOf(nextCommune++));
    UnitCode rest = UnitCode.of(String.valueOf(nextCommune++));
    h.add(main.value(), "Xã " + main, UnitType.XA, Optional.of(province.value()), day);
    h.add(rest.value(), "Xã " + rest, UnitType.XA, Optional.of(province.value()), day);
    for (UnitCode commune : group) {
      for (UnitCode village : h.children(commune, before)) {
        h.reparent(village, day, main);
        h.succession(SuccessionKind.REPARENT, day, List.of(village), List.of(village), ACT);
      }
      h.end(commune, day);
    }
    h.succession(
        Succession.of(SuccessionKind.ARRANGEMENT, day, List.copyOf(group), List.of(main), ACT)
            .withPartial(List.of(split))
            .withClause("1"));
    h.succession(
        Succession.of(SuccessionKind.ARRANGEMENT, day, List.of(split), List.of(rest), ACT)
            .withPartial(List.of(split))
            .withClause("2"));
  }

  private static List<UnitCode> codesAt(GazetteerHistory h, Tier tier, LocalDate date) {
    return h.units().stream()
        .filter(u -> u.tier() == tier && u.isInForceOn(date))
        .map(AdminUnit::code)
        .distinct()
        .toList();
  }

  /**
   * Valid inputs for a dataset over a fresh gazetteer, with about {@code activities} activities.
   */
  public DatasetInputs datasetInputs(int activities) {
    Gazetteer gazetteer = gazetteer();
    AdminTree[] trees = {
      gazetteer.asOf(LocalDate.of(2018, 6, 1)),
      gazetteer.asOf(LocalDate.of(2022, 6, 1)),
      gazetteer.asOf(LocalDate.of(2025, 9, 1))
    };
    LocalDate[][] windows = {
      {LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31)},
      {LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30)},
      {REFORM_2025, LocalDate.of(2026, 12, 31)}
    };
    List<Organization> organizations = new ArrayList<>();
    for (AdminUnit unit : trees[0].units()) {
      if (unit.tier() != Tier.VILLAGE && random.nextInt(3) == 0) {
        organizations.add(
            Organization.builder()
                .id(OrganizationId.of("org-" + organizations.size()))
                .name("Tổ chức " + organizations.size())
                .kind(KINDS.get(random.nextInt(KINDS.size())))
                .unit(unit.code())
                .validity(DateInterval.of(windows[0][0], windows[0][1]))
                .employees(random.nextInt(200))
                .build());
      }
    }
    List<Activity> list = new ArrayList<>();
    for (int a = 0; a < activities; a++) {
      int w = random.nextInt(3);
      AdminTree tree = trees[w];
      long span = windows[w][1].toEpochDay() - windows[w][0].toEpochDay();
      LocalDate day = windows[w][0].plusDays(random.nextLong(span + 1));
      AdminUnit unit = tree.unitAt(random.nextInt(tree.size()));
      var activity =
          Activity.builder()
              .id(RecordId.of("a" + a))
              .type(TYPES.get(random.nextInt(TYPES.size())))
              .unit(unit.code())
              .date(day);
      if (w == 0 && !organizations.isEmpty() && random.nextBoolean()) {
        activity.organiser(organizations.get(random.nextInt(organizations.size())).id());
      }
      if (random.nextInt(4) == 0) {
        activity.putQuantities("participants", random.nextInt(500));
      }
      if (random.nextInt(5) == 0) {
        activity.putAttributes("topic", "chủ đề " + random.nextInt(4));
      }
      if (random.nextInt(3) == 0) {
        activity.putAttributes("notice-date", day.minusDays(random.nextInt(21) - 3).toString());
      }
      list.add(activity.build());
    }
    List<DataValue> values = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int v = 0; v < activities / 4 + 1; v++) {
      int year = between(2016, 2019);
      AdminUnit unit = trees[0].unitAt(random.nextInt(trees[0].size()));
      var value =
          DataValue.builder()
              .id(RecordId.of("dv" + v))
              .element(DataElement.of("supervisions"))
              .unit(unit.code())
              .period(ReportingPeriod.ofYear(year))
              .amount(
                  random.nextInt(10) == 0
                      ? Amount.notApplicable()
                      : Amount.of(random.nextInt(300)));
      if (random.nextBoolean()) {
        value.putDisaggregation("level", unit.tier().name().toLowerCase(java.util.Locale.ROOT));
      }
      DataValue built = value.build();
      if (keys.add(built.key())) {
        values.add(built);
      }
    }
    List<Fact> facts = new ArrayList<>();
    for (int f = 0; f < activities / 8 + 1; f++) {
      AdminUnit unit = trees[0].unitAt(random.nextInt(trees[0].size()));
      LocalDate from = date(2016, 2019);
      facts.add(
          Fact.of(
              "f" + f,
              Subject.unit(unit.code()),
              random.nextBoolean() ? "new-rural-standard" : "inspection-board-members",
              random.nextBoolean() ? FactValue.of(true) : FactValue.of(between(5, 11)),
              DateInterval.of(from, windows[0][1])));
    }
    return new DatasetInputs(gazetteer, organizations, list, values, facts);
  }

  /** A standalone organisation, optional fields drawn at random (its unit need not exist). */
  public Organization organization() {
    var builder =
        Organization.builder()
            .id(OrganizationId.of("org-" + between(0, 99_999)))
            .name(pick(NAMES))
            .kind(KINDS.get(random.nextInt(KINDS.size())))
            .unit(UnitCode.of(String.valueOf(between(10_000, 99_999))));
    if (random.nextBoolean()) {
      builder.parent(OrganizationId.of("org-parent-" + between(0, 99)));
    }
    if (random.nextBoolean()) {
      LocalDate start = date(2000, 2025);
      builder.validity(
          random.nextBoolean()
              ? DateInterval.from(start)
              : DateInterval.of(start, start.plusDays(between(0, 5000))));
    }
    if (random.nextBoolean()) {
      builder.ownership(OWNERSHIPS.get(random.nextInt(OWNERSHIPS.size())));
      builder.tradeUnion(random.nextBoolean());
      builder.employees(between(0, 5000));
    }
    if (random.nextBoolean()) {
      builder.putAttributes("sector", pick(NAMES));
    }
    return builder.build();
  }

  /** A standalone activity, optional fields drawn at random (its unit need not exist). */
  public Activity activity() {
    var builder =
        Activity.builder()
            .id(RecordId.of("a-" + between(0, 999_999)))
            .type(TYPES.get(random.nextInt(TYPES.size())))
            .unit(UnitCode.of(String.valueOf(between(10_000, 99_999))))
            .date(date(2016, 2026));
    if (random.nextBoolean()) {
      builder.organiser(OrganizationId.of("org-" + between(0, 999)));
    }
    for (int q = between(0, 2); q > 0; q--) {
      builder.putQuantities(q == 1 ? "participants" : "households", random.nextInt(1000));
    }
    if (random.nextBoolean()) {
      builder.putAttributes("topic", pick(NAMES));
    }
    return builder.build();
  }

  /**
   * A reported amount as reports write them: mostly whole counts, also decimals of up to three
   * places, qualified amounts and amounts in a measure unit or in percent.
   */
  public Amount amount() {
    Amount a =
        random.nextInt(3) == 0
            ? Amount.of(java.math.BigDecimal.valueOf(between(0, 10_000_000), between(1, 3)))
            : Amount.of(between(0, 10_000));
    if (random.nextInt(4) == 0) {
      a =
          a.withQualifier(
              io.github.qcdc.records.Qualifier.values()[
                  random.nextInt(io.github.qcdc.records.Qualifier.values().length)]);
    }
    if (random.nextInt(4) == 0) {
      a = a.withMeasureUnit(List.of("km", "tỷ đồng", "%", "lượt người").get(random.nextInt(4)));
    }
    return a;
  }

  /** A standalone data value, optional fields drawn at random (its unit need not exist). */
  public DataValue dataValue() {
    ReportingPeriod period = period();
    var builder =
        DataValue.builder()
            .id(RecordId.of("dv-" + between(0, 999_999)))
            .element(DataElement.of(random.nextBoolean() ? "supervisions" : "social-critiques"))
            .unit(UnitCode.of(String.valueOf(between(10, 99))))
            .period(period)
            .amount(random.nextInt(8) == 0 ? Amount.notApplicable() : amount());
    if (random.nextBoolean()) {
      builder.putDisaggregation("level", random.nextBoolean() ? "province" : "commune");
    }
    if (random.nextBoolean()) {
      builder.asOf(period.end());
    }
    if (random.nextBoolean()) {
      builder.source("báo cáo dòng " + between(1, 200));
    }
    return builder.build();
  }

  /** A standalone fact with a value of any kind (its subject need not exist). */
  public Fact fact() {
    Subject subject =
        random.nextBoolean()
            ? Subject.unit(UnitCode.of(String.valueOf(between(10_000, 99_999))))
            : Subject.organization(OrganizationId.of("org-" + between(0, 999)));
    FactValue value =
        switch (between(0, 3)) {
          case 0 -> FactValue.of(random.nextBoolean());
          case 1 -> FactValue.of(between(0, 100));
          case 2 -> FactValue.of(java.math.BigDecimal.valueOf(between(0, 999_999), between(0, 3)));
          default -> FactValue.of(pick(NAMES));
        };
    var builder =
        Fact.builder()
            .id(RecordId.of("f-" + between(0, 999_999)))
            .subject(subject)
            .key(random.nextBoolean() ? "new-rural-standard" : "inspection-board-members")
            .value(value)
            .validity(DateInterval.from(date(2010, 2025)));
    if (random.nextBoolean()) {
      builder.source("báo cáo dòng " + between(1, 200));
    }
    return builder.build();
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** The underlying random source, for tests that draw more. */
  public SplittableRandom random() {
    return random;
  }
}

package io.github.qcdc.examples.nghean;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Nghệ An's five years 2021-2025 and the year 2026, across the reform of 2025-07-01: a pack of the
 * figures a five-year report gives, and a labelled, seeded simulation of the records behind them
 * over the real units (460 communes until 2024-12-31 in the bundled history, 412 from 2025-01-01,
 * 130 from 2025-07-01; 20 then 0 district-level units).
 *
 * <p>Every simulated record's id starts with {@code sim-today-}: it is not the province's data. The
 * simulation draws, per year and per unit in force that year (on the days it was in force):
 * supervisions by the commune, district and province levels, and the dialogues of commune chairmen
 * with the people (none, one, two or three).
 */
public final class NgheAnToday {
  /** The pack's id. */
  public static final String ID = "nghe-an-2021-2025";

  /** The five years. */
  public static final ReportingPeriod PERIOD = ReportingPeriod.parse("2021/2025");

  /** The per-commune dialogue rule, judged on the days each commune existed. */
  public static final String DIALOGUE_RULE = "nt-dialogues";

  static final UnitCode NGHE_AN = UnitCode.of("40");
  private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  private NgheAnToday() {}

  /**
   * The figures: supervisions by level and by year; dialogues of commune chairmen; the rule "at
   * least 2 dialogues a year", its compliance rate, and the share of the communes in force at the
   * period's end that held a dialogue.
   */
  public static RulePack pack() {
    ActivityFilter dialogue = ActivityFilter.type(ActivityType.DIALOGUE);
    return RulePack.of(ID, "2026.1")
        .with(
            ComplianceRule.of(
                    DIALOGUE_RULE,
                    Phrase.of(
                        "Chủ tịch UBND xã đối thoại với Nhân dân (mỗi xã trong những ngày xã tồn tại)",
                        "Commune chairmen hold dialogues with the people (each commune on its days)"),
                    LegalBasis.of("Tiêu chuẩn của tỉnh Nghệ An: tối thiểu 02 lần/năm"),
                    Population.units(Tier.COMMUNE).at(Population.Reference.during()),
                    Condition.atLeast(Expr.param(NgheAnPack.MIN_DIALOGUES), Measure.count(dialogue))
                        .perYear())
                .withParameter(NgheAnPack.MIN_DIALOGUES, 2))
        .with(
            Indicator.measure(
                    "nt-supervisions", Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)))
                .withTitle("Cuộc giám sát", "Supervisions")
                .withFormat(FigureFormat.counting("cuộc", "supervisions"))
                .by(Breakdown.TIER)
                .by(Breakdown.YEAR),
            Indicator.measure("nt-dialogue-count", Measure.count(dialogue))
                .withTitle("Cuộc đối thoại với Nhân dân", "Dialogues with the people")
                .withFormat(FigureFormat.counting("cuộc", "dialogues"))
                .by(Breakdown.YEAR),
            Indicator.complianceRate("nt-dialogues-rate", DIALOGUE_RULE)
                .withTitle(
                    "Xã đạt số lần đối thoại mỗi năm (mỗi xã trong những ngày xã tồn tại)",
                    "Communes meeting the yearly number of dialogues (each on its days)")
                .withFormat(FigureFormat.counting("xã", "communes")),
            Indicator.coverage(
                    "nt-communes-with-dialogue",
                    Population.units(Tier.COMMUNE),
                    Condition.atLeast(1, Measure.count(dialogue)))
                .withTitle(
                    "Xã (đơn vị của ngày cuối kỳ) có tổ chức đối thoại trong kỳ",
                    "Communes of the period's last day that held a dialogue in the period")
                .withFormat(FigureFormat.counting("xã", "communes")));
  }

  /** The simulated records of 2021 to 2026 over {@code gazetteer}, drawn from {@code seed}. */
  public static Dataset simulated(Gazetteer gazetteer, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder data = Dataset.builder(gazetteer);
    int[] next = {0};
    for (AdminUnit unit : gazetteer.units()) {
      Optional<DateInterval> days = unit.validity().intersection(DateInterval.of(FIRST, LAST));
      if (days.isEmpty() || unit.tier() == Tier.VILLAGE || !inNgheAn(gazetteer, unit, days.get())) {
        continue;
      }
      for (int year = days.get().start().getYear(); year <= days.get().end().getYear(); year++) {
        Optional<DateInterval> inYear =
            days.get()
                .intersection(
                    DateInterval.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        if (inYear.isPresent()) {
          draw(data, random, unit, inYear.get(), next);
        }
      }
    }
    return data.build();
  }

  private static boolean inNgheAn(Gazetteer gazetteer, AdminUnit unit, DateInterval days) {
    AdminTree tree = gazetteer.asOf(days.start());
    return tree.unit(unit.code()).isPresent() && tree.contains(NGHE_AN, unit.code());
  }

  private static void draw(
      Dataset.Builder data,
      SplittableRandom random,
      AdminUnit unit,
      DateInterval days,
      int[] next) {
    int supervisions =
        switch (unit.tier()) {
          case PROVINCE -> 2 + random.nextInt(4);
          case DISTRICT -> 5 + random.nextInt(11);
          default -> random.nextInt(4);
        };
    for (int i = 0; i < supervisions; i++) {
      add(data, random, unit, days, ActivityType.SUPERVISION, next);
    }
    if (unit.tier() == Tier.COMMUNE) {
      // most communes hold the two a year the province asks for; some hold fewer
      int dialogues = random.nextInt(10) < 8 ? 2 + random.nextInt(2) : random.nextInt(2);
      for (int i = 0; i < dialogues; i++) {
        add(data, random, unit, days, ActivityType.DIALOGUE, next);
      }
    }
  }

  private static void add(
      Dataset.Builder data,
      SplittableRandom random,
      AdminUnit unit,
      DateInterval days,
      ActivityType type,
      int[] next) {
    long span = days.end().toEpochDay() - days.start().toEpochDay() + 1;
    LocalDate day = days.start().plusDays(random.nextLong(span));
    data.add(
        Activity.of(
            String.format(java.util.Locale.ROOT, "sim-today-%06d", next[0]++),
            type,
            unit.code().value(),
            day));
  }
}

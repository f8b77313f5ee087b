package io.github.qcdc.testing;

import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingCalendar;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Valid rule packs drawn from a seed, using every kind of filter, measure, fact filter, population,
 * expression and condition, nested up to a small depth. The same seed gives the same pack.
 */
public final class DefinitionSamples {
  private static final java.util.List<Confidence> CONFIDENCES =
      java.util.List.of(
          Confidence.CONFIRMED,
          Confidence.CONFIRMED_SECONDARY,
          Confidence.INFERRED,
          Confidence.UNVERIFIED);

  private static final ActivityType[] TYPES = {
    ActivityType.SUPERVISION, ActivityType.DIALOGUE, ActivityType.SOCIAL_CRITIQUE
  };

  private final SplittableRandom random;

  /** Samples drawn from {@code seed}. */
  public DefinitionSamples(long seed) {
    this.random = new SplittableRandom(seed);
  }

  private int below(int bound) {
    return random.nextInt(bound);
  }

  private <T> T pick(T[] values) {
    return values[below(values.length)];
  }

  /** A filter nested at most {@code depth} levels. */
  public ActivityFilter filter(int depth) {
    int kind = below(depth > 0 ? 11 : 8);
    return switch (kind) {
      case 0 -> ActivityFilter.any();
      case 1 -> ActivityFilter.type(pick(TYPES));
      case 2 -> ActivityFilter.tier(pick(Tier.values()));
      case 3 -> ActivityFilter.unitType(pick(UnitType.values()));
      case 4 -> ActivityFilter.unitTagged(pick(new String[] {"mountainous", "coastal", "border"}));
      case 5 -> ActivityFilter.organisedBy(pick(OrganizationKind.values()));
      case 6 -> ActivityFilter.organiser(OrganizationId.of("org-" + below(50)));
      case 7 -> ActivityFilter.attribute("topic", pick(new String[] {"đất đai", "môi trường"}));
      case 8 -> ActivityFilter.allOf(filter(depth - 1), filter(depth - 1));
      case 9 -> ActivityFilter.anyOf(filter(depth - 1), filter(depth - 1));
      default -> ActivityFilter.not(filter(depth - 1));
    };
  }

  /** A fact filter. */
  public FactFilter fact() {
    FactFilter f = FactFilter.of(pick(new String[] {"new-rural-standard", "members", "budget"}));
    switch (below(4)) {
      case 0 -> f = f.withValue(FactValue.of(random.nextBoolean()));
      case 1 -> f = f.withValue(FactValue.of(new BigDecimal(below(100_000)).movePointLeft(1)));
      case 2 -> f = f.atLeast(below(20));
      default -> {}
    }
    return random.nextBoolean() ? f.throughout() : f;
  }

  /** A population. */
  public Population population() {
    Population p =
        switch (below(3)) {
          case 0 -> Population.units(Tier.COMMUNE, UnitType.XA, UnitType.PHUONG);
          case 1 -> Population.organizations(pick(OrganizationKind.values()));
          default -> Population.events(filter(1));
        };
    if (below(3) == 0) {
      p = p.at(Population.Reference.on(LocalDate.of(2020, 1 + below(12), 1)));
    }
    if (below(3) == 0) {
      p = p.excluding("x-" + below(9), Phrase.of("miễn", "exempt"));
    }
    return p;
  }

  /** A measure nested at most {@code depth} levels. */
  public Measure measure(int depth) {
    return switch (below(depth > 0 ? 6 : 3)) {
      case 0 -> Measure.count(filter(2));
      case 1 -> Measure.sum(filter(1), "participants");
      case 2 ->
          Measure.dataValues(
              DataElement.of("supervisions"),
              random.nextBoolean() ? Map.of() : Map.of("level", "commune"));
      case 3 -> Measure.subjectsWith(population(), fact());
      case 4 -> Measure.subjects(population());
      default -> Measure.sumOf(measure(depth - 1), measure(depth - 1));
    };
  }

  /**
   * A measure of records, nested at most {@code depth} levels: what a condition can read per
   * subject (not a count of a population's subjects).
   */
  public Measure recordMeasure(int depth) {
    return switch (below(depth > 0 ? 4 : 3)) {
      case 0 -> Measure.count(filter(2));
      case 1 -> Measure.sum(filter(1), "participants");
      case 2 ->
          Measure.dataValues(
              DataElement.of("supervisions"),
              random.nextBoolean() ? Map.of() : Map.of("level", "commune"));
      default -> Measure.sumOf(recordMeasure(depth - 1), recordMeasure(depth - 1));
    };
  }

  /** An expression nested at most {@code depth} levels; parameters are named {@code least}. */
  public Expr expr(int depth) {
    return switch (below(depth > 0 ? 7 : 5)) {
      case 0 -> Expr.constant(below(10));
      case 1 -> Expr.param("least");
      case 2 -> Expr.measure(recordMeasure(0));
      case 3 -> Expr.fact("members");
      case 4 -> Expr.unitsInside(pick(new Tier[] {Tier.COMMUNE, Tier.VILLAGE}));
      case 5 -> Expr.max(expr(depth - 1), expr(depth - 1));
      default -> Expr.min(expr(depth - 1), expr(depth - 1));
    };
  }

  /** A condition nested at most {@code depth} levels. */
  public Condition condition(int depth) {
    return switch (below(depth > 0 ? 8 : 5)) {
      case 0 -> {
        Condition.Bounds b = Condition.atLeast(expr(1), recordMeasure(1));
        yield switch (below(3)) {
          case 0 -> b.perYear();
          case 1 -> b.withinDaysAfterYearEnd(1 + below(60));
          default -> b;
        };
      }
      case 1 -> Condition.hasFact(fact());
      case 2 -> Condition.compare(expr(1), pick(Condition.Comparison.values()), expr(1));
      case 3 ->
          random.nextBoolean()
              ? Condition.eventShareAtLeast("women", "participants", 1 + below(3), 3 + below(3))
              : random.nextBoolean()
                  ? Condition.eventShareAbove("women", "participants", 1, 2)
                  : random.nextBoolean()
                      ? Condition.eventQuantityAtLeast("participants", below(40))
                      : Condition.eventQuantityAtLeast("participants", 3)
                          .fromEmployees(1 + below(50), 4 + below(3))
                          .fromEmployees(100 + below(100), 10 + below(5));
      case 4 ->
          switch (below(4)) {
            case 0 -> Condition.eventNoticeDays("notice-date", below(15));
            case 1 -> Condition.eventNoticeWorkingDays("notice-date", below(10));
            case 2 -> Condition.eventWithinDaysAfter("notice-date", below(15));
            default -> Condition.eventWithinWorkingDaysAfter("notice-date", below(10));
          };
      case 5 -> Condition.allOf(condition(depth - 1), condition(depth - 1));
      case 6 -> Condition.anyOf(condition(depth - 1), condition(depth - 1));
      default -> Condition.not(condition(depth - 1));
    };
  }

  /** A rule with the parameter {@code least}. */
  public ComplianceRule rule(String id) {
    ComplianceRule rule =
        ComplianceRule.of(
                id,
                Phrase.of("Quy tắc " + id, "Rule " + id),
                new LegalBasis(
                    "Luật 10/2022/QH15",
                    java.util.Optional.of("Điều " + (1 + below(90))),
                    java.util.Optional.empty(),
                    java.util.Optional.empty()),
                population(),
                condition(2))
            .withParameter("least", 1 + below(4));
    if (random.nextBoolean()) {
      rule = rule.withValidity(DateInterval.parse("2023-07-01/.."));
    }
    if (random.nextBoolean()) {
      rule =
          rule.withDescription("Mô tả " + id, "Description of " + id)
              .withConfidence(CONFIDENCES.get(below(CONFIDENCES.size())));
    }
    if (below(5) == 0) {
      rule = rule.disabled("căn cứ chưa được kiểm chứng / basis not verified");
    }
    return random.nextBoolean() ? rule.withSeverity(ComplianceRule.Severity.RECOMMENDED) : rule;
  }

  /** An indicator; a compliance rate refers to {@code ruleId}. */
  public Indicator indicator(String id, String ruleId) {
    Indicator indicator =
        switch (below(4)) {
          case 0 -> Indicator.measure(id, measure(2)).by(Breakdown.TIER, Breakdown.YEAR);
          case 1 ->
              Indicator.ratio(id, measure(1), measure(1))
                  .onZeroDenominator(
                      below(4) == 0 // rare enough that most generated packs evaluate
                          ? Indicator.ZeroDenominator.ERROR
                          : Indicator.ZeroDenominator.UNDEFINED);
          case 2 ->
              Indicator.coverage(id, population(), condition(1))
                  .by(Breakdown.unitAt(Tier.DISTRICT));
          default -> Indicator.complianceRate(id, ruleId).by(Breakdown.TIER);
        };
    if (random.nextBoolean()) {
      indicator =
          indicator.withFormat(
              FigureFormat.counting("xã", "communes")
                  .withPercentDecimals(below(4))
                  .withRounding(
                      pick(new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.DOWN})));
    }
    indicator =
        random.nextBoolean() ? indicator.withTitle("Chỉ tiêu " + id, "Indicator " + id) : indicator;
    return random.nextBoolean() ? indicator.withTopic(topic()) : indicator;
  }

  /** A topic of any category and setting. */
  public io.github.qcdc.indicator.Topic topic() {
    return io.github.qcdc.indicator.Topic.of(
        pick(io.github.qcdc.indicator.Topic.Category.values()),
        pick(io.github.qcdc.indicator.Topic.Setting.values()));
  }

  /** A valid pack of up to four rules and four indicators. */
  public RulePack pack() {
    RulePack pack =
        RulePack.of("pack-" + below(1000), "2026." + below(10))
            .withCalendar(pick(ReportingCalendar.values()))
            .withParameter("least", 1 + below(3));
    int rules = 1 + below(4);
    for (int r = 0; r < rules; r++) {
      ComplianceRule rule = rule("r" + r);
      pack = pack.with(random.nextBoolean() ? rule.withTopic(topic()) : rule);
    }
    int indicators = below(5);
    for (int i = 0; i < indicators; i++) {
      pack = pack.with(indicator("i" + i, "r" + below(rules)));
    }
    return pack;
  }
}

package io.github.qcdc.rule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.internal.Walk;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingCalendar;
import io.github.qcdc.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of indicators and rules evaluated together, with an id, a version, the reporting calendar
 * and the parameters a province sets over the rules' defaults (Nghệ An asks 2 dialogues a year
 * where the national floor is 1: {@code pack.withParameter("minDialoguesPerYear", 2)}).
 *
 * <p>{@link #validate} finds every static problem at once: repeated ids, a compliance rate of an
 * unknown rule, a parameter a condition reads that neither the rule nor the pack sets, a rule whose
 * legal regime does not overlap the period. Indicators refer only to rules, never to indicators, so
 * definitions cannot form cycles.
 *
 * @param id the pack's id
 * @param version the pack's version text
 * @param calendar how periods map to days
 * @param parameters parameter values set by the pack, by name
 * @param indicators the indicators
 * @param rules the rules
 * @param examples worked examples of the rules and indicators, run as tests
 * @since 0.1
 */
public record RulePack(
    String id,
    String version,
    ReportingCalendar calendar,
    ImmutableSortedMap<String, Long> parameters,
    ImmutableList<Indicator> indicators,
    ImmutableList<ComplianceRule> rules,
    ImmutableList<RuleExample> examples) {

  private static final java.util.Set<Breakdown.Dimension> SUBJECT_DIMENSIONS =
      java.util.EnumSet.of(
          Breakdown.Dimension.TIER,
          Breakdown.Dimension.UNIT,
          Breakdown.Dimension.UNIT_TYPE,
          Breakdown.Dimension.TAG);

  /**
   * Validates the id and version.
   *
   * @param id the pack's id
   * @param version the pack's version text
   * @param calendar how periods map to days
   * @param parameters parameter values set by the pack, by name
   * @param indicators the indicators
   * @param rules the rules
   * @param examples worked examples of the rules and indicators, run as tests
   */
  public RulePack {
    Checks.id("rule pack id", id);
    Checks.text("rule pack version", version);
  }

  /**
   * {@return an empty pack on the civil calendar}
   *
   * @param id the pack's id
   * @param version the pack's version text
   */
  public static RulePack of(String id, String version) {
    return new RulePack(
        id,
        version,
        ReportingCalendar.CIVIL,
        ImmutableSortedMap.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /**
   * {@return this pack with {@code more} indicators}
   *
   * @param more the definitions added, after the pack's own
   */
  public RulePack with(Indicator... more) {
    return copy(p -> p.indicators = concat(indicators, more));
  }

  /**
   * {@return this pack with {@code more} rules}
   *
   * @param more the definitions added, after the pack's own
   */
  public RulePack with(ComplianceRule... more) {
    return copy(p -> p.rules = concat(rules, more));
  }

  /**
   * {@return this pack setting parameter {@code name} to {@code value} for every rule}
   *
   * @param name the parameter's name
   * @param value its value for every rule that reads it
   */
  public RulePack withParameter(String name, long value) {
    Map<String, Long> copy = new TreeMap<>(parameters);
    copy.put(Checks.parameter("parameter", name), value);
    return copy(p -> p.parameters = ImmutableSortedMap.copyOf(copy));
  }

  /**
   * {@return this pack on {@code newCalendar}}
   *
   * @param newCalendar the reporting calendar
   */
  public RulePack withCalendar(ReportingCalendar newCalendar) {
    return copy(p -> p.calendar = newCalendar);
  }

  /**
   * {@return this pack with {@code more} examples}
   *
   * @param more the worked examples added, after the pack's own
   */
  public RulePack withExamples(RuleExample... more) {
    return copy(p -> p.examples = concat(examples, more));
  }

  /** {@return this pack without its examples: the definitions alone, which a fingerprint covers} */
  public RulePack withoutExamples() {
    return copy(p -> p.examples = ImmutableList.of());
  }

  /**
   * {@return this pack with rules {@code ruleIds} enabled (a province enabling a rule the national
   * pack ships disabled)}
   *
   * @param ruleIds the rules' ids
   * @throws IllegalArgumentException if the pack has no rule of one of the ids
   */
  public RulePack enabling(String... ruleIds) {
    return replacing(ruleIds, ComplianceRule::enabled);
  }

  /**
   * {@return this pack with rule {@code ruleId} disabled for {@code reason}}
   *
   * @param ruleId the rule's id
   * @param reason why, as reports and the catalogue say it
   * @throws IllegalArgumentException if the pack has no rule {@code ruleId}
   */
  public RulePack disabling(String ruleId, String reason) {
    return replacing(new String[] {ruleId}, r -> r.disabled(reason));
  }

  /**
   * {@return this pack narrowed to what is about {@code categories} of the law: the rules and
   * indicators whose topic's category is one of them, the rules that kept compliance rates read,
   * and the examples of what is kept} A rule or indicator that states no topic is left out.
   *
   * @param categories the content categories kept, at least one
   * @throws IllegalArgumentException if {@code categories} is empty
   * @since 0.2
   */
  public RulePack about(java.util.Set<io.github.qcdc.indicator.Topic.Category> categories) {
    return PackTopics.about(this, categories);
  }

  private RulePack replacing(
      String[] ruleIds, java.util.function.UnaryOperator<ComplianceRule> change) {
    java.util.Set<String> wanted = new java.util.TreeSet<>(List.of(ruleIds));
    List<ComplianceRule> changed = new ArrayList<>();
    for (ComplianceRule rule : rules) {
      changed.add(wanted.remove(rule.id()) ? change.apply(rule) : rule);
    }
    if (!wanted.isEmpty()) {
      throw new IllegalArgumentException("pack " + id + " has no rule " + wanted);
    }
    return copy(p -> p.rules = ImmutableList.copyOf(changed));
  }

  @SafeVarargs
  private static <T> ImmutableList<T> concat(ImmutableList<T> list, T... more) {
    return ImmutableList.<T>builder().addAll(list).add(more).build();
  }

  /** This pack with what {@code change} changes of its components, the rest kept. */
  private RulePack copy(java.util.function.Consumer<Components> change) {
    Components c = new Components(this);
    change.accept(c);
    return new RulePack(
        c.id, c.version, c.calendar, c.parameters, c.indicators, c.rules, c.examples);
  }

  /** The components of a pack being copied: the one place that lists them all. */
  private static final class Components {
    String id;
    String version;
    ReportingCalendar calendar;
    ImmutableSortedMap<String, Long> parameters;
    ImmutableList<Indicator> indicators;
    ImmutableList<ComplianceRule> rules;
    ImmutableList<RuleExample> examples;

    Components(RulePack pack) {
      id = pack.id;
      version = pack.version;
      calendar = pack.calendar;
      parameters = pack.parameters;
      indicators = pack.indicators;
      rules = pack.rules;
      examples = pack.examples;
    }
  }

  /**
   * {@return the rule {@code ruleId}, if the pack has it}
   *
   * @param ruleId the rule's id
   */
  public Optional<ComplianceRule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /**
   * {@return the indicator {@code indicatorId}, if the pack has it}
   *
   * @param indicatorId the indicator's id
   */
  public Optional<Indicator> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /**
   * {@return the value of parameter {@code name} for {@code rule}: the pack's if set, else the
   * rule's default, else empty}
   *
   * @param rule a rule of this pack
   * @param name the parameter's name
   */
  public Optional<Long> parameter(ComplianceRule rule, String name) {
    Long value = parameters.get(name);
    if (value == null) {
      value = rule.parameters().get(name);
    }
    return Optional.ofNullable(value);
  }

  /**
   * {@return where the value of {@code name} for {@code rule} comes from, for evidence}
   *
   * @param rule a rule of this pack
   * @param name the parameter's name
   */
  public String parameterSource(ComplianceRule rule, String name) {
    return parameters.containsKey(name) ? "pack " + id : "rule " + rule.id() + " default";
  }

  /**
   * {@return every static problem of the pack for {@code period}, in pack order; empty if none: the
   * problems of {@link #validateDefinitions()} and every rule whose regime does not overlap the
   * period}
   *
   * @param period the period a report would cover
   */
  public ImmutableList<Problem> validate(ReportingPeriod period) {
    List<Problem> problems = new ArrayList<>(validateDefinitions());
    DateInterval days = calendar.interval(period);
    for (int r = 0; r < rules.size(); r++) {
      ComplianceRule rule = rules.get(r);
      if (!rule.validity().overlaps(days)) {
        problems.add(
            Problem.in(
                Problem.Item.of("rules", r, "validity"),
                "rule %s is in force %s, which does not overlap period %s (%s)",
                rule.id(),
                rule.validity(),
                period,
                days));
      }
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * {@return every problem of the definitions themselves, whatever the period: repeated ids, a
   * compliance rate of an unknown rule, a parameter nobody sets, a breakdown by year, quarter,
   * activity type, organiser or disaggregation of a coverage or compliance rate (whose cells are
   * subjects)}
   */
  public ImmutableList<Problem> validateDefinitions() {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < indicators.size(); i++) {
      indicatorProblems(indicators.get(i), Problem.Item.of("indicators", i, ""), ids, problems);
    }
    for (int r = 0; r < rules.size(); r++) {
      ComplianceRule rule = rules.get(r);
      Problem.Item item = Problem.Item.of("rules", r, "");
      String earlier = ids.putIfAbsent(rule.id(), item.path());
      if (earlier != null) {
        problems.add(
            Problem.in(item.withField("id"), "id %s is already used by %s", rule.id(), earlier));
      }
      Map<String, Long> known = new HashMap<>(rule.parameters());
      known.putAll(parameters);
      Problem.Item condition = item.withField("condition");
      checkParameters(condition, "rule " + rule.id(), rule.condition(), known, problems);
      checkPerSubject(condition, "rule " + rule.id(), rule.condition(), problems);
    }
    for (int e = 0; e < examples.size(); e++) {
      RuleExample example = examples.get(e);
      if (!ids.containsKey(example.target())) {
        problems.add(
            Problem.in(
                Problem.Item.of("examples", e, "target"),
                "%s refers to unknown rule or indicator %s",
                example,
                example.target()));
      }
    }
    return ImmutableList.copyOf(problems);
  }

  /** The problems of indicator {@code indicator}, element {@code item} of the pack. */
  private void indicatorProblems(
      Indicator indicator, Problem.Item item, Map<String, String> ids, List<Problem> problems) {
    String earlier = ids.putIfAbsent(indicator.id(), item.path());
    if (earlier != null) {
      problems.add(
          Problem.in(item.withField("id"), "id %s is already used by %s", indicator.id(), earlier));
    }
    if (indicator.definition() instanceof Indicator.ComplianceRate rate
        && rule(rate.ruleId()).isEmpty()) {
      problems.add(
          Problem.in(
              item.withField("rule"),
              "indicator %s refers to unknown rule %s",
              indicator.id(),
              rate.ruleId()));
    }
    if (indicator.definition() instanceof Indicator.Coverage coverage) {
      checkParameters(
          item.withField("condition"),
          "indicator " + indicator.id(),
          coverage.condition(),
          parameters,
          problems);
      checkPerSubject(
          item.withField("condition"),
          "indicator " + indicator.id(),
          coverage.condition(),
          problems);
    }
    boolean countsSubjects =
        indicator.definition() instanceof Indicator.Coverage
            || indicator.definition() instanceof Indicator.ComplianceRate;
    for (Breakdown b : indicator.breakdowns()) {
      if (countsSubjects && !SUBJECT_DIMENSIONS.contains(b.dimension())) {
        problems.add(
            Problem.in(
                item.withField("breakdowns"),
                "indicator %s counts subjects; it can be broken down by tier, unit, unit-type or"
                    + " tag, not %s",
                indicator.id(),
                b));
      }
    }
  }

  /**
   * A condition is checked per subject, on the records of the subject: a measure that counts the
   * subjects of a population has no value per subject, so a condition cannot read one.
   */
  private static void checkPerSubject(
      Problem.Item item, String owner, Condition condition, List<Problem> problems) {
    List<Measure> read = new ArrayList<>();
    Walk.conditions(
        condition,
        c -> {
          if (c instanceof Condition.Bounds b) {
            read.add(b.measure());
          }
        });
    Walk.exprs(
        condition,
        e -> {
          if (e instanceof Expr.MeasureOf m) {
            read.add(m.measure());
          }
        });
    for (Measure measure : read) {
      if (countsSubjects(measure)) {
        problems.add(
            Problem.in(
                item,
                "%s reads %s per subject; a count of a population's subjects has no value per"
                    + " subject",
                owner,
                measure.describe().en()));
      }
    }
  }

  private static boolean countsSubjects(Measure measure) {
    return measure instanceof Measure.CountSubjects
        || measure instanceof Measure.CountSubjectsWithFact
        || (measure instanceof Measure.Sum sum
            && sum.measures().stream().anyMatch(RulePack::countsSubjects));
  }

  private static void checkParameters(
      Problem.Item item,
      String owner,
      Condition condition,
      Map<String, Long> known,
      List<Problem> problems) {
    Walk.exprs(
        condition,
        e -> {
          if (e instanceof Expr.Param p && !known.containsKey(p.name())) {
            problems.add(
                Problem.in(
                    item,
                    "%s reads parameter %s, which neither the rule nor the pack sets",
                    owner,
                    p.name()));
          }
        });
  }
}

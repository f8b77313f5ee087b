package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.period.WorkingDays;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a rule pack over a dataset, a scope and a period into a {@link Report}, in one pass
 * over the activity rows of the scope (split into parts evaluated in parallel when asked), one pass
 * over the data values, and look-ups of facts.
 *
 * <p>Evaluation is pure: no clock, no default locale, no hash order in any output; the same inputs
 * give an equal report for any record order and any parallelism. The pack is checked first ({@link
 * RulePack#validateDefinitions()}); rules whose regime does not overlap the period give
 * NOT_APPLICABLE verdicts.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Evaluator {
  private final RulePack pack;
  private final String packFingerprint;
  private final Vocabulary vocabulary;
  private final WorkingDays workingDays;

  private Evaluator(RulePack pack, WorkingDays workingDays) {
    this.pack = pack;
    this.workingDays = workingDays;
    this.vocabulary = Vocabulary.of(pack);
    this.packFingerprint =
        Hashing.sha256()
            .hashString(
                io.github.qcdc.internal.Canonical.of(pack.withoutExamples()),
                StandardCharsets.UTF_8)
            .toString();
  }

  /**
   * {@return an evaluator of {@code pack}}
   *
   * @param pack the pack, whose definitions are checked first
   * @throws QcdcException listing every problem of the pack's definitions
   */
  public static Evaluator of(RulePack pack) {
    ImmutableList<Problem> problems = pack.validateDefinitions();
    if (!problems.isEmpty()) {
      throw new QcdcException("invalid rule pack " + pack.id(), problems);
    }
    return new Evaluator(pack, WorkingDays.vietnam());
  }

  /** {@return the pack} */
  public RulePack pack() {
    return pack;
  }

  /**
   * {@return the calendar that working days are counted by: {@link WorkingDays#vietnam()} unless
   * {@link #withWorkingDays} says otherwise}
   *
   * @since 0.2
   */
  public WorkingDays workingDays() {
    return workingDays;
  }

  /**
   * {@return this evaluator counting working days by {@code calendar}: a calendar read from a newer
   * file (a year decided after this release) with {@link WorkingDays#parse}} A condition counted
   * over days the calendar does not cover, or whose answer depends on days it leaves unsettled,
   * gives NO_DATA with the reason.
   *
   * @param calendar the calendar working days are counted by
   * @since 0.2
   */
  public Evaluator withWorkingDays(WorkingDays calendar) {
    return new Evaluator(pack, calendar);
  }

  /**
   * {@return what this evaluator's pack reads that {@code dataset} never mentions: data elements,
   * disaggregation categories, fact keys, activity attributes and quantities, organisation kinds;
   * one sentence per kind of name, each name with the closest one the dataset has ("did you mean")}
   * Empty when the dataset mentions every name. Every report carries these among its warnings.
   *
   * @param dataset the records the evaluator is to read
   */
  public ImmutableList<String> namesMissingFrom(Dataset dataset) {
    return vocabulary.missingFrom(Vocabulary.of(dataset));
  }

  /**
   * Evaluates with the default options: the tree of the period end, one part.
   *
   * @param dataset the records
   * @param scope the unit whose territory the report covers, in force on the report's day
   * @param period the period reported on
   * @return the evaluation, whose report holds every figure and verdict
   */
  public Evaluation evaluate(Dataset dataset, UnitCode scope, ReportingPeriod period) {
    return evaluate(dataset, scope, period, EvaluationOptions.defaults());
  }

  /**
   * Evaluates every indicator and rule for the whole tree (every province) and {@code period}.
   *
   * @param dataset the records
   * @param period the period reported on
   * @param options how the evaluation runs: the day of the tree, the parts, the evidence
   * @return the evaluation, whose report holds every figure and verdict
   * @throws QcdcException as {@link #evaluate(Dataset, UnitCode, ReportingPeriod,
   *     EvaluationOptions)} does
   */
  public Evaluation evaluateAll(
      Dataset dataset, ReportingPeriod period, EvaluationOptions options) {
    return evaluate(dataset, Optional.empty(), period, options);
  }

  /**
   * Evaluates every indicator and rule of the pack for {@code scope} and {@code period}.
   *
   * @param dataset the records
   * @param scope the unit whose territory the report covers, in force on the report's day
   * @param period the period reported on
   * @param options how the evaluation runs: the day of the tree, the parts, the evidence
   * @return the evaluation, whose report holds every figure and verdict
   * @throws QcdcException if the scope is not in force on the report's day, a breakdown is too
   *     fine, or a ratio with an {@code ERROR} policy has a zero denominator
   */
  public Evaluation evaluate(
      Dataset dataset, UnitCode scope, ReportingPeriod period, EvaluationOptions options) {
    return evaluate(dataset, Optional.of(scope), period, options);
  }

  private Evaluation evaluate(
      Dataset dataset,
      Optional<UnitCode> scope,
      ReportingPeriod period,
      EvaluationOptions options) {
    if (period.end().getYear() >= 9999) {
      throw new QcdcException(
          "cannot evaluate",
          List.of(
              Problem.of(
                  "period",
                  "period %s ends in year %s; reports cover years up to 9998 (the engine reads the"
                      + " year after a period)",
                  period,
                  period.end().getYear())));
    }
    try {
      return evaluateExactly(dataset, scope, period, options);
    } catch (ArithmeticException e) {
      // every sum is exact (Math.addExact): one that would pass the largest long is refused
      throw new QcdcException(
          "cannot evaluate",
          List.of(
              Problem.of(
                  "pack "
                      + pack.id()
                      + ", scope "
                      + scope.map(UnitCode::value).orElse("all")
                      + ", period "
                      + period,
                  "a sum of the records' amounts passes %s, the largest exact count: no figure"
                      + " is given rather than a wrong one (check the data values and quantities"
                      + " for an amount entered wrong)",
                  Long.MAX_VALUE)));
    }
  }

  private Evaluation evaluateExactly(
      Dataset dataset,
      Optional<UnitCode> scope,
      ReportingPeriod period,
      EvaluationOptions options) {
    Scope s = new Scope(dataset, scope, period, pack.calendar(), options, workingDays);
    Plan plan = new Plan(pack, s);
    Partial total = plan.run(options.parallelism());
    plan.addFactCounts(total);
    Figures figures = new Figures(s, plan, total, pack);
    List<RuleResult> rules = new ArrayList<>();
    for (int r = 0; r < pack.rules().size(); r++) {
      rules.add(figures.ruleResult(pack.rules().get(r), plan.rules.get(r), total.rules[r]));
    }
    List<Figure> all = new ArrayList<>();
    for (int i = 0; i < pack.indicators().size(); i++) {
      all.add(figures.figure(pack.indicators().get(i), i, rules));
    }
    Report report =
        new Report(
            pack.id(),
            pack.version(),
            packFingerprint,
            String.format(
                java.util.Locale.ROOT, "%016x%016x", total.fingerprintA, total.fingerprintB),
            scope,
            period,
            s.days,
            s.tree.date(),
            ImmutableList.copyOf(all),
            ImmutableList.copyOf(rules),
            new Report.Diagnostics(
                total.outsideTree,
                total.remapped,
                total.generalised,
                rules.stream().mapToLong(r -> r.counts().get(Verdict.NO_DATA)).sum(),
                ImmutableList.<String>builder()
                    .addAll(s.warnings(total.outsideTree, total.unrecorded))
                    .addAll(vocabulary.missingFrom(Vocabulary.of(dataset)))
                    .addAll(FigureWarnings.of(s, total, all, rules))
                    .addAll(FigureWarnings.unverified(pack, rules))
                    .build()));
    return new Evaluation(report, s, plan);
  }
}

package io.github.qcdc.engine;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns what a pass added up into verdicts: evaluates a rule's condition for each subject, and an
 * event's condition on the event itself, with the evidence of every check.
 */
final class Verdicts {
  private final Scope scope;
  private final Map<String, List<Fact>> facts;
  private final IdentityHashMap<RulePlan, IdentityHashMap<Expr, Value>> constants =
      new IdentityHashMap<>();
  private final IdentityHashMap<Condition, Phrase> descriptions = new IdentityHashMap<>();

  /** The plans of every rule of the evaluation, whose evidence one pass over the rows finds. */
  private final java.util.function.Supplier<List<RulePlan>> plans;

  /**
   * Per slot key, the evidence rows of every rule, found in one pass over the rows when the first
   * evidence is read (slots of equal keys read the same rows into the same cells, so they share one
   * search); null until then. Guarded by this object.
   */
  private java.util.@org.jspecify.annotations.Nullable Map<List<Object>, CellRows> evidence;

  /** The verdict of one part of a condition, and its checks. */
  record Outcome(Verdict verdict, List<Evidence.Check> checks) {}

  /** A number an expression gives, with how it was obtained; empty value when data is missing. */
  private record Value(OptionalLong value, String text) {}

  private final Tally tally;

  Verdicts(
      Scope scope,
      Map<String, List<Fact>> factsBySubject,
      java.util.function.Supplier<List<RulePlan>> plans) {
    this.scope = scope;
    this.plans = plans;
    this.facts = factsBySubject;
    this.tally = new Tally(scope, factsBySubject);
  }

  /** The verdict of an event subject: its own quantities and attributes. */
  SubjectVerdict event(RulePlan plan, int row) {
    return EventVerdicts.event(scope, plan, row);
  }

  /**
   * The verdicts of {@code plan}'s subjects: for events, the list the pass made; otherwise a {@link
   * VerdictTable} that knows every verdict at once and writes a subject's evidence when it is read.
   */
  List<SubjectVerdict> subjects(RulePlan plan, Partial.RuleState state) {
    if (plan.events) {
      if (scope.evidence == EvidenceDetail.FULL) {
        return ImmutableList.copyOf(state.events);
      }
      return state.events.stream()
          .map(
              v ->
                  new SubjectVerdict(
                      v.subject(), v.name(), v.verdict(), reported(v.evidence().checks())))
          .collect(toImmutableList());
    }
    return new VerdictTable(this, tally, plan, state);
  }

  /** The evidence of a verdict reported without any. */
  static final Evidence NO_EVIDENCE = new Evidence(ImmutableList.of());

  /** The verdict of subject {@code s} with its evidence; callers hold this object's lock. */
  SubjectVerdict subject(RulePlan plan, Partial.RuleState state, int s) {
    PopulationSubjects.Subject subject = plan.subjects.get(s);
    Outcome outcome =
        plan.applied.isEmpty() ? notInForce(plan) : evaluate(plan.condition, plan, state, s);
    return new SubjectVerdict(
        subject.id(), subject.name(), outcome.verdict, reported(outcome.checks));
  }

  /**
   * {@code checks} as the evaluation reports evidence ({@link EvidenceDetail}): all of them,
   * without their record ids, or none.
   */
  private Evidence reported(List<Evidence.Check> checks) {
    return switch (scope.evidence) {
      case NONE -> NO_EVIDENCE;
      case SUMMARY ->
          new Evidence(checks.stream().map(Verdicts::withoutRecords).collect(toImmutableList()));
      case FULL -> new Evidence(ImmutableList.copyOf(checks));
    };
  }

  /** {@code check} without the ids of its records: {@link EvidenceDetail#SUMMARY}. */
  private static Evidence.Check withoutRecords(Evidence.Check check) {
    return new Evidence.Check(
        check.what(),
        check.window(),
        check.observed(),
        check.required(),
        check.outcome(),
        check.recordCount(),
        List.of());
  }

  private static Outcome notInForce(RulePlan plan) {
    return new Outcome(
        Verdict.NOT_APPLICABLE,
        List.of(
            new Evidence.Check(
                Phrase.of(
                    "quy tắc không có hiệu lực trong kỳ", "the rule is not in force in the period"),
                plan.scope.period.toString(),
                Optional.empty(),
                "in force",
                Verdict.NOT_APPLICABLE,
                0,
                ImmutableList.of())));
  }

  private Outcome evaluate(Condition c, RulePlan plan, Partial.RuleState state, int s) {
    if (c instanceof Condition.Bounds b) {
      return bounds(b, plan, state, s);
    } else if (c instanceof Condition.HasFact f) {
      return hasFact(f, plan, s);
    } else if (c instanceof Condition.Compare cmp) {
      Value left = number(cmp.left(), plan, state, s);
      Value right = number(cmp.right(), plan, state, s);
      Verdict v =
          left.value.isEmpty() || right.value.isEmpty()
              ? Verdict.NO_DATA
              : cmp.op().test(left.value.getAsLong(), right.value.getAsLong())
                  ? Verdict.PASS
                  : Verdict.FAIL;
      return single(
          cmp.describe(),
          plan.scope.period.toString(),
          left.value.isPresent() ? Optional.of(left.value.getAsLong()) : Optional.empty(),
          cmp.op().symbol() + " " + right.text,
          v,
          ImmutableList.of());
    } else if (c instanceof Condition.AllOf all) {
      return combine(all.conditions(), plan, state, s, true);
    } else if (c instanceof Condition.AnyOf any) {
      return combine(any.conditions(), plan, state, s, false);
    } else if (c instanceof Condition.Not not) {
      Outcome inner = evaluate(not.condition(), plan, state, s);
      return new Outcome(inner.verdict.negate(), inner.checks);
    }
    return single(
        c.describe(),
        "",
        Optional.empty(),
        "an event condition applies to events only",
        Verdict.NOT_APPLICABLE,
        ImmutableList.of());
  }

  private Outcome combine(
      List<Condition> parts, RulePlan plan, Partial.RuleState state, int s, boolean all) {
    Verdict verdict = null;
    List<Evidence.Check> checks = new ArrayList<>();
    for (Condition part : parts) {
      Outcome o = evaluate(part, plan, state, s);
      verdict = verdict == null ? o.verdict : all ? verdict.and(o.verdict) : verdict.or(o.verdict);
      checks.addAll(o.checks);
    }
    return new Outcome(java.util.Objects.requireNonNull(verdict), checks);
  }

  private Outcome bounds(Condition.Bounds b, RulePlan plan, Partial.RuleState state, int s) {
    int k = plan.slot(b);
    Slot slot = plan.slots.get(k);
    Phrase what = descriptions.computeIfAbsent(b, x -> b.measure().describe());
    if (!state.seen[k][s] && !plan.absenceMeansZero) {
      return single(
          what,
          plan.scope.period.toString(),
          Optional.empty(),
          "records to count",
          Verdict.NO_DATA,
          ImmutableList.of());
    }
    Value least = b.atLeast().map(e -> number(e, plan, state, s)).orElse(null);
    Value most = b.atMost().map(e -> number(e, plan, state, s)).orElse(null);
    String required =
        (least == null ? "" : "≥ " + least.text)
            + (least != null && most != null ? " and " : "")
            + (most == null ? "" : "≤ " + most.text);
    Verdict verdict = null;
    List<Evidence.Check> checks = new ArrayList<>();
    for (int w = 0; w < slot.windows; w++) {
      if (!slot.isValid(w) || !plan.hasDaysIn(s, slot, w)) {
        continue;
      }
      long observed = state.value(k, s * slot.windows + w);
      Verdict v;
      if ((least != null && least.value.isEmpty()) || (most != null && most.value.isEmpty())) {
        v = Verdict.NO_DATA;
      } else {
        boolean ok =
            (least == null || observed >= least.value.getAsLong())
                && (most == null || observed <= most.value.getAsLong());
        v = ok ? Verdict.PASS : Verdict.FAIL;
      }
      verdict = verdict == null ? v : verdict.and(v);
      checks.add(
          new Evidence.Check(
              what,
              plan.windowLabel(s, slot, w),
              Optional.of(observed),
              required,
              v,
              state.counts[k][s * slot.windows + w],
              records(plan, state, slot, k, s, w)));
    }
    if (verdict == null) {
      return single(
          what,
          plan.scope.period.toString(),
          Optional.empty(),
          "a whole window inside the period",
          Verdict.NOT_APPLICABLE,
          ImmutableList.of());
    }
    return new Outcome(verdict, checks);
  }

  /**
   * The first ids (up to the evidence limit) of the records read in window {@code w}: activities in
   * row order, then data values; listed when first read.
   */
  private List<String> records(
      RulePlan plan, Partial.RuleState state, Slot slot, int k, int s, int w) {
    if (scope.evidenceIds == 0) {
      return List.of(); // no id asked for: the rows are not read again
    }
    List<Partial.ValueRef> refs = state.valueRefs(k, s);
    List<String> values = new ArrayList<>();
    for (Partial.ValueRef ref : refs) {
      if (ref.window() == w) {
        values.add(ref.id());
      }
    }
    int cell = s * slot.windows + w;
    int limit = scope.evidenceIds;
    return new LazyList<>(
        () -> {
          int[] picked = evidenceRows(plan, k).first(cell, limit);
          return scope.table.idList(
              picked, values.subList(0, Math.min(values.size(), limit - picked.length)));
        });
  }

  /**
   * The evidence rows of {@code plan}'s slot {@code k}: the first read finds those of every rule's
   * slots in one pass over the rows (a report written whole reads the rows once, not once per
   * slot).
   */
  private synchronized CellRows evidenceRows(RulePlan plan, int k) {
    if (evidence == null) {
      evidence = Pass.evidence(scope, plans.get());
    }
    return evidence.computeIfAbsent(
        plan.slotKeys.get(k), key -> Pass.evidence(scope, List.of(plan)).get(key));
  }

  private Outcome hasFact(Condition.HasFact c, RulePlan plan, int s) {
    String key = subjectKey(plan, s);
    List<Fact> all = facts.getOrDefault(key, List.of());
    LocalDate start = plan.applied.orElseThrow().start();
    LocalDate end = plan.referenceDay;
    ImmutableList<String> matched =
        all.stream()
            .filter(f -> c.fact().matches(f, start, end))
            .map(f -> f.id().value())
            .collect(ImmutableList.toImmutableList());
    boolean known = all.stream().anyMatch(f -> f.key().equals(c.fact().key()));
    Verdict v =
        !matched.isEmpty()
            ? Verdict.PASS
            : known || plan.absenceMeansZero ? Verdict.FAIL : Verdict.NO_DATA;
    ImmutableList<String> read =
        matched.isEmpty()
            ? all.stream()
                .filter(f -> f.key().equals(c.fact().key()))
                .map(f -> f.id().value())
                .collect(ImmutableList.toImmutableList())
            : matched;
    return single(
        c.describe(), end.toString(), Optional.empty(), c.fact().describe().en(), v, read);
  }

  private static String subjectKey(RulePlan plan, int s) {
    return plan.subjects.get(s).key();
  }

  private Value number(Expr e, RulePlan plan, Partial.RuleState state, int s) {
    if (e instanceof Expr.Constant || e instanceof Expr.Param) {
      IdentityHashMap<Expr, Value> cache =
          constants.computeIfAbsent(plan, p -> new IdentityHashMap<>());
      Value known = cache.get(e);
      if (known == null) {
        known = compute(e, plan, state, s);
        cache.put(e, known);
      }
      return known;
    }
    return compute(e, plan, state, s);
  }

  private Value compute(Expr e, RulePlan plan, Partial.RuleState state, int s) {
    if (e instanceof Expr.Constant c) {
      return new Value(OptionalLong.of(c.value()), Long.toString(c.value()));
    } else if (e instanceof Expr.Param p) {
      long value = plan.parameter.apply(p.name()).orElseThrow();
      return new Value(
          OptionalLong.of(value),
          value + " (" + p.name() + ", " + plan.parameterSource.apply(p.name()) + ")");
    } else if (e instanceof Expr.MeasureOf m) {
      int k = plan.slot(m);
      boolean seen = state.seen[k][s] || plan.absenceMeansZero;
      OptionalLong value = seen ? OptionalLong.of(state.value(k, s)) : OptionalLong.empty();
      return new Value(value, m.describe().en() + " = " + (seen ? value.getAsLong() : "no data"));
    } else if (e instanceof Expr.FactNumber f) {
      return factNumber(f.key(), plan, s);
    } else if (e instanceof Expr.UnitsInside u) {
      int t = plan.subjects.get(s).treeIndex();
      OptionalLong count = UnitsInside.of(scope, t, u.tier());
      return new Value(
          count,
          count.isPresent()
              ? count.getAsLong() + " (" + u.describe().en() + ")"
              : u.describe().en() + " = " + UnitsInside.unknown(scope, t, u.tier()));
    }
    boolean max = e instanceof Expr.Max;
    List<Expr> terms = max ? ((Expr.Max) e).terms() : ((Expr.Min) e).terms();
    OptionalLong result = OptionalLong.empty();
    List<String> texts = new ArrayList<>();
    boolean missing = false;
    for (Expr term : terms) {
      Value n = number(term, plan, state, s);
      texts.add(n.text);
      if (n.value.isEmpty()) {
        missing = true;
      } else if (result.isEmpty()) {
        result = n.value;
      } else {
        long a = result.getAsLong();
        long b = n.value.getAsLong();
        result = OptionalLong.of(max ? Math.max(a, b) : Math.min(a, b));
      }
    }
    OptionalLong value = missing ? OptionalLong.empty() : result;
    String text = (max ? "max(" : "min(") + String.join(", ", texts) + ")";
    return new Value(value, value.isPresent() ? value.getAsLong() + " = " + text : text);
  }

  private Value factNumber(String key, RulePlan plan, int s) {
    for (Fact fact : facts.getOrDefault(subjectKey(plan, s), List.of())) {
      if (fact.key().equals(key)
          && fact.validity().contains(plan.referenceDay)
          && fact.value() instanceof FactValue.Decimal d) {
        BigDecimal number = d.value();
        if (number.scale() == 0) {
          return new Value(
              OptionalLong.of(number.longValueExact()),
              key + " = " + number + " (fact " + fact.id() + ")");
        }
      }
    }
    return new Value(OptionalLong.empty(), key + " = no whole-number fact");
  }

  static Outcome single(
      Phrase what,
      String window,
      Optional<Long> observed,
      String required,
      Verdict v,
      ImmutableList<String> records) {
    return new Outcome(
        v,
        List.of(new Evidence.Check(what, window, observed, required, v, records.size(), records)));
  }
}

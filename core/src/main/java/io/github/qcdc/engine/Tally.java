package io.github.qcdc.engine;

import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.rule.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The verdict of a subject and the number of records its checks read, without writing the evidence:
 * what counts, compliance rates and coverages need, for every subject of every rule. It gives what
 * {@link Verdicts} gives in full (a property test holds them equal), at a fraction of the cost.
 */
final class Tally {
  /** A verdict and the records its checks read. */
  record Result(Verdict verdict, long records) {}

  private static final Result NO_DATA = new Result(Verdict.NO_DATA, 0);
  private static final Result NOT_APPLICABLE = new Result(Verdict.NOT_APPLICABLE, 0);

  private final Scope scope;
  private final Map<String, List<Fact>> facts;

  /** Whether the last {@link #value} had no number (no record, no fact): a flag, not a value. */
  private boolean missing;

  Tally(Scope scope, Map<String, List<Fact>> facts) {
    this.scope = scope;
    this.facts = facts;
  }

  Result of(Condition c, RulePlan plan, Partial.RuleState state, int s) {
    if (plan.applied.isEmpty()) {
      return NOT_APPLICABLE;
    }
    return evaluate(c, plan, state, s);
  }

  private Result evaluate(Condition c, RulePlan plan, Partial.RuleState state, int s) {
    if (c instanceof Condition.Bounds b) {
      return bounds(b, plan, state, s);
    } else if (c instanceof Condition.HasFact f) {
      List<Fact> all = facts.getOrDefault(plan.subjects.get(s).key(), List.of());
      LocalDate start = plan.applied.orElseThrow().start();
      long matched =
          all.stream().filter(x -> f.fact().matches(x, start, plan.referenceDay)).count();
      long known = all.stream().filter(x -> x.key().equals(f.fact().key())).count();
      Verdict v =
          matched > 0
              ? Verdict.PASS
              : known > 0 || plan.absenceMeansZero ? Verdict.FAIL : Verdict.NO_DATA;
      return new Result(v, matched > 0 ? matched : known);
    } else if (c instanceof Condition.Compare cmp) {
      long left = value(cmp.left(), plan, state, s);
      boolean noLeft = missing;
      long right = value(cmp.right(), plan, state, s);
      return new Result(
          noLeft || missing
              ? Verdict.NO_DATA
              : cmp.op().test(left, right) ? Verdict.PASS : Verdict.FAIL,
          0);
    } else if (c instanceof Condition.AllOf all) {
      return combine(all.conditions(), plan, state, s, true);
    } else if (c instanceof Condition.AnyOf any) {
      return combine(any.conditions(), plan, state, s, false);
    } else if (c instanceof Condition.Not not) {
      Result inner = evaluate(not.condition(), plan, state, s);
      return new Result(inner.verdict().negate(), inner.records());
    }
    return NOT_APPLICABLE;
  }

  private Result combine(
      List<Condition> parts, RulePlan plan, Partial.RuleState state, int s, boolean all) {
    Verdict verdict = null;
    long records = 0;
    for (Condition part : parts) {
      Result r = evaluate(part, plan, state, s);
      verdict =
          verdict == null ? r.verdict() : all ? verdict.and(r.verdict()) : verdict.or(r.verdict());
      records += r.records();
    }
    return new Result(java.util.Objects.requireNonNull(verdict), records);
  }

  private Result bounds(Condition.Bounds b, RulePlan plan, Partial.RuleState state, int s) {
    int k = plan.slot(b);
    Slot slot = plan.slots.get(k);
    if (!state.seen[k][s] && !plan.absenceMeansZero) {
      return NO_DATA;
    }
    boolean hasLeast = b.atLeast().isPresent();
    boolean hasMost = b.atMost().isPresent();
    long least = 0;
    boolean noBound = false;
    if (hasLeast) {
      least = value(b.atLeast().get(), plan, state, s);
      noBound = missing;
    }
    long most = 0;
    if (hasMost) {
      most = value(b.atMost().get(), plan, state, s);
      noBound |= missing;
    }
    Verdict verdict = null;
    long records = 0;
    for (int w = 0; w < slot.windows; w++) {
      if (!slot.isValid(w) || !plan.hasDaysIn(s, slot, w)) {
        continue;
      }
      int cell = s * slot.windows + w;
      long observed = state.value(k, cell);
      Verdict v =
          noBound
              ? Verdict.NO_DATA
              : (!hasLeast || observed >= least) && (!hasMost || observed <= most)
                  ? Verdict.PASS
                  : Verdict.FAIL;
      verdict = verdict == null ? v : verdict.and(v);
      records += state.counts[k][cell];
    }
    return verdict == null ? NOT_APPLICABLE : new Result(verdict, records);
  }

  /**
   * The number {@code e} gives for subject {@code s}; {@link #missing} says whether there was none.
   */
  private long value(Expr e, RulePlan plan, Partial.RuleState state, int s) {
    missing = false;
    if (e instanceof Expr.Constant c) {
      return c.value();
    } else if (e instanceof Expr.Param p) {
      return plan.parameter.apply(p.name()).orElseThrow();
    } else if (e instanceof Expr.MeasureOf m) {
      int k = plan.slot(m);
      if (state.seen[k][s] || plan.absenceMeansZero) {
        return state.value(k, s);
      }
      missing = true;
      return 0;
    } else if (e instanceof Expr.FactNumber f) {
      for (Fact fact : facts.getOrDefault(plan.subjects.get(s).key(), List.of())) {
        if (fact.key().equals(f.key())
            && fact.validity().contains(plan.referenceDay)
            && fact.value() instanceof FactValue.Decimal d) {
          BigDecimal number = d.value();
          if (number.scale() == 0) {
            return number.longValueExact();
          }
        }
      }
      missing = true;
      return 0;
    } else if (e instanceof Expr.UnitsInside u) {
      java.util.OptionalLong count =
          UnitsInside.of(scope, plan.subjects.get(s).treeIndex(), u.tier());
      missing = count.isEmpty();
      return count.orElse(0);
    }
    boolean max = e instanceof Expr.Max;
    List<Expr> terms = max ? ((Expr.Max) e).terms() : ((Expr.Min) e).terms();
    long result = 0;
    for (int i = 0; i < terms.size(); i++) {
      long n = value(terms.get(i), plan, state, s);
      if (missing) {
        return 0;
      }
      result = i == 0 ? n : max ? Math.max(result, n) : Math.min(result, n);
    }
    missing = terms.isEmpty();
    return result;
  }
}

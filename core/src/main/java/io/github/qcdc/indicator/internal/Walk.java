package io.github.qcdc.indicator.internal;

import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import java.util.function.Consumer;

/** Visits the parts of conditions and expressions. Not API. */
public final class Walk {
  private Walk() {}

  /** Calls {@code visitor} on {@code condition} and every condition inside it. */
  public static void conditions(Condition condition, Consumer<Condition> visitor) {
    visitor.accept(condition);
    if (condition instanceof Condition.AllOf all) {
      all.conditions().forEach(c -> conditions(c, visitor));
    } else if (condition instanceof Condition.AnyOf any) {
      any.conditions().forEach(c -> conditions(c, visitor));
    } else if (condition instanceof Condition.Not not) {
      conditions(not.condition(), visitor);
    }
  }

  /** Calls {@code visitor} on every expression inside {@code condition}, nested ones included. */
  public static void exprs(Condition condition, Consumer<Expr> visitor) {
    conditions(
        condition,
        c -> {
          if (c instanceof Condition.Bounds b) {
            b.atLeast().ifPresent(e -> exprs(e, visitor));
            b.atMost().ifPresent(e -> exprs(e, visitor));
          } else if (c instanceof Condition.Compare cmp) {
            exprs(cmp.left(), visitor);
            exprs(cmp.right(), visitor);
          }
        });
  }

  /** Calls {@code visitor} on {@code expr} and every expression inside it. */
  public static void exprs(Expr expr, Consumer<Expr> visitor) {
    visitor.accept(expr);
    if (expr instanceof Expr.Max max) {
      max.terms().forEach(t -> exprs(t, visitor));
    } else if (expr instanceof Expr.Min min) {
      min.terms().forEach(t -> exprs(t, visitor));
    }
  }
}

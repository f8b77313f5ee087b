package io.github.qcdc.engine;

import io.github.qcdc.geo.Tier;
import java.util.OptionalLong;

/**
 * The number of units of a tier inside a subject's unit, for {@code Expr.unitsInside}: the one
 * computation the verdicts and their evidence share. It is unknown (no data) for a subject that is
 * not a unit of the tree, and for a tier of which the scope holds no unit at all: a dataset without
 * villages does not say a commune has none ("max(5, villages)" is not 5 then).
 */
final class UnitsInside {
  private UnitsInside() {}

  /** The units of {@code tier} inside the unit at tree index {@code t}, or empty if unknown. */
  static OptionalLong of(Scope scope, int t, Tier tier) {
    if (t < 0 || scope.unitsAt(tier).isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(scope.tree.count(scope.tree.unitAt(t).code(), tier));
  }

  /** Why {@link #of} is empty for the unit at tree index {@code t}. */
  static String unknown(Scope scope, int t, Tier tier) {
    return t < 0
        ? "unknown (the subject is not a unit of the report's tree)"
        : "unknown (no unit of tier "
            + tier.name().toLowerCase(java.util.Locale.ROOT)
            + " is loaded in the scope)";
  }
}

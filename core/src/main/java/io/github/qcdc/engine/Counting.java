package io.github.qcdc.engine;

import io.github.qcdc.indicator.Measure;
import io.github.qcdc.records.DataValue;
import java.util.List;

/**
 * Whether a record counts, and for what: the one test that the pass, the evidence of a verdict and
 * the listing of a figure's records share, so that the records shown for a figure are by
 * construction the records it counted.
 *
 * <ul>
 *   <li>An activity row counts in an evaluation when its day is in the report's days and its unit
 *       in the scope's tree: {@link #rowTree} gives that unit's tree index, or -1.
 *   <li>A data value counts when its period lies inside the report's days and its unit in the
 *       scope: {@link #valueTree}.
 *   <li>A counted row counts for an indicator's activity term when the term matches it: {@link
 *       #forTerm}; for a rule's slot when the rule applies on its day, the row belongs to one of
 *       the rule's subjects and the slot's term matches it: {@link #ruleSubject}.
 *   <li>A counted data value counts for a measure when one of its data-value terms matches it:
 *       {@link #forTerms}.
 * </ul>
 */
final class Counting {
  private Counting() {}

  /** The tree index of the unit of activity {@code row} if the row counts, or -1. */
  static int rowTree(Scope scope, int row) {
    return rowTree(scope, scope.table.epochDay(row), scope.table.unit(row));
  }

  /**
   * The tree index of unit {@code unit} if an activity on {@code day} there counts, or -1: {@link
   * #rowTree(Scope, int)} for a pass that has read the row's day and unit already.
   */
  static int rowTree(Scope scope, int day, int unit) {
    if (day < scope.firstDay || day > scope.lastDay) {
      return -1;
    }
    int t = scope.treeIndex(unit);
    return t >= 0 && scope.inScope(t) ? t : -1;
  }

  /**
   * Whether an activity on {@code day} is in the report's days on a unit the tree does not hold.
   */
  static boolean outsideTree(Scope scope, int day, int unit) {
    return day >= scope.firstDay && day <= scope.lastDay && scope.treeIndex(unit) < 0;
  }

  /** The tree index of the unit of data value {@code i} if the value counts, or -1. */
  static int valueTree(Scope scope, int i) {
    if (!scope.valuePeriodInside[scope.dataset.dataValuePeriod(i)]) {
      return -1;
    }
    int t = scope.treeIndex(scope.dataset.dataValueUnit(i));
    return t >= 0 && scope.inScope(t) ? t : -1;
  }

  /** Whether counted row {@code row}, of unit {@code t}, counts for {@code term}. */
  static boolean forTerm(MeasurePlan.ActivityTerm term, Scope scope, int row, int t) {
    return term.mayMatch(scope.table.typeId(row)) && term.matches(row, t);
  }

  /**
   * The subject of {@code plan} that counted row {@code row}, of unit {@code t} on {@code day},
   * counts for through {@code term}, or -1.
   */
  static int ruleSubject(RulePlan plan, MeasurePlan.ActivityTerm term, int row, int t, int day) {
    if (!plan.appliesOn(day)) {
      return -1;
    }
    int subject = plan.subjectOf(row, t);
    return subject >= 0 && term.matches(row, t) ? subject : -1;
  }

  /** Whether counted data value {@code value} counts for one of {@code terms}. */
  static boolean forTerms(List<Measure.SumDataValues> terms, DataValue value) {
    for (Measure.SumDataValues term : terms) {
      if (MeasurePlan.matches(term, value)) {
        return true;
      }
    }
    return false;
  }
}

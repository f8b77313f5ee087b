package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.records.DataValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A measure flattened into the terms a pass adds up: activity terms, data value terms, fact terms.
 */
final class MeasurePlan {
  /**
   * Activities a filter selects, counted, or their quantity summed when {@code quantity} is set.
   */
  static final class ActivityTerm {
    private final RowFilter filter;
    private final @Nullable String quantity;
    private final boolean @Nullable [] typeMask;
    private final boolean typeDecides;
    private final ActivityFilter definition;

    ActivityTerm(
        ActivityFilter definition,
        RowFilter filter,
        @Nullable String quantity,
        boolean @Nullable [] typeMask) {
      this.filter = filter;
      this.quantity = quantity;
      this.typeMask = typeMask;
      this.definition = definition;
      this.typeDecides =
          definition instanceof ActivityFilter.OfType || definition instanceof ActivityFilter.Any;
    }

    /**
     * Whether row {@code row} on tree unit {@code t}, of a type that {@linkplain #mayMatch may
     * match}, matches: a filter on the type alone is decided by the type, without a test.
     */
    boolean matches(int row, int t) {
      return typeDecides || filter.test(row, t);
    }

    RowFilter filter() {
      return filter;
    }

    /** The filter as defined. */
    ActivityFilter definition() {
      return definition;
    }

    @Nullable String quantity() {
      return quantity;
    }

    /** Whether an activity of type {@code typeId} may match. */
    boolean mayMatch(int typeId) {
      boolean[] mask = typeMask;
      return mask == null || (typeId < mask.length && mask[typeId]);
    }
  }

  final ImmutableList<ActivityTerm> activities;
  final ImmutableList<Measure.SumDataValues> dataValues;
  final ImmutableList<Measure.CountSubjectsWithFact> facts;
  final ImmutableList<Measure.CountSubjects> subjects;

  MeasurePlan(Measure measure, Scope scope) {
    List<ActivityTerm> a = new ArrayList<>();
    List<Measure.SumDataValues> d = new ArrayList<>();
    List<Measure.CountSubjectsWithFact> f = new ArrayList<>();
    List<Measure.CountSubjects> s = new ArrayList<>();
    flatten(measure, scope, a, d, f, s);
    this.activities = ImmutableList.copyOf(a);
    this.dataValues = ImmutableList.copyOf(d);
    this.facts = ImmutableList.copyOf(f);
    this.subjects = ImmutableList.copyOf(s);
  }

  private static void flatten(
      Measure measure,
      Scope scope,
      List<ActivityTerm> a,
      List<Measure.SumDataValues> d,
      List<Measure.CountSubjectsWithFact> f,
      List<Measure.CountSubjects> s) {
    if (measure instanceof Measure.CountActivities c) {
      a.add(
          new ActivityTerm(
              c.filter(),
              RowFilter.compile(c.filter(), scope),
              null,
              RowFilter.typeMask(c.filter(), scope.table.types())));
    } else if (measure instanceof Measure.SumQuantity q) {
      a.add(
          new ActivityTerm(
              q.filter(),
              RowFilter.compile(q.filter(), scope),
              q.quantity(),
              RowFilter.typeMask(q.filter(), scope.table.types())));
    } else if (measure instanceof Measure.SumDataValues v) {
      d.add(v);
    } else if (measure instanceof Measure.CountSubjectsWithFact c) {
      f.add(c);
    } else if (measure instanceof Measure.CountSubjects c) {
      s.add(c);
    } else if (measure instanceof Measure.Sum sum) {
      sum.measures().forEach(m -> flatten(m, scope, a, d, f, s));
    }
  }

  /** What row {@code row} adds through {@code term}: 1, or its quantity (0 if it has none). */
  static long amount(Scope scope, ActivityTerm term, int row) {
    String quantity = term.quantity();
    return quantity == null ? 1 : scope.table.quantity(row, quantity).orElse(0);
  }

  /**
   * Whether data value {@code value} is counted by {@code term}: element and options match,
   * reported.
   */
  static boolean matches(Measure.SumDataValues term, DataValue value) {
    if (!value.element().equals(term.element()) || !value.amount().applicable()) {
      return false;
    }
    for (Map.Entry<String, String> option : term.options().entrySet()) {
      if (!option.getValue().equals(value.disaggregation().get(option.getKey()))) {
        return false;
      }
    }
    return true;
  }
}

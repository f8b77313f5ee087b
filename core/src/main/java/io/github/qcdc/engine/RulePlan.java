package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.indicator.internal.Walk;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A rule (or a coverage indicator) compiled for one evaluation: its subjects, the measures its
 * condition reads as {@link Slot}s, and the days it applies to (the period inside its regime).
 */
final class RulePlan {

  final String id;
  final Population population;
  final Condition condition;
  final boolean absenceMeansZero;
  final Function<String, Optional<Long>> parameter;
  final Function<String, String> parameterSource;
  final Scope scope;
  final Optional<DateInterval> applied;
  final int appliedFirst;
  final int appliedLast;
  final ImmutableList<PopulationSubjects.Subject> subjects;
  final ImmutableList<Population.Exclusion> excluded;
  final LocalDate referenceDay;
  final boolean events;
  final RowFilter eventFilter;
  final List<Slot> slots = new ArrayList<>();

  /**
   * Per slot, what its sums depend on (population, measure, windows, the days the rule applies):
   * slots of equal keys, in this rule or another, add up the same rows into the same cells, and an
   * evaluation keeps one of them ({@link Partial}).
   */
  final List<List<Object>> slotKeys = new ArrayList<>();

  private final boolean organizations;
  private boolean readsDataValues;
  final IdentityHashMap<Object, Integer> slotOf = new IdentityHashMap<>();
  private final int[] subjectOfTree;
  private final PopulationSubjects.@Nullable Spans spans;
  private final int[] subjectOfOrganization;

  RulePlan(
      String id,
      Population population,
      Condition condition,
      DateInterval validity,
      boolean absenceMeansZero,
      Function<String, Optional<Long>> parameter,
      Function<String, String> parameterSource,
      Scope scope) {
    this.id = id;
    this.population = population;
    this.condition = condition;
    this.absenceMeansZero = absenceMeansZero;
    this.parameter = parameter;
    this.parameterSource = parameterSource;
    this.scope = scope;
    this.applied = validity.intersection(scope.days);
    this.appliedFirst = applied.map(d -> (int) d.start().toEpochDay()).orElse(1);
    this.appliedLast = applied.map(d -> (int) d.end().toEpochDay()).orElse(0);
    PopulationSubjects who = new PopulationSubjects(population, scope);
    this.referenceDay = who.referenceDay;
    this.subjects = who.subjects;
    this.excluded = who.excluded;
    this.organizations = who.organizations;
    this.subjectOfTree = who.subjectOfTree;
    this.spans = who.spans;
    this.subjectOfOrganization = who.subjectOfOrganization;
    Population.Subjects kind = population.subjects();
    this.events = kind instanceof Population.Events;
    this.eventFilter =
        kind instanceof Population.Events e
            ? RowFilter.compile(e.filter(), scope)
            : (row, t) -> false;
    DateInterval days = applied.orElse(scope.days);
    Walk.conditions(
        condition,
        c -> {
          if (c instanceof Condition.Bounds b) {
            addSlot(b, b.measure(), b.per(), b.windowDays(), b.windowMonths(), days);
          }
        });
    Walk.exprs(
        condition,
        e -> {
          if (e instanceof Expr.MeasureOf m) {
            addSlot(m, m.measure(), Condition.Per.PERIOD, 0, 0, days);
          }
        });
  }

  /** Whether any slot reads data values. */
  boolean readsDataValues() {
    return readsDataValues;
  }

  private void addSlot(
      Object owner,
      io.github.qcdc.indicator.Measure measure,
      Condition.Per per,
      int windowDays,
      int windowMonths,
      DateInterval days) {
    slotOf.put(owner, slots.size());
    slotKeys.add(List.of(population, measure, per, windowDays, windowMonths, applied));
    Slot slot =
        new Slot(new MeasurePlan(measure, scope), per, windowDays, windowMonths, scope, days);
    readsDataValues |= !slot.plan.dataValues.isEmpty();
    slots.add(slot);
  }

  /** The slot of a bounds condition or measure expression of this plan's condition. */
  int slot(Object owner) {
    Integer k = slotOf.get(owner);
    if (k == null) {
      throw new IllegalStateException("no slot for " + owner + " in rule " + id);
    }
    return k;
  }

  /** The subject row {@code row} on tree unit {@code t} counts for, or -1. */
  int subjectOf(int row, int t) {
    if (organizations) {
      int organiser = scope.table.organiser(row);
      return organiser < 0 ? -1 : subjectOfOrganization[organiser];
    }
    PopulationSubjects.Spans during = spans;
    return during != null
        ? during.subjectOn(scope.table.unit(row), scope.table.epochDay(row))
        : subjectOfTree[t - scope.scopeFrom];
  }

  /**
   * The subject a data value of gazetteer unit {@code canonical} on tree unit {@code t}, for days
   * ending {@code end}, counts for, or -1.
   */
  int subjectOfUnit(int canonical, int t, LocalDate end) {
    if (!(population.subjects() instanceof Population.Units)) {
      return -1;
    }
    PopulationSubjects.Spans during = spans;
    return during != null
        ? during.subjectOn(canonical, (int) Math.min(end.toEpochDay(), scope.lastDay))
        : subjectOfTree[t - scope.scopeFrom];
  }

  /**
   * Whether subject {@code s} is in force on some day of window {@code w} of {@code slot}: every
   * subject is, but those of a population taken during the period, only on their days.
   */
  boolean hasDaysIn(int s, Slot slot, int w) {
    PopulationSubjects.Spans during = spans;
    return during == null
        || (slot.firstDay(w) <= during.lastDay()[s] && during.firstDay()[s] <= slot.lastDay(w));
  }

  /** The label of window {@code w} for subject {@code s}: clipped to its days when it has fewer. */
  String windowLabel(int s, Slot slot, int w) {
    PopulationSubjects.Spans during = spans;
    if (during == null) {
      return slot.label(w);
    }
    int first = Math.max(slot.firstDay(w), during.firstDay()[s]);
    int last = Math.min(slot.lastDay(w), during.lastDay()[s]);
    return first == slot.firstDay(w) && last == slot.lastDay(w)
        ? slot.label(w)
        : slot.label(w)
            + " ("
            + LocalDate.ofEpochDay(first)
            + "/"
            + LocalDate.ofEpochDay(last)
            + ")";
  }

  boolean appliesOn(int epochDay) {
    return epochDay >= appliedFirst && epochDay <= appliedLast;
  }
}

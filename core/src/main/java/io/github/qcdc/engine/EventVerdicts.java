package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.period.WorkingDays;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Verdicts of event subjects (each activity its own subject): read from the activity itself. */
final class EventVerdicts {
  private EventVerdicts() {}

  /** The verdict of an event subject: its own quantities and attributes. */
  static SubjectVerdict event(Scope scope, RulePlan plan, int row) {
    Verdicts.Outcome outcome = eventOutcome(scope, plan.condition, plan, row);
    String id = scope.table.id(row).value();
    String name =
        scope.table.types().get(scope.table.typeId(row)).key()
            + " "
            + scope.gazetteer.codeAt(scope.table.unit(row))
            + " "
            + scope.table.date(row);
    return new SubjectVerdict(
        id, name, outcome.verdict(), new Evidence(ImmutableList.copyOf(outcome.checks())));
  }

  private static Verdicts.Outcome eventOutcome(Scope scope, Condition c, RulePlan plan, int row) {
    String day = scope.table.date(row).toString();
    ImmutableList<String> self = ImmutableList.of(scope.table.id(row).value());
    if (c instanceof Condition.EventShare share) {
      return share(scope, share, row, day, self);
    } else if (c instanceof Condition.EventNotice notice) {
      return notice(scope, notice, row, day, self);
    } else if (c instanceof Condition.EventDeadline deadline) {
      return deadline(scope, deadline, row, day, self);
    } else if (c instanceof Condition.EventQuantity q) {
      return quantity(scope, q, row, day, self);
    } else if (c instanceof Condition.AllOf all) {
      return combineEvents(scope, all.conditions(), plan, row, true);
    } else if (c instanceof Condition.AnyOf any) {
      return combineEvents(scope, any.conditions(), plan, row, false);
    } else if (c instanceof Condition.Not not) {
      Verdicts.Outcome inner = eventOutcome(scope, not.condition(), plan, row);
      return new Verdicts.Outcome(inner.verdict().negate(), inner.checks());
    }
    return Verdicts.single(
        c.describe(),
        day,
        Optional.empty(),
        "a subject condition applies to units and organisations",
        Verdict.NOT_APPLICABLE,
        self);
  }

  /**
   * The event's quantity against the least value for its organiser's size; with tiers and no known
   * size, only a value below every tier's least or at least the highest is certain.
   */
  private static Verdicts.Outcome quantity(
      Scope scope, Condition.EventQuantity q, int row, String day, ImmutableList<String> self) {
    OptionalLong value = scope.table.quantity(row, q.quantity());
    OptionalLong employees = OptionalLong.empty();
    int organiser = scope.table.organiser(row);
    if (organiser >= 0) {
      employees = scope.dataset.organizations().get(organiser).employees();
    }
    Verdict v;
    String required;
    if (value.isEmpty()) {
      v = Verdict.NO_DATA;
      required = "≥ " + q.least();
    } else if (q.byEmployees().isEmpty() || employees.isPresent()) {
      long least = employees.isPresent() ? q.leastFor(employees.getAsLong()) : q.least();
      v = value.getAsLong() >= least ? Verdict.PASS : Verdict.FAIL;
      required =
          "≥ "
              + least
              + (q.byEmployees().isEmpty()
                  ? ""
                  : " (organiser of " + employees.getAsLong() + " employees)");
    } else {
      long n = value.getAsLong();
      v = n < q.least() ? Verdict.FAIL : n >= q.leastForAny() ? Verdict.PASS : Verdict.NO_DATA;
      required = "≥ " + q.least() + " to " + q.leastForAny() + " (organiser's size not known)";
    }
    return Verdicts.single(
        q.describe(),
        day,
        value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty(),
        required,
        v,
        self);
  }

  /** A share of two of the event's quantities against the condition's fraction. */
  private static Verdicts.Outcome share(
      Scope scope, Condition.EventShare share, int row, String day, ImmutableList<String> self) {
    OptionalLong part = scope.table.quantity(row, share.part());
    OptionalLong whole = scope.table.quantity(row, share.whole());
    Verdict v = Verdict.NO_DATA;
    if (part.isPresent() && whole.isPresent() && whole.getAsLong() != 0) {
      int order =
          BigDecimal.valueOf(part.getAsLong())
              .multiply(BigDecimal.valueOf(share.denominator()))
              .compareTo(
                  BigDecimal.valueOf(share.numerator())
                      .multiply(BigDecimal.valueOf(whole.getAsLong())));
      v = order > 0 || (order == 0 && !share.strict()) ? Verdict.PASS : Verdict.FAIL;
    }
    String observed =
        part.isPresent() && whole.isPresent()
            ? part.getAsLong() + "/" + whole.getAsLong()
            : "missing";
    return Verdicts.single(
        share.describe(),
        day,
        part.isPresent() ? Optional.of(part.getAsLong()) : Optional.empty(),
        (share.strict() ? "> " : "≥ ")
            + share.numerator()
            + "/"
            + share.denominator()
            + " (observed "
            + observed
            + ")",
        v,
        self);
  }

  /** The days between the notice its attribute dates and the event: at least the notice's. */
  private static Verdicts.Outcome notice(
      Scope scope, Condition.EventNotice notice, int row, String day, ImmutableList<String> self) {
    return span(
        scope, notice, notice.dateAttribute(), notice.count(), row, day, self, notice.days(), true);
  }

  /** The days between the day its attribute dates and the event: at most the deadline's. */
  private static Verdicts.Outcome deadline(
      Scope scope, Condition.EventDeadline d, int row, String day, ImmutableList<String> self) {
    return span(scope, d, d.dateAttribute(), d.count(), row, day, self, d.days(), false);
  }

  /**
   * The days after the attribute's day up to the event's, against {@code bound}: at least it for a
   * notice, at most it for a deadline. Working days over days the calendar does not cover, or whose
   * verdict depends on days it leaves unsettled, give NO_DATA with the reason.
   */
  private static Verdicts.Outcome span(
      Scope scope,
      Condition c,
      String attribute,
      Condition.DayCount count,
      int row,
      String day,
      ImmutableList<String> self,
      long bound,
      boolean atLeast) {
    Optional<LocalDate> from = dateOf(scope, attribute, row);
    LocalDate event = scope.table.date(row);
    boolean working = count == Condition.DayCount.WORKING_DAYS;
    String required = (atLeast ? "≥ " : "≤ ") + bound + " " + count.unit().en();
    if (from.isPresent() && working && !scope.workingDays.covers(from.get(), event)) {
      required += uncovered(scope, from.get(), event);
      from = Optional.empty();
    }
    if (from.isEmpty()) {
      return Verdicts.single(c.describe(), day, Optional.empty(), required, Verdict.NO_DATA, self);
    }
    long calendarDays = ChronoUnit.DAYS.between(from.get(), event);
    WorkingDays.WorkingDayCount n =
        working
            ? scope.workingDays.workingDaysBetween(from.get(), event)
            : new WorkingDays.WorkingDayCount(calendarDays, calendarDays);
    if (!n.isExact()) {
      required += " (counted " + n + ": some days off between " + from.get() + " and " + event;
      required += " are not decided yet)";
    }
    long least = n.least();
    long most = n.most();
    Verdict v =
        atLeast
            ? least >= bound ? Verdict.PASS : most < bound ? Verdict.FAIL : Verdict.NO_DATA
            : most <= bound ? Verdict.PASS : least > bound ? Verdict.FAIL : Verdict.NO_DATA;
    return Verdicts.single(
        c.describe(),
        day,
        least == most ? Optional.of(least) : Optional.empty(),
        required,
        v,
        self);
  }

  /** Why a span of working days has no count: the calendar does not cover it. */
  private static String uncovered(Scope scope, LocalDate from, LocalDate to) {
    return " (the working-day calendar "
        + scope.workingDays.name()
        + " covers "
        + scope.workingDays.covered()
        + ", not "
        + from
        + " to "
        + to
        + ")";
  }

  /** The day in an attribute, if the row has one that reads as a day. */
  private static Optional<LocalDate> dateOf(Scope scope, String attribute, int row) {
    try {
      return scope.table.attribute(row, attribute).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Verdicts.Outcome combineEvents(
      Scope scope, List<Condition> parts, RulePlan plan, int row, boolean all) {
    Verdict verdict = null;
    List<Evidence.Check> checks = new ArrayList<>();
    for (Condition part : parts) {
      Verdicts.Outcome o = eventOutcome(scope, part, plan, row);
      verdict =
          verdict == null ? o.verdict() : all ? verdict.and(o.verdict()) : verdict.or(o.verdict());
      checks.addAll(o.checks());
    }
    return new Verdicts.Outcome(java.util.Objects.requireNonNull(verdict), checks);
  }
}

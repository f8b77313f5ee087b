package io.github.qcdc.engine;

import io.github.qcdc.indicator.Condition;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;

/**
 * One measure a rule reads per subject, with its windows: the period, every reporting year, or the
 * days after every year end. Windows that do not lie wholly inside the days the rule applies to are
 * not evaluated.
 */
final class Slot {
  final MeasurePlan plan;
  final Condition.Per per;
  final int windowDays;
  final int windowMonths;
  final int windows;
  private final boolean countsOnly;
  private final Scope scope;
  private final boolean[] valid;
  private final int[] firstDay;
  private final int[] lastDay;
  private final String[] labels;

  Slot(
      MeasurePlan plan,
      Condition.Per per,
      int windowDays,
      int windowMonths,
      Scope scope,
      DateInterval applied) {
    this.plan = plan;
    this.per = per;
    this.windowDays = windowDays;
    this.windowMonths = windowMonths;
    this.scope = scope;
    this.windows = per == Condition.Per.PERIOD ? 1 : scope.yearCount;
    this.countsOnly =
        plan.dataValues.isEmpty()
            && plan.facts.isEmpty()
            && plan.subjects.isEmpty()
            && plan.activities.stream().allMatch(t -> t.quantity() == null);
    this.valid = new boolean[windows];
    this.firstDay = new int[windows];
    this.lastDay = new int[windows];
    this.labels = new String[windows];
    for (int w = 0; w < windows; w++) {
      DateInterval days = interval(w);
      valid[w] = applied.encloses(days);
      firstDay[w] = (int) days.start().toEpochDay();
      lastDay[w] = (int) days.end().toEpochDay();
      labels[w] =
          switch (per) {
            case PERIOD -> scope.period.toString();
            case YEAR -> Integer.toString(scope.firstYear + w);
            case YEAR_END_WINDOW -> (scope.firstYear + w) + " (" + days + ")";
          };
    }
  }

  /** The days of window {@code w}. */
  DateInterval interval(int w) {
    return switch (per) {
      case PERIOD -> scope.days;
      case YEAR -> scope.calendar.interval(ReportingPeriod.ofYear(scope.firstYear + w));
      case YEAR_END_WINDOW -> {
        DateInterval year = scope.calendar.interval(ReportingPeriod.ofYear(scope.firstYear + w));
        java.time.LocalDate first = year.end().plusDays(1);
        yield DateInterval.of(
            first,
            windowMonths > 0
                ? first.plusMonths(windowMonths).minusDays(1)
                : year.end().plusDays(windowDays));
      }
    };
  }

  /**
   * Whether the slot only counts activity rows, so its sum is its count and needs no array of its
   * own.
   */
  boolean countsOnly() {
    return countsOnly;
  }

  /** The label of window {@code w}: the period, the year, or the window's days. */
  String label(int w) {
    return labels[w];
  }

  /** The first epoch day of window {@code w}. */
  int firstDay(int w) {
    return firstDay[w];
  }

  /** The last epoch day of window {@code w}. */
  int lastDay(int w) {
    return lastDay[w];
  }

  boolean isValid(int w) {
    return valid[w];
  }

  /** The window an epoch day falls in, or -1. */
  int windowOf(int epochDay) {
    return windowOf(epochDay, scope.yearIndex(epochDay));
  }

  /** The window an epoch day of reporting-year index {@code year} falls in, or -1. */
  int windowOf(int epochDay, int year) {
    return switch (per) {
      case PERIOD -> 0;
      case YEAR -> year >= 0 && year < windows ? year : -1;
      case YEAR_END_WINDOW -> {
        int y = year - 1;
        yield y >= 0 && y < windows && epochDay >= firstDay[y] && epochDay <= lastDay[y] ? y : -1;
      }
    };
  }
}

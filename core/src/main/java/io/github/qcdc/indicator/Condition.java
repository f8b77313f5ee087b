package io.github.qcdc.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.internal.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * What a subject must satisfy: bounds on a measure per year or over the period, a fact, a
 * comparison of expressions, a property of an event itself (attendance as a fraction, notice days),
 * and combinations.
 *
 * <p>Per year means every calendar year (or reporting year, under the pack's calendar) lying wholly
 * inside the period; a window after the year end (an annual conference within 90 days of the year
 * end) is taken for each such year whose window ends inside the period. How a condition becomes a
 * verdict (PASS, FAIL, NO_DATA) is defined by the engine: a subject with no record at all that the
 * condition reads gets NO_DATA, not FAIL, unless the rule says that absence means zero.
 *
 * @since 0.1
 */
public sealed interface Condition {

  /**
   * {@return bounds of at least {@code least} of {@code measure}; say {@link Bounds#perYear()} or
   * over the period}
   *
   * @param least the least value, included
   * @param measure what is counted or summed for each subject
   */
  static Bounds atLeast(long least, Measure measure) {
    return atLeast(Expr.constant(least), measure);
  }

  /**
   * {@return bounds of at least {@code least} of {@code measure}}
   *
   * @param least the least value, included
   * @param measure what is counted or summed for each subject
   */
  static Bounds atLeast(Expr least, Measure measure) {
    return new Bounds(measure, Per.PERIOD, 0, Optional.of(least), Optional.empty());
  }

  /**
   * {@return bounds of at most {@code most} of {@code measure}}
   *
   * @param most the most value, included
   * @param measure what is counted or summed for each subject
   */
  static Bounds atMost(Expr most, Measure measure) {
    return new Bounds(measure, Per.PERIOD, 0, Optional.empty(), Optional.of(most));
  }

  /**
   * {@return bounds between {@code least} and {@code most} (both included) of {@code measure}}
   *
   * @param least the least value, included
   * @param most the most value, included
   * @param measure what is counted or summed for each subject
   */
  static Bounds between(Expr least, Expr most, Measure measure) {
    return new Bounds(measure, Per.PERIOD, 0, Optional.of(least), Optional.of(most));
  }

  /**
   * {@return a condition that holds when the subject has a fact {@code fact} selects}
   *
   * @param fact the facts that count: a key, and tests of value and timing
   */
  static Condition hasFact(FactFilter fact) {
    return new HasFact(fact);
  }

  /**
   * {@return the condition {@code left op right}}
   *
   * @param left the left side
   * @param op the comparison
   * @param right the right side
   */
  static Condition compare(Expr left, Comparison op, Expr right) {
    return new Compare(left, op, right);
  }

  /**
   * {@return a condition of an event subject: quantity {@code part} is at least {@code
   * numerator/denominator} of quantity {@code whole} (attendance at least 2/3), compared exactly}
   *
   * @param part the event's quantity on top: {@code women}
   * @param whole the event's quantity below: {@code participants}
   * @param numerator the share's numerator, not negative
   * @param denominator the share's denominator, positive
   */
  static Condition eventShareAtLeast(String part, String whole, long numerator, long denominator) {
    return new EventShare(
        Checks.key("quantity", part), Checks.key("quantity", whole), numerator, denominator, false);
  }

  /**
   * {@return a condition of an event subject: quantity {@code part} is more than {@code
   * numerator/denominator} of quantity {@code whole} (votes in favour more than 1/2 of those
   * attending), compared exactly}
   *
   * @param part the event's quantity on top: {@code women}
   * @param whole the event's quantity below: {@code participants}
   * @param numerator the share's numerator, not negative
   * @param denominator the share's denominator, positive
   */
  static Condition eventShareAbove(String part, String whole, long numerator, long denominator) {
    return new EventShare(
        Checks.key("quantity", part), Checks.key("quantity", whole), numerator, denominator, true);
  }

  /**
   * {@return a condition of an event subject: the day in attribute {@code dateAttribute} (ISO
   * {@code yyyy-MM-dd}) is at least {@code days} days before the event (notice given 5 days ahead)}
   *
   * @param dateAttribute the event's attribute holding the notice day, {@code yyyy-MM-dd}
   * @param days the least number of days from the notice to the event
   */
  static Condition eventNoticeDays(String dateAttribute, long days) {
    return new EventNotice(Checks.key("attribute", dateAttribute), days, DayCount.CALENDAR_DAYS);
  }

  /**
   * {@return a condition of an event subject: the day in attribute {@code dateAttribute} is at
   * least {@code days} working days before the event (an inspection plan sent 5 working days
   * ahead), by the evaluator's {@link io.github.qcdc.period.WorkingDays calendar}}
   *
   * @param dateAttribute the event's attribute holding the notice day, {@code yyyy-MM-dd}
   * @param days the least number of working days from the notice to the event
   * @since 0.2
   */
  static Condition eventNoticeWorkingDays(String dateAttribute, long days) {
    return new EventNotice(Checks.key("attribute", dateAttribute), days, DayCount.WORKING_DAYS);
  }

  /**
   * {@return a condition of an event subject: the event is at most {@code days} days after the day
   * in attribute {@code dateAttribute} (ISO {@code yyyy-MM-dd}): disclosed within 3 working days of
   * the document's issue} An event before that day is within the deadline.
   *
   * @param dateAttribute the event's attribute holding the day the deadline runs from, {@code
   *     yyyy-MM-dd}
   * @param days the most days from that day to the event
   * @since 0.2
   */
  static Condition eventWithinDaysAfter(String dateAttribute, long days) {
    return new EventDeadline(Checks.key("attribute", dateAttribute), days, DayCount.CALENDAR_DAYS);
  }

  /**
   * {@return a condition of an event subject: the event is at most {@code days} working days after
   * the day in attribute {@code dateAttribute}, by the evaluator's {@link
   * io.github.qcdc.period.WorkingDays calendar}}
   *
   * @param dateAttribute the event's attribute holding the day the deadline runs from, {@code
   *     yyyy-MM-dd}
   * @param days the most working days from that day to the event
   * @since 0.2
   */
  static Condition eventWithinWorkingDaysAfter(String dateAttribute, long days) {
    return new EventDeadline(Checks.key("attribute", dateAttribute), days, DayCount.WORKING_DAYS);
  }

  /**
   * {@return a condition of an event subject: quantity {@code quantity} is at least {@code least}
   * (at least 3 employee delegates at a workplace dialogue)}
   *
   * @param quantity the event's quantity key
   * @param least the least value, for every organiser
   */
  static EventQuantity eventQuantityAtLeast(String quantity, long least) {
    return new EventQuantity(Checks.key("quantity", quantity), least);
  }

  /**
   * {@return a condition that holds when every one of {@code conditions} holds}
   *
   * @param conditions the conditions, at least one
   */
  static Condition allOf(Condition... conditions) {
    return new AllOf(ImmutableList.copyOf(conditions));
  }

  /**
   * {@return a condition that holds when at least one of {@code conditions} holds}
   *
   * @param conditions the conditions, at least one
   */
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(ImmutableList.copyOf(conditions));
  }

  /**
   * {@return a condition that holds when {@code condition} does not}
   *
   * @param condition the condition that must not hold
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /** {@return the condition as a phrase} */
  Phrase describe();

  /** How a measure's bounds are applied. */
  enum Per {
    /** Over the whole period. */
    PERIOD,
    /** In every year wholly inside the period. */
    YEAR,
    /**
     * In the window after the end of every year wholly inside the period: a number of days, or of
     * calendar months ("trong 3 tháng": from 1 January to 31 March after a calendar year).
     */
    YEAR_END_WINDOW
  }

  /**
   * How days between two dates are counted: every day after the first up to and including the last
   * (as {@link java.time.temporal.ChronoUnit#DAYS} counts), or only the working days among them, by
   * the evaluator's {@link io.github.qcdc.period.WorkingDays working-day calendar}.
   *
   * @since 0.2
   */
  enum DayCount {
    /** Calendar days ({@code calendar-days}). */
    CALENDAR_DAYS,
    /** Working days, "ngày làm việc" ({@code working-days}). */
    WORKING_DAYS;

    /** {@return {@code ngày} or {@code ngày làm việc}; {@code days} or {@code working days}} */
    public Phrase unit() {
      return this == CALENDAR_DAYS
          ? Phrase.of("ngày", "days")
          : Phrase.of("ngày làm việc", "working days");
    }
  }

  /** Comparison operators. */
  enum Comparison {
    /** {@code ≥}. */
    AT_LEAST("≥"),
    /** {@code ≤}. */
    AT_MOST("≤"),
    /** {@code =}. */
    EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /** {@return the mathematical symbol} */
    public String symbol() {
      return symbol;
    }

    /**
     * {@return whether {@code left op right}}
     *
     * @param left the left value
     * @param right the right value
     */
    public boolean test(long left, long right) {
      return switch (this) {
        case AT_LEAST -> left >= right;
        case AT_MOST -> left <= right;
        case EQUAL -> left == right;
      };
    }
  }

  /**
   * Bounds on a measure.
   *
   * @param measure the measure
   * @param per how the bounds apply
   * @param windowDays for a {@link Per#YEAR_END_WINDOW} of days, the days after the year end (at
   *     least 1); 0 otherwise
   * @param windowMonths for a {@link Per#YEAR_END_WINDOW} of calendar months, the months after the
   *     year end (at least 1; a window of 3 months after 2023 ends on 31 March 2024, also in a leap
   *     year); 0 otherwise
   * @param atLeast the lower bound, if any
   * @param atMost the upper bound, if any
   */
  record Bounds(
      Measure measure,
      Per per,
      int windowDays,
      int windowMonths,
      Optional<Expr> atLeast,
      Optional<Expr> atMost)
      implements Condition {
    /**
     * Validates that there is a bound, and a window (of days or of months) when needed.
     *
     * @param measure the measure
     * @param per how the bounds apply
     * @param windowDays for a {@link Per#YEAR_END_WINDOW} of days, the days after the year end (at
     *     least 1); 0 otherwise
     * @param windowMonths for a {@link Per#YEAR_END_WINDOW} of calendar months, the months after
     *     the year end (at least 1; a window of 3 months after 2023 ends on 31 March 2024, also in
     *     a leap year); 0 otherwise
     * @param atLeast the lower bound, if any
     * @param atMost the upper bound, if any
     */
    public Bounds {
      checkArgument(
          atLeast.isPresent() || atMost.isPresent(), "bounds need a lower or an upper bound");
      checkArgument(
          windowDays >= 0 && windowMonths >= 0,
          "a year-end window is not negative: %s days, %s months",
          windowDays,
          windowMonths);
      checkArgument(
          (per == Per.YEAR_END_WINDOW) == (windowDays > 0 || windowMonths > 0)
              && (windowDays == 0 || windowMonths == 0),
          "a year-end window needs its days or its months (at least 1, not both), and only it:"
              + " %s, %s days, %s months",
          per,
          windowDays,
          windowMonths);
    }

    /**
     * Bounds with a window of days (or none).
     *
     * @param measure the measure
     * @param per how the bounds apply
     * @param windowDays for a {@link Per#YEAR_END_WINDOW} of days, the days after the year end (at
     *     least 1); 0 otherwise
     * @param atLeast the lower bound, if any
     * @param atMost the upper bound, if any
     */
    public Bounds(
        Measure measure, Per per, int windowDays, Optional<Expr> atLeast, Optional<Expr> atMost) {
      this(measure, per, windowDays, 0, atLeast, atMost);
    }

    /** {@return these bounds applied in every year} */
    public Bounds perYear() {
      return new Bounds(measure, Per.YEAR, 0, 0, atLeast, atMost);
    }

    /** {@return these bounds applied over the period} */
    public Bounds perPeriod() {
      return new Bounds(measure, Per.PERIOD, 0, 0, atLeast, atMost);
    }

    /**
     * {@return these bounds applied to the {@code days} days after the end of every year}
     *
     * @param days the days of the window after the year end, at least 1
     */
    public Bounds withinDaysAfterYearEnd(int days) {
      return new Bounds(measure, Per.YEAR_END_WINDOW, days, 0, atLeast, atMost);
    }

    /**
     * {@return these bounds applied to the {@code months} calendar months after the end of every
     * year: "trong 3 tháng sau khi kết thúc năm" is 1 January to 31 March after a calendar year,
     * not 90 days}
     *
     * @param months the calendar months of the window after the year end, at least 1
     */
    public Bounds withinMonthsAfterYearEnd(int months) {
      return new Bounds(measure, Per.YEAR_END_WINDOW, 0, months, atLeast, atMost);
    }

    @Override
    public Phrase describe() {
      Phrase m = measure.describe();
      String viBounds =
          atLeast.map(e -> "ít nhất " + e.describe().vi()).orElse("")
              + (atLeast.isPresent() && atMost.isPresent() ? " và " : "")
              + atMost.map(e -> "nhiều nhất " + e.describe().vi()).orElse("");
      String enBounds =
          atLeast.map(e -> "at least " + e.describe().en()).orElse("")
              + (atLeast.isPresent() && atMost.isPresent() ? " and " : "")
              + atMost.map(e -> "at most " + e.describe().en()).orElse("");
      return switch (per) {
        case PERIOD ->
            Phrase.of(
                m.vi() + ": " + viBounds + " trong kỳ",
                m.en() + ": " + enBounds + " in the period");
        case YEAR ->
            Phrase.of(
                m.vi() + ": " + viBounds + " mỗi năm", m.en() + ": " + enBounds + " every year");
        case YEAR_END_WINDOW ->
            Phrase.of(
                m.vi()
                    + ": "
                    + viBounds
                    + " trong "
                    + (windowMonths > 0 ? windowMonths + " tháng" : windowDays + " ngày")
                    + " sau khi kết thúc mỗi năm",
                m.en()
                    + ": "
                    + enBounds
                    + " within "
                    + (windowMonths > 0 ? windowMonths + " months" : windowDays + " days")
                    + " after every year ends");
      };
    }
  }

  /**
   * The subject has a fact.
   *
   * @param fact the fact filter
   */
  record HasFact(FactFilter fact) implements Condition {
    @Override
    public Phrase describe() {
      Phrase f = fact.describe();
      return Phrase.of("có " + f.vi(), "has " + f.en());
    }
  }

  /**
   * A comparison of expressions.
   *
   * @param left the left side
   * @param op the operator
   * @param right the right side
   */
  record Compare(Expr left, Comparison op, Expr right) implements Condition {
    @Override
    public Phrase describe() {
      return left.describe()
          .join(" " + op.symbol() + " ", " " + op.symbol() + " ", right.describe());
    }
  }

  /**
   * An event's quantity is at least a share of another.
   *
   * @param part the quantity on top
   * @param whole the quantity below
   * @param numerator the share's numerator
   * @param denominator the share's denominator, positive
   * @param strict whether the share must be exceeded ("more than half") rather than reached
   */
  record EventShare(String part, String whole, long numerator, long denominator, boolean strict)
      implements Condition {
    /**
     * Validates the share.
     *
     * @param part the quantity on top
     * @param whole the quantity below
     * @param numerator the share's numerator
     * @param denominator the share's denominator, positive
     * @param strict whether the share must be exceeded ("more than half") rather than reached
     */
    public EventShare {
      checkArgument(
          denominator > 0 && numerator >= 0,
          "share must be n/d with d > 0 and n >= 0: %s/%s",
          numerator,
          denominator);
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          part + (strict ? " trên " : " ít nhất ") + numerator + "/" + denominator + " " + whole,
          part
              + (strict ? " more than " : " at least ")
              + numerator
              + "/"
              + denominator
              + " of "
              + whole);
    }
  }

  /**
   * An event was announced at least some days ahead: the days after the notice day up to and
   * including the event's day number at least {@code days}.
   *
   * @param dateAttribute the attribute holding the notice day
   * @param days the least number of days between notice and event
   * @param count how the days are counted (since 0.2)
   */
  record EventNotice(String dateAttribute, long days, DayCount count) implements Condition {
    /**
     * Validates that the days are not negative.
     *
     * @param dateAttribute the attribute holding the notice day
     * @param days the least number of days between notice and event
     * @param count how the days are counted (since 0.2)
     */
    public EventNotice {
      checkArgument(days >= 0, "notice days must not be negative: %s", days);
    }

    /**
     * A notice of calendar days.
     *
     * @param dateAttribute the attribute holding the notice day
     * @param days the least number of days between notice and event
     */
    public EventNotice(String dateAttribute, long days) {
      this(dateAttribute, days, DayCount.CALENDAR_DAYS);
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          dateAttribute + " trước ít nhất " + days + " " + count.unit().vi(),
          dateAttribute + " at least " + days + " " + count.unit().en() + " before");
    }
  }

  /**
   * An event took place within some days after a day its attribute gives: the days after that day
   * up to and including the event's day number at most {@code days}.
   *
   * @param dateAttribute the attribute holding the day the deadline runs from
   * @param days the most days between that day and the event
   * @param count how the days are counted
   * @since 0.2
   */
  record EventDeadline(String dateAttribute, long days, DayCount count) implements Condition {
    /**
     * Validates that the days are not negative.
     *
     * @param dateAttribute the attribute holding the day the deadline runs from
     * @param days the most days between that day and the event
     * @param count how the days are counted
     */
    public EventDeadline {
      checkArgument(days >= 0, "deadline days must not be negative: %s", days);
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          "trong " + days + " " + count.unit().vi() + " sau " + dateAttribute,
          "within " + days + " " + count.unit().en() + " after " + dateAttribute);
    }
  }

  /**
   * An event's quantity reaches a least value, which may rise with the size of the event's
   * organiser: {@code byEmployees} maps a number of employees to the least value for organisers of
   * that many employees or more (the largest such number applies). When the organiser's size is not
   * known, only a value below {@code least} (FAIL) or at least every tier's (PASS) is certain; any
   * other is NO_DATA.
   *
   * @param quantity the quantity key
   * @param least the least value for every organiser
   * @param byEmployees higher least values from a number of employees on (since 0.2); empty for
   *     none
   */
  record EventQuantity(String quantity, long least, ImmutableSortedMap<Long, Long> byEmployees)
      implements Condition {
    /**
     * Validates that the tiers rise above {@code least}.
     *
     * @param quantity the quantity key
     * @param least the least value for every organiser
     * @param byEmployees higher least values from a number of employees on (since 0.2); empty for
     *     none
     */
    public EventQuantity {
      long previous = least;
      for (Map.Entry<Long, Long> tier : byEmployees.entrySet()) {
        checkArgument(
            tier.getKey() > 0 && tier.getValue() > previous,
            "a tier of %s must start above 0 employees and ask more than the one before it: %s",
            quantity,
            byEmployees);
        previous = tier.getValue();
      }
    }

    /**
     * The same least value for every organiser.
     *
     * @param quantity the quantity key
     * @param least the least value for every organiser
     */
    public EventQuantity(String quantity, long least) {
      this(quantity, least, ImmutableSortedMap.of());
    }

    /**
     * {@return the least value for an organiser of {@code employees} employees}
     *
     * @param employees the organiser's number of employees
     */
    public long leastFor(long employees) {
      Map.Entry<Long, Long> tier = byEmployees.floorEntry(employees);
      return tier == null ? least : tier.getValue();
    }

    /**
     * {@return the least value for the largest organisers: what a value must reach to pass for any}
     */
    public long leastForAny() {
      return byEmployees.values().stream().reduce((first, last) -> last).orElse(least);
    }

    /**
     * {@return this condition asking {@code value} or more from organisers of {@code employees}
     * employees or more}
     *
     * @param employees the number of employees the tier starts at, above 0
     * @param value the least value from that size on, above every tier before it
     */
    public EventQuantity fromEmployees(long employees, long value) {
      java.util.TreeMap<Long, Long> tiers = new java.util.TreeMap<>(byEmployees);
      tiers.put(employees, value);
      return new EventQuantity(quantity, least, ImmutableSortedMap.copyOf(tiers));
    }

    @Override
    public Phrase describe() {
      String vi = quantity + " ít nhất " + least;
      String en = quantity + " at least " + least;
      for (Map.Entry<Long, Long> tier : byEmployees.entrySet()) {
        vi += ", " + tier.getValue() + " từ " + tier.getKey() + " lao động";
        en += ", " + tier.getValue() + " from " + tier.getKey() + " employees";
      }
      return Phrase.of(vi, en);
    }
  }

  /**
   * Every condition holds.
   *
   * @param conditions at least one
   */
  record AllOf(ImmutableList<Condition> conditions) implements Condition {
    /**
     * Validates that there is a condition.
     *
     * @param conditions at least one
     */
    public AllOf {
      checkArgument(!conditions.isEmpty(), "allOf needs at least one condition");
    }

    @Override
    public Phrase describe() {
      return conditions.stream()
          .map(Condition::describe)
          .reduce((a, b) -> a.join("; và ", "; and ", b))
          .orElseThrow();
    }
  }

  /**
   * At least one condition holds.
   *
   * @param conditions at least one
   */
  record AnyOf(ImmutableList<Condition> conditions) implements Condition {
    /**
     * Validates that there is a condition.
     *
     * @param conditions at least one
     */
    public AnyOf {
      checkArgument(!conditions.isEmpty(), "anyOf needs at least one condition");
    }

    @Override
    public Phrase describe() {
      return conditions.stream()
          .map(Condition::describe)
          .reduce((a, b) -> a.join("; hoặc ", "; or ", b))
          .orElseThrow();
    }
  }

  /**
   * The condition does not hold.
   *
   * @param condition the condition
   */
  record Not(Condition condition) implements Condition {
    @Override
    public Phrase describe() {
      Phrase c = condition.describe();
      return Phrase.of("không: " + c.vi(), "not: " + c.en());
    }
  }
}

package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qcdc.Problem;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.rule.LegalBasis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of indicator and rule definitions: filters, measures, fact filters, populations,
 * expressions and conditions, each an object with an explicit {@code kind} (never a class name).
 * Reading is strict and returns null after adding problems.
 */
final class Definitions extends Selections {
  Definitions(String place, List<Problem> problems) {
    super(place, problems);
  }

  // ---- conditions

  private static final Set<String> CONDITIONS =
      Set.of(
          "bounds",
          "has-fact",
          "compare",
          "event-share",
          "event-quantity",
          "event-notice",
          "event-deadline",
          "all",
          "any-of",
          "not");

  /** An event's quantity at least a value, rising with the organiser's size if tiers are given. */
  private @Nullable Condition eventQuantity(JsonNode node, String pointer) {
    return checked(
        node,
        pointer,
        with("quantity", "least", "byEmployees"),
        f -> {
          Condition.EventQuantity q =
              Condition.eventQuantityAtLeast(
                  f.text("quantity", true).orElseThrow(), f.whole("least", true).orElseThrow());
          for (Map.Entry<String, Long> tier : f.wholes("byEmployees").entrySet()) {
            q = q.fromEmployees(employees(tier.getKey()), tier.getValue());
          }
          return q;
        });
  }

  /** A notice at least, or a deadline at most, some days from an attribute's day to the event. */
  private @Nullable Condition eventDays(JsonNode node, String pointer, boolean notice) {
    return checked(
        node,
        pointer,
        with("attribute", "days", "count"),
        f -> {
          String attribute = f.text("attribute", true).orElseThrow();
          long days = f.whole("days", true).orElseThrow();
          boolean working =
              f.value(
                          "count",
                          false,
                          "calendar-days or working-days",
                          t -> constant(Condition.DayCount.class, t))
                      .orElse(Condition.DayCount.CALENDAR_DAYS)
                  == Condition.DayCount.WORKING_DAYS;
          return notice
              ? working
                  ? Condition.eventNoticeWorkingDays(attribute, days)
                  : Condition.eventNoticeDays(attribute, days)
              : working
                  ? Condition.eventWithinWorkingDaysAfter(attribute, days)
                  : Condition.eventWithinDaysAfter(attribute, days);
        });
  }

  /** A number of employees as a tier's key: a whole number above 0. */
  private static long employees(String key) {
    try {
      long n = Long.parseLong(key);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below, with the key
    }
    throw new IllegalArgumentException(
        "byEmployees: '" + key + "' is not a number of employees above 0");
  }

  @Nullable Condition condition(JsonNode node, String pointer) {
    String kind = kind(node, pointer, CONDITIONS);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "bounds" -> bounds(node, pointer);
      case "has-fact" ->
          checked(
              node,
              pointer,
              with("fact"),
              f -> Condition.hasFact(required(sub(node, "fact", pointer, this::factFilter))));
      case "compare" -> compare(node, pointer);
      case "event-share" -> eventShare(node, pointer);
      case "event-quantity" -> eventQuantity(node, pointer);
      case "event-notice" -> eventDays(node, pointer, true);
      case "event-deadline" -> eventDays(node, pointer, false);
      case "all" ->
          checked(
              node,
              pointer,
              with("conditions"),
              f ->
                  Condition.allOf(
                      items(node, pointer, "conditions", this::condition)
                          .toArray(Condition[]::new)));
      case "any-of" ->
          checked(
              node,
              pointer,
              with("conditions"),
              f ->
                  Condition.anyOf(
                      items(node, pointer, "conditions", this::condition)
                          .toArray(Condition[]::new)));
      default ->
          checked(
              node,
              pointer,
              with("condition"),
              f -> Condition.not(required(sub(node, "condition", pointer, this::condition))));
    };
  }

  private @Nullable Condition compare(JsonNode node, String pointer) {
    return checked(
        node,
        pointer,
        with("op", "left", "right"),
        f ->
            Condition.compare(
                required(sub(node, "left", pointer, this::expr)),
                f.value(
                        "op",
                        true,
                        "at-least, at-most or equal",
                        t -> constant(Condition.Comparison.class, t))
                    .orElseThrow(),
                required(sub(node, "right", pointer, this::expr))));
  }

  private @Nullable Condition bounds(JsonNode node, String pointer) {
    return checked(
        node,
        pointer,
        with("per", "windowDays", "windowMonths", "measure", "atLeast", "atMost"),
        f ->
            new Condition.Bounds(
                required(sub(node, "measure", pointer, this::measure)),
                f.value(
                        "per",
                        false,
                        "period, year or year-end-window",
                        t -> constant(Condition.Per.class, t))
                    .orElse(Condition.Per.PERIOD),
                f.small("windowDays", false, 0, 36_600).orElse(0),
                f.small("windowMonths", false, 0, 1_200).orElse(0),
                Optional.ofNullable(
                    node.has("atLeast")
                        ? required(sub(node, "atLeast", pointer, this::expr))
                        : null),
                Optional.ofNullable(
                    node.has("atMost")
                        ? required(sub(node, "atMost", pointer, this::expr))
                        : null)));
  }

  private @Nullable Condition eventShare(JsonNode node, String pointer) {
    return checked(
        node,
        pointer,
        with("part", "whole", "numerator", "denominator", "strict"),
        f ->
            f.flag("strict").orElse(false)
                ? Condition.eventShareAbove(
                    f.text("part", true).orElseThrow(),
                    f.text("whole", true).orElseThrow(),
                    f.whole("numerator", true).orElseThrow(),
                    f.whole("denominator", true).orElseThrow())
                : Condition.eventShareAtLeast(
                    f.text("part", true).orElseThrow(),
                    f.text("whole", true).orElseThrow(),
                    f.whole("numerator", true).orElseThrow(),
                    f.whole("denominator", true).orElseThrow()));
  }

  // ---- indicator parts

  @Nullable FigureFormat format(JsonNode node, String pointer) {
    Fields f =
        new Fields(
            node,
            pointer,
            place,
            Set.of("nounVi", "nounEn", "percentDecimals", "rounding", "trimZeros"),
            problems);
    Optional<String> vi = f.value("nounVi", false, "a text", s -> s);
    Optional<String> en = f.value("nounEn", false, "a text", s -> s);
    Optional<Integer> decimals = f.small("percentDecimals", false, 0, 12);
    Optional<java.math.RoundingMode> rounding =
        f.value(
            "rounding",
            false,
            "one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY",
            java.math.RoundingMode::valueOf);
    Optional<Boolean> trim = f.flag("trimZeros");
    return build(
        f,
        () ->
            new FigureFormat(
                vi.orElse(""),
                en.orElse(""),
                decimals.orElse(2),
                rounding.orElse(java.math.RoundingMode.HALF_UP),
                trim.orElse(true)));
  }

  private static final Set<String> DEFINITIONS =
      Set.of("measure", "ratio", "coverage", "compliance-rate");

  Indicator.@Nullable Definition definition(JsonNode node, String pointer) {
    String kind = kind(node, pointer, DEFINITIONS);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "measure" ->
          checked(
              node,
              pointer,
              with("measure"),
              f -> new Indicator.Value(required(sub(node, "measure", pointer, this::measure))));
      case "ratio" ->
          checked(
              node,
              pointer,
              with("numerator", "denominator", "zeroDenominator"),
              f ->
                  new Indicator.Ratio(
                      required(sub(node, "numerator", pointer, this::measure)),
                      required(sub(node, "denominator", pointer, this::measure)),
                      f.value(
                              "zeroDenominator",
                              false,
                              "undefined or error",
                              t -> constant(Indicator.ZeroDenominator.class, t))
                          .orElse(Indicator.ZeroDenominator.UNDEFINED)));
      case "coverage" ->
          checked(
              node,
              pointer,
              with("population", "condition"),
              f ->
                  new Indicator.Coverage(
                      required(sub(node, "population", pointer, this::population)),
                      required(sub(node, "condition", pointer, this::condition))));
      default ->
          checked(
              node,
              pointer,
              with("rule"),
              f -> new Indicator.ComplianceRate(f.text("rule", true).orElseThrow()));
    };
  }

  @Nullable LegalBasis legalBasis(JsonNode node, String pointer) {
    Fields f =
        new Fields(node, pointer, place, Set.of("document", "article", "clause", "text"), problems);
    Optional<String> document = f.text("document", true);
    Optional<String> article = f.text("article", false);
    Optional<String> clause = f.text("clause", false);
    Optional<String> text = f.text("text", false);
    return build(f, () -> new LegalBasis(document.orElseThrow(), article, clause, text));
  }
}

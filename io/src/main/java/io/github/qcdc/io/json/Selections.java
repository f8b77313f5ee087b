package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads what indicators select and count: activity filters, measures, fact filters, populations,
 * phrases and expressions, each an object with an explicit {@code kind} (never a class name).
 */
class Selections extends PartReader {
  Selections(String place, List<Problem> problems) {
    super(place, problems);
  }

  // ---- activity filters

  private static final Set<String> FILTERS =
      Set.of(
          "any",
          "type",
          "tier",
          "unit-type",
          "unit-tag",
          "organised-by",
          "organiser",
          "attribute",
          "all",
          "any-of",
          "not");

  @Nullable ActivityFilter filter(JsonNode node, String pointer) {
    String kind = kind(node, pointer, FILTERS);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "any" -> checked(node, pointer, with(), f -> ActivityFilter.any());
      case "type" -> listed(node, pointer, TYPE);
      case "tier" -> listed(node, pointer, TIER);
      case "unit-type" -> listed(node, pointer, UNIT_TYPE);
      case "unit-tag" ->
          checked(
              node,
              pointer,
              with("tag"),
              f -> ActivityFilter.unitTagged(f.text("tag", true).orElseThrow()));
      case "organised-by" -> listed(node, pointer, ORGANISED_BY);
      case "organiser" -> listed(node, pointer, ORGANISER);
      case "attribute" ->
          checked(
              node,
              pointer,
              with("key", "value"),
              f ->
                  ActivityFilter.attribute(
                      f.text("key", true).orElseThrow(), f.text("value", true).orElseThrow()));
      case "all" ->
          checked(
              node,
              pointer,
              with("filters"),
              f ->
                  ActivityFilter.allOf(
                      items(node, pointer, "filters", this::filter)
                          .toArray(ActivityFilter[]::new)));
      case "any-of" ->
          checked(
              node,
              pointer,
              with("filters"),
              f ->
                  ActivityFilter.anyOf(
                      items(node, pointer, "filters", this::filter)
                          .toArray(ActivityFilter[]::new)));
      default ->
          checked(
              node,
              pointer,
              with("filter"),
              f -> ActivityFilter.not(required(sub(node, "filter", pointer, this::filter))));
    };
  }

  /**
   * A filter of the values listed in one field: its name, what a value is, how it is read, and the
   * filter of the values read.
   */
  private record Listed<T>(
      String field,
      String expected,
      java.util.function.Function<String, T> parse,
      java.util.function.IntFunction<T[]> array,
      java.util.function.Function<T[], ActivityFilter> filter) {}

  private static final Listed<?> TYPE =
      new Listed<>(
          "types",
          "an activity type key",
          ActivityType::of,
          ActivityType[]::new,
          ActivityFilter::type);

  private static final Listed<?> TIER =
      new Listed<>(
          "tiers", "a tier", t -> constant(Tier.class, t), Tier[]::new, ActivityFilter::tier);

  private static final Listed<?> UNIT_TYPE =
      new Listed<>(
          "types", "a unit type", UnitType::fromKey, UnitType[]::new, ActivityFilter::unitType);

  private static final Listed<?> ORGANISED_BY =
      new Listed<>(
          "kinds",
          "an organization kind",
          OrganizationKind::fromKey,
          OrganizationKind[]::new,
          ActivityFilter::organisedBy);

  private static final Listed<?> ORGANISER =
      new Listed<>(
          "ids",
          "an organization id",
          OrganizationId::of,
          OrganizationId[]::new,
          ActivityFilter::organiser);

  private <T> @Nullable ActivityFilter listed(JsonNode node, String pointer, Listed<T> spec) {
    return checked(
        node,
        pointer,
        with(spec.field()),
        f ->
            spec.filter()
                .apply(
                    f.list(spec.field(), true, spec.expected(), spec.parse())
                        .toArray(spec.array())));
  }

  // ---- measures

  private static final Set<String> MEASURES =
      Set.of("count", "sum", "data-values", "subjects", "subjects-with-fact", "sum-of");

  @Nullable Measure measure(JsonNode node, String pointer) {
    String kind = kind(node, pointer, MEASURES);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "count" ->
          checked(
              node,
              pointer,
              with("filter"),
              f -> Measure.count(required(sub(node, "filter", pointer, this::filter))));
      case "sum" ->
          checked(
              node,
              pointer,
              with("filter", "quantity"),
              f ->
                  Measure.sum(
                      required(sub(node, "filter", pointer, this::filter)),
                      f.text("quantity", true).orElseThrow()));
      case "data-values" ->
          checked(
              node,
              pointer,
              with("element", "options"),
              f ->
                  Measure.dataValues(
                      f.value("element", true, "a data element key", DataElement::of).orElseThrow(),
                      f.texts("options")));
      case "subjects" ->
          checked(
              node,
              pointer,
              with("population"),
              f -> Measure.subjects(required(sub(node, "population", pointer, this::population))));
      case "subjects-with-fact" ->
          checked(
              node,
              pointer,
              with("population", "fact"),
              f ->
                  Measure.subjectsWith(
                      required(sub(node, "population", pointer, this::population)),
                      required(sub(node, "fact", pointer, this::factFilter))));
      default ->
          checked(
              node,
              pointer,
              with("measures"),
              f ->
                  Measure.sumOf(
                      items(node, pointer, "measures", this::measure).toArray(Measure[]::new)));
    };
  }

  // ---- fact filters

  @Nullable FactFilter factFilter(JsonNode node, String pointer) {
    Fields f =
        new Fields(node, pointer, place, Set.of("key", "value", "atLeast", "timing"), problems);
    Optional<String> key = f.text("key", true);
    JsonNode value = f.raw("value", false);
    Optional<Long> atLeast = f.whole("atLeast", false);
    Optional<FactFilter.Timing> timing =
        f.value("timing", false, "at-end or throughout", t -> constant(FactFilter.Timing.class, t));
    return build(
        f,
        () -> {
          FactFilter filter = FactFilter.of(key.orElseThrow());
          if (value != null) {
            filter =
                filter.withValue(
                    Converters.factValue(value)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "value: expected true, false, a number or a string")));
          }
          if (atLeast.isPresent()) {
            filter = filter.atLeast(atLeast.get());
          }
          return timing.orElse(FactFilter.Timing.AT_END) == FactFilter.Timing.THROUGHOUT
              ? filter.throughout()
              : filter;
        });
  }

  // ---- populations

  @Nullable Population population(JsonNode node, String pointer) {
    Fields f =
        new Fields(node, pointer, place, Set.of("subjects", "reference", "exclusions"), problems);
    Population.Subjects subjects = sub(node, "subjects", pointer, this::subjects);
    Optional<Population.Reference> reference =
        f.value(
            "reference",
            false,
            "period-end, period-start, during or a date",
            t ->
                switch (t) {
                  case "period-end" -> Population.Reference.periodEnd();
                  case "period-start" -> Population.Reference.periodStart();
                  case "during" -> Population.Reference.during();
                  default -> Population.Reference.on(LocalDate.parse(t));
                });
    List<Population.Exclusion> exclusions = items(node, pointer, "exclusions", this::exclusion);
    return build(
        f,
        () ->
            new Population(
                required(subjects),
                reference.orElse(Population.Reference.periodEnd()),
                ImmutableList.copyOf(exclusions)));
  }

  private static final Set<String> SUBJECTS = Set.of("units", "organizations", "events");

  private Population.@Nullable Subjects subjects(JsonNode node, String pointer) {
    String kind = kind(node, pointer, SUBJECTS);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "units" ->
          checked(
              node,
              pointer,
              with("tier", "types", "tag"),
              f ->
                  new Population.Units(
                      f.value("tier", true, "a tier", t -> constant(Tier.class, t)).orElseThrow(),
                      ImmutableSortedSet.copyOf(
                          f.list("types", false, "a unit type", UnitType::fromKey)),
                      f.text("tag", false)));
      case "organizations" ->
          checked(
              node,
              pointer,
              with("kinds", "attributes"),
              f ->
                  new Population.Organizations(
                      ImmutableSortedSet.copyOf(
                          f.list(
                              "kinds", false, "an organization kind", OrganizationKind::fromKey)),
                      f.texts("attributes")));
      default ->
          checked(
              node,
              pointer,
              with("filter"),
              f -> new Population.Events(required(sub(node, "filter", pointer, this::filter))));
    };
  }

  Population.@Nullable Exclusion exclusion(JsonNode node, String pointer) {
    Fields f = new Fields(node, pointer, place, Set.of("id", "reason"), problems);
    Optional<String> id = f.text("id", true);
    Phrase reason = sub(node, "reason", pointer, this::phrase);
    return build(f, () -> new Population.Exclusion(id.orElseThrow(), required(reason)));
  }

  // ---- phrases

  @Nullable Phrase phrase(JsonNode node, String pointer) {
    Fields f = new Fields(node, pointer, place, Set.of("vi", "en"), problems);
    Optional<String> vi = f.text("vi", true);
    Optional<String> en = f.text("en", true);
    return build(f, () -> Phrase.of(vi.orElseThrow(), en.orElseThrow()));
  }

  // ---- expressions

  @Nullable Expr expr(JsonNode node, String pointer) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Expr.constant(node.longValue());
    }
    if (!node.isObject() || node.size() != 1) {
      fail(
          pointer,
          "expected a whole number or an object with one of param, measure, fact, unitsInside, max, min");
      return null;
    }
    String name = node.fieldNames().next();
    JsonNode value = node.get(name);
    String at = pointer + "/" + name;
    try {
      return switch (name) {
        case "param" -> Expr.param(text(value, "a parameter name"));
        case "measure" -> Expr.measure(required(measure(value, at)));
        case "fact" -> Expr.fact(text(value, "a fact key"));
        case "unitsInside" -> Expr.unitsInside(constant(Tier.class, text(value, "a tier")));
        case "max" -> Expr.max(items(node, pointer, "max", this::expr).toArray(Expr[]::new));
        case "min" -> Expr.min(items(node, pointer, "min", this::expr).toArray(Expr[]::new));
        default -> {
          fail(at, "unknown expression; expected param, measure, fact, unitsInside, max or min");
          yield null;
        }
      };
    } catch (IllegalArgumentException | Missing e) {
      if (e instanceof IllegalArgumentException) {
        fail(at, String.valueOf(e.getMessage()));
      }
      return null;
    }
  }

  /** The text of {@code value}; a number, a boolean or null is refused, never read as text. */
  private static String text(JsonNode value, String expected) {
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          "expected " + expected + " (a string), got " + Fields.kind(value) + " " + value);
    }
    return value.textValue();
  }
}

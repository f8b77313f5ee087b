package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.rule.LegalBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of indicator and rule definitions: filters, measures, fact filters, populations,
 * expressions and conditions, each an object with an explicit {@code kind} (never a class name).
 * Reading is strict and returns null after adding problems.
 */
final class Definitions {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String place;
  private final List<Problem> problems;

  Definitions(String place, List<Problem> problems) {
    this.place = place;
    this.problems = problems;
  }

  /** The place problems of this reader name: the source and the record's line and column. */
  String place() {
    return place;
  }

  /** Adds problems found by a caller. */
  void report(List<Problem> found) {
    problems.addAll(found);
  }

  private void fail(String pointer, String message) {
    problems.add(Problem.of(place + " " + (pointer.isEmpty() ? "/" : pointer), message));
  }

  private @Nullable String kind(JsonNode node, String pointer, Set<String> kinds) {
    if (!node.isObject()) {
      fail(pointer, "expected an object, got " + Fields.kind(node));
      return null;
    }
    JsonNode kind = node.get("kind");
    if (kind == null || !kind.isTextual() || !kinds.contains(kind.textValue())) {
      fail(
          pointer + "/kind", "expected one of " + new java.util.TreeSet<>(kinds) + ", got " + kind);
      return null;
    }
    return kind.textValue();
  }

  private static Set<String> with(String... names) {
    Set<String> set = new java.util.HashSet<>(List.of(names));
    set.add("kind");
    return set;
  }

  private static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (key(e).equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + text + "'");
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

  static ObjectNode write(ActivityFilter f) {
    ObjectNode n = NODES.objectNode();
    if (f instanceof ActivityFilter.Any) {
      n.put("kind", "any");
    } else if (f instanceof ActivityFilter.OfType t) {
      n.put("kind", "type");
      strings(n, "types", t.types().stream().map(ActivityType::key).toList());
    } else if (f instanceof ActivityFilter.AtTier t) {
      n.put("kind", "tier");
      strings(n, "tiers", t.tiers().stream().map(Definitions::key).toList());
    } else if (f instanceof ActivityFilter.AtUnitType t) {
      n.put("kind", "unit-type");
      strings(n, "types", t.types().stream().map(UnitType::key).toList());
    } else if (f instanceof ActivityFilter.UnitTagged t) {
      n.put("kind", "unit-tag").put("tag", t.tag());
    } else if (f instanceof ActivityFilter.OrganisedBy o) {
      n.put("kind", "organised-by");
      strings(n, "kinds", o.kinds().stream().map(OrganizationKind::key).toList());
    } else if (f instanceof ActivityFilter.OrganisedById o) {
      n.put("kind", "organiser");
      strings(n, "ids", o.ids().stream().map(OrganizationId::value).toList());
    } else if (f instanceof ActivityFilter.Attribute a) {
      n.put("kind", "attribute").put("key", a.key()).put("value", a.value());
    } else if (f instanceof ActivityFilter.AllOf all) {
      n.put("kind", "all").set("filters", array(all.filters(), Definitions::write));
    } else if (f instanceof ActivityFilter.AnyOf any) {
      n.put("kind", "any-of").set("filters", array(any.filters(), Definitions::write));
    } else if (f instanceof ActivityFilter.Not not) {
      n.put("kind", "not").set("filter", write(not.filter()));
    }
    return n;
  }

  @Nullable ActivityFilter filter(JsonNode node, String pointer) {
    String kind = kind(node, pointer, FILTERS);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "any" -> checked(node, pointer, with(), f -> ActivityFilter.any());
      case "type" ->
          checked(
              node,
              pointer,
              with("types"),
              f ->
                  ActivityFilter.type(
                      f.list("types", true, "an activity type key", ActivityType::of)
                          .toArray(ActivityType[]::new)));
      case "tier" ->
          checked(
              node,
              pointer,
              with("tiers"),
              f ->
                  ActivityFilter.tier(
                      f.list("tiers", true, "a tier", t -> constant(Tier.class, t))
                          .toArray(Tier[]::new)));
      case "unit-type" ->
          checked(
              node,
              pointer,
              with("types"),
              f ->
                  ActivityFilter.unitType(
                      f.list("types", true, "a unit type", UnitType::fromKey)
                          .toArray(UnitType[]::new)));
      case "unit-tag" ->
          checked(
              node,
              pointer,
              with("tag"),
              f -> ActivityFilter.unitTagged(f.text("tag", true).orElseThrow()));
      case "organised-by" ->
          checked(
              node,
              pointer,
              with("kinds"),
              f ->
                  ActivityFilter.organisedBy(
                      f.list("kinds", true, "an organization kind", OrganizationKind::fromKey)
                          .toArray(OrganizationKind[]::new)));
      case "organiser" ->
          checked(
              node,
              pointer,
              with("ids"),
              f ->
                  ActivityFilter.organiser(
                      f.list("ids", true, "an organization id", OrganizationId::of)
                          .toArray(OrganizationId[]::new)));
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

  // ---- measures

  private static final Set<String> MEASURES =
      Set.of("count", "sum", "data-values", "subjects-with-fact", "sum-of");

  static ObjectNode write(Measure m) {
    ObjectNode n = NODES.objectNode();
    if (m instanceof Measure.CountActivities c) {
      n.put("kind", "count").set("filter", write(c.filter()));
    } else if (m instanceof Measure.SumQuantity s) {
      n.put("kind", "sum").put("quantity", s.quantity()).set("filter", write(s.filter()));
    } else if (m instanceof Measure.SumDataValues d) {
      n.put("kind", "data-values").put("element", d.element().key());
      if (!d.options().isEmpty()) {
        ObjectNode options = n.putObject("options");
        d.options().forEach(options::put);
      }
    } else if (m instanceof Measure.CountSubjectsWithFact c) {
      n.put("kind", "subjects-with-fact");
      n.set("population", write(c.population()));
      n.set("fact", write(c.fact()));
    } else if (m instanceof Measure.Sum s) {
      n.put("kind", "sum-of").set("measures", array(s.measures(), Definitions::write));
    }
    return n;
  }

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

  static ObjectNode write(FactFilter f) {
    ObjectNode n = NODES.objectNode().put("key", f.key());
    f.value().ifPresent(v -> n.set("value", Converters.factValue(v)));
    f.atLeast().ifPresent(v -> n.put("atLeast", v));
    n.put("timing", key(f.timing()));
    return n;
  }

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

  static ObjectNode write(Population p) {
    ObjectNode n = NODES.objectNode();
    ObjectNode subjects = n.putObject("subjects");
    if (p.subjects() instanceof Population.Units u) {
      subjects.put("kind", "units").put("tier", key(u.tier()));
      if (!u.types().isEmpty()) {
        strings(subjects, "types", u.types().stream().map(UnitType::key).toList());
      }
      u.tag().ifPresent(t -> subjects.put("tag", t));
    } else if (p.subjects() instanceof Population.Organizations o) {
      subjects.put("kind", "organizations");
      strings(subjects, "kinds", o.kinds().stream().map(OrganizationKind::key).toList());
      if (!o.attributes().isEmpty()) {
        ObjectNode attributes = subjects.putObject("attributes");
        o.attributes().forEach(attributes::put);
      }
    } else if (p.subjects() instanceof Population.Events e) {
      subjects.put("kind", "events").set("filter", write(e.filter()));
    }
    Population.Reference r = p.reference();
    n.put(
        "reference",
        r.kind() == Population.Reference.Kind.DAY
            ? r.day().orElseThrow().toString()
            : key(r.kind()));
    if (!p.exclusions().isEmpty()) {
      ArrayNode exclusions = n.putArray("exclusions");
      for (Population.Exclusion e : p.exclusions()) {
        exclusions.addObject().put("id", e.id()).set("reason", write(e.reason()));
      }
    }
    return n;
  }

  @Nullable Population population(JsonNode node, String pointer) {
    Fields f =
        new Fields(node, pointer, place, Set.of("subjects", "reference", "exclusions"), problems);
    Population.Subjects subjects = sub(node, "subjects", pointer, this::subjects);
    Optional<Population.Reference> reference =
        f.value(
            "reference",
            false,
            "period-end, period-start or a date",
            t ->
                switch (t) {
                  case "period-end" -> Population.Reference.periodEnd();
                  case "period-start" -> Population.Reference.periodStart();
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

  private Population.@Nullable Exclusion exclusion(JsonNode node, String pointer) {
    Fields f = new Fields(node, pointer, place, Set.of("id", "reason"), problems);
    Optional<String> id = f.text("id", true);
    Phrase reason = sub(node, "reason", pointer, this::phrase);
    return build(f, () -> new Population.Exclusion(id.orElseThrow(), required(reason)));
  }

  // ---- phrases

  static ObjectNode write(Phrase p) {
    return NODES.objectNode().put("vi", p.vi()).put("en", p.en());
  }

  @Nullable Phrase phrase(JsonNode node, String pointer) {
    Fields f = new Fields(node, pointer, place, Set.of("vi", "en"), problems);
    Optional<String> vi = f.text("vi", true);
    Optional<String> en = f.text("en", true);
    return build(f, () -> Phrase.of(vi.orElseThrow(), en.orElseThrow()));
  }

  // ---- expressions

  static JsonNode write(Expr e) {
    if (e instanceof Expr.Constant c) {
      return NODES.numberNode(c.value());
    } else if (e instanceof Expr.Param p) {
      return NODES.objectNode().put("param", p.name());
    } else if (e instanceof Expr.MeasureOf m) {
      return NODES.objectNode().set("measure", write(m.measure()));
    } else if (e instanceof Expr.FactNumber f) {
      return NODES.objectNode().put("fact", f.key());
    } else if (e instanceof Expr.UnitsInside u) {
      return NODES.objectNode().put("unitsInside", key(u.tier()));
    } else if (e instanceof Expr.Max m) {
      return NODES.objectNode().set("max", array(m.terms(), Definitions::write));
    }
    return NODES.objectNode().set("min", array(((Expr.Min) e).terms(), Definitions::write));
  }

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
        case "param" -> Expr.param(value.asText());
        case "measure" -> Expr.measure(required(measure(value, at)));
        case "fact" -> Expr.fact(value.asText());
        case "unitsInside" -> Expr.unitsInside(constant(Tier.class, value.asText()));
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

  // ---- conditions

  private static final Set<String> CONDITIONS =
      Set.of(
          "bounds", "has-fact", "compare", "event-share", "event-notice", "all", "any-of", "not");

  static ObjectNode write(Condition c) {
    ObjectNode n = NODES.objectNode();
    if (c instanceof Condition.Bounds b) {
      n.put("kind", "bounds").put("per", key(b.per()));
      if (b.windowDays() > 0) {
        n.put("windowDays", b.windowDays());
      }
      n.set("measure", write(b.measure()));
      b.atLeast().ifPresent(e -> n.set("atLeast", write(e)));
      b.atMost().ifPresent(e -> n.set("atMost", write(e)));
    } else if (c instanceof Condition.HasFact h) {
      n.put("kind", "has-fact").set("fact", write(h.fact()));
    } else if (c instanceof Condition.Compare cmp) {
      n.put("kind", "compare").put("op", key(cmp.op()));
      n.set("left", write(cmp.left()));
      n.set("right", write(cmp.right()));
    } else if (c instanceof Condition.EventShare s) {
      n.put("kind", "event-share")
          .put("part", s.part())
          .put("whole", s.whole())
          .put("numerator", s.numerator())
          .put("denominator", s.denominator());
    } else if (c instanceof Condition.EventNotice e) {
      n.put("kind", "event-notice").put("attribute", e.dateAttribute()).put("days", e.days());
    } else if (c instanceof Condition.AllOf all) {
      n.put("kind", "all").set("conditions", array(all.conditions(), Definitions::write));
    } else if (c instanceof Condition.AnyOf any) {
      n.put("kind", "any-of").set("conditions", array(any.conditions(), Definitions::write));
    } else if (c instanceof Condition.Not not) {
      n.put("kind", "not").set("condition", write(not.condition()));
    }
    return n;
  }

  @Nullable Condition condition(JsonNode node, String pointer) {
    String kind = kind(node, pointer, CONDITIONS);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "bounds" ->
          checked(
              node,
              pointer,
              with("per", "windowDays", "measure", "atLeast", "atMost"),
              f ->
                  new Condition.Bounds(
                      required(sub(node, "measure", pointer, this::measure)),
                      f.value(
                              "per",
                              false,
                              "period, year or year-end-window",
                              t -> constant(Condition.Per.class, t))
                          .orElse(Condition.Per.PERIOD),
                      f.whole("windowDays", false).orElse(0L).intValue(),
                      Optional.ofNullable(
                          node.has("atLeast")
                              ? required(sub(node, "atLeast", pointer, this::expr))
                              : null),
                      Optional.ofNullable(
                          node.has("atMost")
                              ? required(sub(node, "atMost", pointer, this::expr))
                              : null)));
      case "has-fact" ->
          checked(
              node,
              pointer,
              with("fact"),
              f -> Condition.hasFact(required(sub(node, "fact", pointer, this::factFilter))));
      case "compare" ->
          checked(
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
      case "event-share" ->
          checked(
              node,
              pointer,
              with("part", "whole", "numerator", "denominator"),
              f ->
                  Condition.eventShareAtLeast(
                      f.text("part", true).orElseThrow(),
                      f.text("whole", true).orElseThrow(),
                      f.whole("numerator", true).orElseThrow(),
                      f.whole("denominator", true).orElseThrow()));
      case "event-notice" ->
          checked(
              node,
              pointer,
              with("attribute", "days"),
              f ->
                  Condition.eventNoticeDays(
                      f.text("attribute", true).orElseThrow(),
                      f.whole("days", true).orElseThrow()));
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
    Optional<Long> decimals = f.whole("percentDecimals", false);
    Optional<java.math.RoundingMode> rounding =
        f.value(
            "rounding", false, "a rounding mode such as HALF_UP", java.math.RoundingMode::valueOf);
    Optional<Boolean> trim = f.flag("trimZeros");
    return build(
        f,
        () ->
            new FigureFormat(
                vi.orElse(""),
                en.orElse(""),
                decimals.orElse(2L).intValue(),
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

  // ---- helpers

  /** Thrown when a part is missing (its problem is already recorded). */
  static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing() {
      super(null, null, false, false);
    }
  }

  static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new Missing();
    }
    return value;
  }

  @FunctionalInterface
  interface Part<T> {
    @Nullable T read(JsonNode node, String pointer);
  }

  private <T> @Nullable T sub(JsonNode node, String field, String pointer, Part<T> part) {
    JsonNode value = node.get(field);
    if (value == null) {
      fail(pointer + "/" + field, "required field is missing");
      return null;
    }
    return part.read(value, pointer + "/" + field);
  }

  private <T> List<T> items(JsonNode node, String pointer, String field, Part<T> part) {
    JsonNode value = node.get(field);
    List<T> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!value.isArray()) {
      fail(pointer + "/" + field, "expected an array, got " + Fields.kind(value));
      throw new Missing();
    }
    boolean missing = false;
    for (int i = 0; i < value.size(); i++) {
      T item = part.read(value.get(i), pointer + "/" + field + "/" + i);
      if (item == null) {
        missing = true;
      } else {
        out.add(item);
      }
    }
    if (missing) {
      throw new Missing();
    }
    return out;
  }

  private <T> @Nullable T checked(
      JsonNode node, String pointer, Set<String> known, Function<Fields, T> read) {
    Fields f = new Fields(node, pointer, place, known, problems);
    try {
      T value = read.apply(f);
      return f.failed() ? null : value;
    } catch (Missing e) {
      return null;
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      if (!f.failed()) {
        fail(pointer, String.valueOf(e.getMessage()));
      }
      return null;
    }
  }

  private <T> @Nullable T build(Fields f, java.util.function.Supplier<T> build) {
    if (f.failed()) {
      return null;
    }
    try {
      return build.get();
    } catch (Missing e) {
      return null;
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      f.fail("", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static void strings(ObjectNode n, String field, List<String> values) {
    ArrayNode array = n.putArray(field);
    values.forEach(array::add);
  }

  private static <T> ArrayNode array(List<T> values, Function<T, JsonNode> write) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(write.apply(v)));
    return array;
  }
}

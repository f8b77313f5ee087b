package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.records.ActivityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes indicator and rule definitions in the wire form {@link Definitions} reads: each filter,
 * measure, fact filter, population, expression and condition an object with an explicit {@code
 * kind}, fields in a fixed order.
 */
final class DefinitionWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DefinitionWriter() {}

  /** The wire name of an enum constant: lower case, words joined by hyphens. */
  static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static ObjectNode write(ActivityFilter f) {
    ObjectNode n = NODES.objectNode();
    if (f instanceof ActivityFilter.Any) {
      n.put("kind", "any");
    } else if (f instanceof ActivityFilter.OfType t) {
      n.put("kind", "type");
      strings(n, "types", t.types().stream().map(ActivityType::key).toList());
    } else if (f instanceof ActivityFilter.AtTier t) {
      n.put("kind", "tier");
      strings(n, "tiers", t.tiers().stream().map(DefinitionWriter::key).toList());
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
      n.put("kind", "all").set("filters", array(all.filters(), DefinitionWriter::write));
    } else if (f instanceof ActivityFilter.AnyOf any) {
      n.put("kind", "any-of").set("filters", array(any.filters(), DefinitionWriter::write));
    } else if (f instanceof ActivityFilter.Not not) {
      n.put("kind", "not").set("filter", write(not.filter()));
    }
    return n;
  }

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
    } else if (m instanceof Measure.CountSubjects c) {
      n.put("kind", "subjects");
      n.set("population", write(c.population()));
    } else if (m instanceof Measure.CountSubjectsWithFact c) {
      n.put("kind", "subjects-with-fact");
      n.set("population", write(c.population()));
      n.set("fact", write(c.fact()));
    } else if (m instanceof Measure.Sum s) {
      n.put("kind", "sum-of").set("measures", array(s.measures(), DefinitionWriter::write));
    }
    return n;
  }

  static ObjectNode write(FactFilter f) {
    ObjectNode n = NODES.objectNode().put("key", f.key());
    f.value().ifPresent(v -> n.set("value", Converters.factValue(v)));
    f.atLeast().ifPresent(v -> n.put("atLeast", v));
    n.put("timing", key(f.timing()));
    return n;
  }

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
      n.set("exclusions", exclusions(p.exclusions()));
    }
    return n;
  }

  /** Excluded subjects, each with its id and reason. */
  static ArrayNode exclusions(List<Population.Exclusion> exclusions) {
    ArrayNode array = NODES.arrayNode();
    for (Population.Exclusion e : exclusions) {
      array.addObject().put("id", e.id()).set("reason", write(e.reason()));
    }
    return array;
  }

  /** Named whole-number parameters, in the map's order. */
  static ObjectNode parameters(Map<String, Long> parameters) {
    ObjectNode object = NODES.objectNode();
    parameters.forEach(object::put);
    return object;
  }

  static ObjectNode write(Phrase p) {
    return NODES.objectNode().put("vi", p.vi()).put("en", p.en());
  }

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
      return NODES.objectNode().set("max", array(m.terms(), DefinitionWriter::write));
    }
    return NODES.objectNode().set("min", array(((Expr.Min) e).terms(), DefinitionWriter::write));
  }

  static ObjectNode write(Condition c) {
    ObjectNode n = NODES.objectNode();
    if (c instanceof Condition.Bounds b) {
      n.put("kind", "bounds").put("per", key(b.per()));
      if (b.windowDays() > 0) {
        n.put("windowDays", b.windowDays());
      }
      if (b.windowMonths() > 0) {
        n.put("windowMonths", b.windowMonths());
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
      if (s.strict()) {
        n.put("strict", true);
      }
    } else if (c instanceof Condition.EventQuantity q) {
      n.put("kind", "event-quantity").put("quantity", q.quantity()).put("least", q.least());
      if (!q.byEmployees().isEmpty()) {
        ObjectNode tiers = n.putObject("byEmployees");
        q.byEmployees().forEach((employees, least) -> tiers.put(employees.toString(), least));
      }
    } else if (c instanceof Condition.EventNotice e) {
      n.put("kind", "event-notice").put("attribute", e.dateAttribute()).put("days", e.days());
      count(n, e.count());
    } else if (c instanceof Condition.EventDeadline e) {
      n.put("kind", "event-deadline").put("attribute", e.dateAttribute()).put("days", e.days());
      count(n, e.count());
    } else if (c instanceof Condition.AllOf all) {
      n.put("kind", "all").set("conditions", array(all.conditions(), DefinitionWriter::write));
    } else if (c instanceof Condition.AnyOf any) {
      n.put("kind", "any-of").set("conditions", array(any.conditions(), DefinitionWriter::write));
    } else if (c instanceof Condition.Not not) {
      n.put("kind", "not").set("condition", write(not.condition()));
    }
    return n;
  }

  /** {@code "count": "working-days"}; calendar days, the default, are not written. */
  private static void count(ObjectNode n, Condition.DayCount count) {
    if (count != Condition.DayCount.CALENDAR_DAYS) {
      n.put("count", key(count));
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

  static ObjectNode write(FigureFormat f) {
    return NODES
        .objectNode()
        .put("nounVi", f.nounVi())
        .put("nounEn", f.nounEn())
        .put("percentDecimals", f.percentDecimals())
        .put("rounding", f.rounding().name())
        .put("trimZeros", f.trimZeros());
  }
}

package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.indicator.internal.Walk;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a pack reads (data elements, disaggregation categories, fact keys, activity attributes
 * and quantities, organisation kinds) set against the names a dataset mentions: a name the pack
 * reads and the data never mentions is how a typo becomes a quiet zero.
 */
final class Vocabulary {
  /** The kinds of name, as warnings write them. */
  enum Kind {
    ELEMENT("data element", "data elements", "data value"),
    CATEGORY("disaggregation category", "disaggregation categories", "data value"),
    FACT_KEY("fact key", "fact keys", "fact"),
    ATTRIBUTE("activity attribute", "activity attributes", "activity"),
    QUANTITY("activity quantity", "activity quantities", "activity"),
    ORGANIZATION_KIND("organisation kind", "organisation kinds", "organisation");

    private final String name;
    private final String plural;
    private final String record;

    Kind(String name, String plural, String record) {
      this.name = name;
      this.plural = plural;
      this.record = record;
    }
  }

  private final Map<Kind, Set<String>> names = new EnumMap<>(Kind.class);

  private Vocabulary() {
    for (Kind kind : Kind.values()) {
      names.put(kind, new TreeSet<>());
    }
  }

  /** The names {@code pack} reads. */
  static Vocabulary of(RulePack pack) {
    Vocabulary v = new Vocabulary();
    for (Indicator indicator : pack.indicators()) {
      v.definition(indicator.definition());
      for (Breakdown b : indicator.breakdowns()) {
        if (b.dimension() == Breakdown.Dimension.DISAGGREGATION) {
          b.parameter().ifPresent(c -> v.add(Kind.CATEGORY, c));
        }
      }
    }
    for (ComplianceRule rule : pack.rules()) {
      v.population(rule.population());
      v.condition(rule.condition());
    }
    return v;
  }

  /** The names {@code dataset} mentions. */
  static Vocabulary of(Dataset dataset) {
    Vocabulary v = new Vocabulary();
    Dataset.Names names = dataset.names(); // computed once per dataset
    names.elements().forEach(k -> v.add(Kind.ELEMENT, k));
    names.categories().forEach(k -> v.add(Kind.CATEGORY, k));
    names.factKeys().forEach(k -> v.add(Kind.FACT_KEY, k));
    names.organizationKinds().forEach(k -> v.add(Kind.ORGANIZATION_KIND, k));
    dataset.activities().attributeKeys().forEach(k -> v.add(Kind.ATTRIBUTE, k));
    dataset.activities().quantityKeys().forEach(k -> v.add(Kind.QUANTITY, k));
    return v;
  }

  /**
   * One warning per kind of name this pack vocabulary reads that {@code data} never mentions, each
   * missing name with the closest name the data has when one is close ("did you mean").
   */
  ImmutableList<String> missingFrom(Vocabulary data) {
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    for (Kind kind : Kind.values()) {
      Set<String> present = data.names(kind);
      List<String> missing = new ArrayList<>();
      for (String name : names(kind)) {
        if (!present.contains(name)) {
          String close = closest(name, present);
          missing.add(
              "'" + name + "'" + (close.isEmpty() ? "" : " (did you mean '" + close + "'?)"));
        }
      }
      if (!missing.isEmpty()) {
        warnings.add(
            "the pack reads "
                + (missing.size() == 1 ? kind.name : kind.plural)
                + " "
                + String.join(", ", missing)
                + " that no "
                + kind.record
                + " of the dataset has: what reads "
                + (missing.size() == 1 ? "it" : "them")
                + " counts nothing");
      }
    }
    return warnings.build();
  }

  /** The name of {@code among} closest to {@code name}, if within a third of its length; or "". */
  static String closest(String name, Set<String> among) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    String folded = name.toLowerCase(Locale.ROOT);
    for (String candidate : among) {
      int d = distance(folded, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return bestDistance <= Math.max(1, name.length() / 3) ? best : "";
  }

  /**
   * The edit distance of {@code a} and {@code b}, an exchange of two neighbouring letters counting
   * as one edit (optimal string alignment): "levle" is one edit from "level".
   */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private void add(Kind kind, String name) {
    names(kind).add(name);
  }

  private Set<String> names(Kind kind) {
    return java.util.Objects.requireNonNull(names.get(kind));
  }

  private void definition(Indicator.Definition definition) {
    if (definition instanceof Indicator.Value v) {
      measure(v.measure());
    } else if (definition instanceof Indicator.Ratio r) {
      measure(r.numerator());
      measure(r.denominator());
    } else if (definition instanceof Indicator.Coverage c) {
      population(c.population());
      condition(c.condition());
    }
  }

  private void population(Population population) {
    Population.Subjects subjects = population.subjects();
    if (subjects instanceof Population.Organizations o) {
      o.kinds().forEach(k -> add(Kind.ORGANIZATION_KIND, k.key()));
    } else if (subjects instanceof Population.Events e) {
      filter(e.filter());
    }
  }

  private void condition(Condition condition) {
    Walk.conditions(
        condition,
        c -> {
          if (c instanceof Condition.Bounds b) {
            measure(b.measure());
          } else if (c instanceof Condition.HasFact f) {
            add(Kind.FACT_KEY, f.fact().key());
          } else if (c instanceof Condition.EventShare s) {
            add(Kind.QUANTITY, s.part());
            add(Kind.QUANTITY, s.whole());
          } else if (c instanceof Condition.EventNotice n) {
            add(Kind.ATTRIBUTE, n.dateAttribute());
          } else if (c instanceof Condition.EventDeadline d) {
            add(Kind.ATTRIBUTE, d.dateAttribute());
          } else if (c instanceof Condition.EventQuantity q) {
            add(Kind.QUANTITY, q.quantity());
          }
        });
    Walk.exprs(
        condition,
        e -> {
          if (e instanceof Expr.MeasureOf m) {
            measure(m.measure());
          } else if (e instanceof Expr.FactNumber f) {
            add(Kind.FACT_KEY, f.key());
          }
        });
  }

  private void measure(Measure measure) {
    if (measure instanceof Measure.CountActivities c) {
      filter(c.filter());
    } else if (measure instanceof Measure.SumQuantity q) {
      filter(q.filter());
      add(Kind.QUANTITY, q.quantity());
    } else if (measure instanceof Measure.SumDataValues d) {
      add(Kind.ELEMENT, d.element().key());
      d.options().keySet().forEach(c -> add(Kind.CATEGORY, c));
    } else if (measure instanceof Measure.CountSubjectsWithFact f) {
      population(f.population());
      add(Kind.FACT_KEY, f.fact().key());
    } else if (measure instanceof Measure.CountSubjects s) {
      population(s.population());
    } else if (measure instanceof Measure.Sum sum) {
      sum.measures().forEach(this::measure);
    }
  }

  private void filter(ActivityFilter filter) {
    if (filter instanceof ActivityFilter.OrganisedBy o) {
      o.kinds().forEach(k -> add(Kind.ORGANIZATION_KIND, k.key()));
    } else if (filter instanceof ActivityFilter.Attribute a) {
      add(Kind.ATTRIBUTE, a.key());
    } else if (filter instanceof ActivityFilter.AllOf all) {
      all.filters().forEach(this::filter);
    } else if (filter instanceof ActivityFilter.AnyOf any) {
      any.filters().forEach(this::filter);
    } else if (filter instanceof ActivityFilter.Not not) {
      filter(not.filter());
    }
  }
}

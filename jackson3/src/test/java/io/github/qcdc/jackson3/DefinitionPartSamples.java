package io.github.qcdc.jackson3;

import com.google.common.collect.ImmutableListMultimap;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;

/** The parts of a pack's definitions, gathered as samples of the module's part types. */
final class DefinitionPartSamples {
  private DefinitionPartSamples() {}

  static void add(RulePack pack, ImmutableListMultimap.Builder<Class<?>, Object> samples) {
    for (Indicator indicator : pack.indicators()) {
      samples.put(Phrase.class, indicator.title());
      samples.put(FigureFormat.class, indicator.format());
      if (indicator.definition() instanceof Indicator.Value v) {
        measure(v.measure(), samples);
      } else if (indicator.definition() instanceof Indicator.Ratio r) {
        measure(r.numerator(), samples);
        measure(r.denominator(), samples);
      } else if (indicator.definition() instanceof Indicator.Coverage c) {
        samples.put(Population.class, c.population());
        condition(c.condition(), samples);
      }
    }
    for (ComplianceRule rule : pack.rules()) {
      samples.put(Phrase.class, rule.title());
      samples.put(Population.class, rule.population());
      condition(rule.condition(), samples);
    }
  }

  private static void measure(Measure m, ImmutableListMultimap.Builder<Class<?>, Object> samples) {
    samples.put(Measure.class, m);
    if (m instanceof Measure.CountActivities c) {
      samples.put(ActivityFilter.class, c.filter());
    } else if (m instanceof Measure.SumQuantity q) {
      samples.put(ActivityFilter.class, q.filter());
    } else if (m instanceof Measure.CountSubjectsWithFact f) {
      samples.put(FactFilter.class, f.fact());
    } else if (m instanceof Measure.Sum s) {
      s.measures().forEach(inner -> measure(inner, samples));
    }
  }

  private static void condition(
      Condition c, ImmutableListMultimap.Builder<Class<?>, Object> samples) {
    samples.put(Condition.class, c);
    if (c instanceof Condition.HasFact f) {
      samples.put(FactFilter.class, f.fact());
    } else if (c instanceof Condition.Compare cmp) {
      samples.put(Expr.class, cmp.left());
      samples.put(Expr.class, cmp.right());
    } else if (c instanceof Condition.Bounds b) {
      measure(b.measure(), samples);
    } else if (c instanceof Condition.AllOf all) {
      all.conditions().forEach(inner -> condition(inner, samples));
    }
  }
}

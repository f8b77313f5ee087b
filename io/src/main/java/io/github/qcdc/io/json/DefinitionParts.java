package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;

/**
 * The parts of definitions as module types, each the object a rule pack holds where it stands: a
 * filter, a measure, a fact filter, a population, a phrase, an expression, a condition, a figure
 * format; read by the rule pack reader's parts, with its problems.
 */
final class DefinitionParts {
  private DefinitionParts() {}

  static void register(SimpleModule module) {
    ModuleTypes.tree(
        module,
        ActivityFilter.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).filter(n, ""));
    ModuleTypes.tree(
        module,
        Measure.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).measure(n, ""));
    ModuleTypes.tree(
        module,
        FactFilter.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).factFilter(n, ""));
    ModuleTypes.tree(
        module,
        Population.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).population(n, ""));
    ModuleTypes.tree(
        module,
        Phrase.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).phrase(n, ""));
    ModuleTypes.tree(
        module,
        Expr.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).expr(n, ""));
    ModuleTypes.tree(
        module,
        Condition.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).condition(n, ""));
    ModuleTypes.tree(
        module,
        FigureFormat.class,
        DefinitionWriter::write,
        (n, place, problems) -> new Definitions(place, problems).format(n, ""));
  }
}

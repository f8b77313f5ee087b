package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Figure;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.DatasetInputs;
import io.github.qcdc.testing.Generators;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The records listed for a figure are the records it counted: a dataset of those records alone
 * gives the figure the same value, for generated packs and datasets.
 */
class RecordListingTest {
  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2016/2019");

  @Test
  void theRecordsListedForAFigureReproduceItsValue() {
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(100)
        .forAll(Generators.rulePacks(), Generators.datasetInputs(200))
        .checkAssert(
            (pack, inputs) -> {
              UnitCode scope = inputs.gazetteer().codeAt(0);
              Evaluation evaluation;
              try {
                evaluation = Evaluator.of(pack).evaluate(inputs.build(), scope, PERIOD);
              } catch (QcdcException e) {
                return; // a pack that cannot be evaluated lists nothing
              }
              for (Figure figure : evaluation.report().figures()) {
                Indicator.Definition d = pack.indicator(figure.id()).orElseThrow().definition();
                if (d instanceof Indicator.Value || d instanceof Indicator.Ratio) {
                  Set<String> ids = listed(evaluation, figure.id());
                  DatasetInputs only = only(inputs, ids);
                  Figure again = figure(pack, only, scope, figure.id());
                  assertEquals(figure.value(), again.value(), figure.id() + " over " + ids);
                  checked.incrementAndGet();
                }
              }
            });
    assertTrue(checked.get() >= 60, "figures checked: " + checked.get());
  }

  private static Set<String> listed(Evaluation evaluation, String id) {
    Set<String> ids = new HashSet<>();
    for (int page = 0; ; page++) {
      Evaluation.RecordPage p = evaluation.records(id, page, 97);
      ids.addAll(p.ids());
      if ((long) (page + 1) * 97 >= p.total()) {
        assertEquals(p.total(), ids.size(), "each record listed once");
        return ids;
      }
    }
  }

  private static DatasetInputs only(DatasetInputs inputs, Set<String> ids) {
    return new DatasetInputs(
        inputs.gazetteer(),
        inputs.organizations(),
        inputs.activities().stream().filter(a -> ids.contains(a.id().value())).toList(),
        inputs.dataValues().stream().filter(v -> ids.contains(v.id().value())).toList(),
        inputs.facts());
  }

  /** Figure {@code id} of {@code pack} evaluated alone (no other indicator may stop it). */
  private static Figure figure(RulePack pack, DatasetInputs inputs, UnitCode scope, String id) {
    RulePack alone =
        new RulePack(
            pack.id(),
            pack.version(),
            pack.calendar(),
            pack.parameters(),
            ImmutableList.of(pack.indicator(id).orElseThrow()),
            ImmutableList.of(),
            ImmutableList.of());
    return Evaluator.of(alone)
        .evaluate(inputs.build(), scope, PERIOD)
        .report()
        .figure(id)
        .orElseThrow();
  }
}

package io.github.qcdc.benchmarks;

import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import java.util.Locale;

/**
 * A pack of 50 definitions over the synthetic national data: 25 indicators (counts by district and
 * year, by level, sums of activities and data values, ratios, coverages) and 25 per-year rules.
 */
final class NationalPack {
  private NationalPack() {}

  static RulePack create() {
    RulePack pack = RulePack.of("national-benchmark", "1");
    ActivityType[] types = NationalData.types();
    String[] elements = {"supervisions", "meetings", "dialogues", "critiques", "supervisions"};
    for (int t = 0; t < types.length; t++) {
      ActivityFilter type = ActivityFilter.type(types[t]);
      String key = types[t].key();
      pack =
          pack.with(
              Indicator.measure(key + "-by-district-year", Measure.count(type))
                  .by(Breakdown.unitAt(Tier.DISTRICT), Breakdown.YEAR),
              Indicator.measure(key + "-by-level", Measure.count(type)).by(Breakdown.TIER),
              Indicator.measure(
                      key + "-with-reported",
                      Measure.sumOf(
                          Measure.count(type), Measure.dataValues(DataElement.of(elements[t]))))
                  .by(Breakdown.YEAR),
              Indicator.ratio(
                      key + "-share", Measure.count(type), Measure.count(ActivityFilter.any()))
                  .by(Breakdown.unitAt(Tier.PROVINCE)),
              Indicator.coverage(
                      key + "-coverage",
                      Population.units(Tier.COMMUNE),
                      Condition.atLeast(1, Measure.count(type)).perYear())
                  .by(Breakdown.unitAt(Tier.DISTRICT)));
      for (int k = 1; k <= 5; k++) {
        String parameter = "min" + k;
        pack =
            pack.with(
                ComplianceRule.of(
                        String.format(Locale.ROOT, "%s-at-least-%d", key, k),
                        Phrase.of(key + " ≥ " + k, key + " ≥ " + k),
                        LegalBasis.of("benchmark"),
                        Population.units(k % 2 == 0 ? Tier.VILLAGE : Tier.COMMUNE),
                        Condition.atLeast(Expr.param(parameter), Measure.count(type)).perYear())
                    .withParameter(parameter, k));
      }
    }
    return pack;
  }
}

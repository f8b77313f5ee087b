package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rules and coverages that read the same measure of the same population share their sums. */
class SharedSlotsTest {
  private static final Gazetteer GAZETTEER = NgheAn.snapshot().build();
  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2019/2020");
  private static final Measure DIALOGUES =
      Measure.sumOf(
          Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)),
          Measure.dataValues(DataElement.of("dialogues")));

  private static ComplianceRule atLeast(String id, long least) {
    return ComplianceRule.of(
        id,
        Phrase.of(id, id),
        LegalBasis.of("test"),
        Population.units(Tier.COMMUNE),
        Condition.atLeast(least, DIALOGUES).perYear());
  }

  private static Dataset dataset() {
    Dataset.Builder b = Dataset.builder(GAZETTEER);
    int n = 0;
    for (String commune : new String[] {"16708", "16705", "16702"}) {
      for (int i = 0; i < commune.charAt(4) - '0' - 1; i++) {
        b.add(Activity.of("d" + n++, ActivityType.DIALOGUE, commune, LocalDate.of(2019, 3, 1 + i)));
        b.add(Activity.of("d" + n++, ActivityType.DIALOGUE, commune, LocalDate.of(2020, 3, 1 + i)));
      }
    }
    b.add(
        DataValue.of("v1", DataElement.of("dialogues"), "16702", ReportingPeriod.parse("2020"), 3));
    return b.build();
  }

  private static Report evaluate(RulePack pack, int parts) {
    return Evaluator.of(pack)
        .evaluate(
            dataset(), NgheAn.PROVINCE, PERIOD, EvaluationOptions.defaults().withParallelism(parts))
        .report();
  }

  @Test
  void sharedSumsGiveWhatEachRuleGivesAlone() {
    RulePack together =
        RulePack.of("p", "1")
            .with(atLeast("one", 1), atLeast("two", 2), atLeast("seven", 7))
            .with(
                Indicator.coverage(
                    "covered",
                    Population.units(Tier.COMMUNE),
                    Condition.atLeast(2, DIALOGUES).perYear()));
    for (int parts : new int[] {1, 3}) {
      Report report = evaluate(together, parts);
      for (String id : new String[] {"one", "two", "seven"}) {
        Report alone = evaluate(RulePack.of("p", "1").with(together.rule(id).orElseThrow()), parts);
        assertEquals(alone.rule(id), report.rule(id), id);
      }
      Report coverageAlone =
          evaluate(RulePack.of("p", "1").with(together.indicator("covered").orElseThrow()), parts);
      assertEquals(coverageAlone.figure("covered"), report.figure("covered"));
    }
  }

  @Test
  void aFigureListsOnlyTheParametersItsDefinitionReads() {
    RulePack pack =
        RulePack.of("p", "1")
            .withParameter("least", 2)
            .withParameter("unused", 9)
            .with(
                Indicator.coverage(
                    "reads",
                    Population.units(Tier.COMMUNE),
                    Condition.atLeast(io.github.qcdc.indicator.Expr.param("least"), DIALOGUES)
                        .perYear()),
                Indicator.measure("counts", DIALOGUES));
    Report report = evaluate(pack, 1);
    assertEquals(
        java.util.Map.of("least", 2L),
        report.figure("reads").orElseThrow().explanation().parameters());
    assertEquals(
        java.util.Map.of(), report.figure("counts").orElseThrow().explanation().parameters());
  }
}

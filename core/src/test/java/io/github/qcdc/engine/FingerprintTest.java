package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The fingerprints of a fixed input, pinned: they are computed from bytes qcdc defines (see {@code
 * docs/json.md}, "Fingerprints"), never from an identity hash, so they are the same in every JVM;
 * {@code DeterminismAcrossJvmsTest} checks that across separately started JVMs with other flags.
 */
class FingerprintTest {
  private static Report report() {
    Dataset data =
        Dataset.builder(NgheAn.snapshot().build())
            .add(Activity.of("a-1", ActivityType.SUPERVISION, "16708", LocalDate.of(2020, 5, 1)))
            .add(Activity.of("a-2", ActivityType.DIALOGUE, "40", LocalDate.of(2020, 7, 1)))
            .add(
                DataValue.builder()
                    .id(RecordId.of("dv-1"))
                    .element(DataElement.of("supervisions"))
                    .unit(UnitCode.of("40"))
                    .period(ReportingPeriod.parse("2020"))
                    .amount(Amount.of(15))
                    .build())
            .build();
    RulePack pack =
        RulePack.of("p", "1")
            .with(
                Indicator.measure(
                    "n",
                    Measure.sumOf(
                        Measure.count(ActivityFilter.any()),
                        Measure.dataValues(DataElement.of("supervisions")))))
            .with(
                io.github.qcdc.rule.ComplianceRule.of(
                        "r",
                        io.github.qcdc.indicator.Phrase.of("Đối thoại \"x\"", "Dialogue"),
                        io.github.qcdc.rule.LegalBasis.of("Luật 72/2025/QH15"),
                        io.github.qcdc.indicator.Population.units(io.github.qcdc.geo.Tier.COMMUNE),
                        io.github.qcdc.indicator.Condition.atLeast(
                                io.github.qcdc.indicator.Expr.param("k"),
                                Measure.count(ActivityFilter.type(ActivityType.DIALOGUE)))
                            .perYear())
                    .withParameter("k", 2));
    return Evaluator.of(pack)
        .evaluate(data, UnitCode.of("40"), ReportingPeriod.parse("2020"))
        .report();
  }

  @Test
  void theDataFingerprintOfAFixedInputIsPinned() {
    assertEquals("eb7f98c599f83b1c77bd917fc87e5b9a", report().dataFingerprint());
  }

  @Test
  void thePackFingerprintOfAFixedPackIsPinned() {
    assertEquals(
        "75eb226278987011659cc5b8a7d326ad8de746b794667864d1ad744e358f69ad",
        report().packFingerprint());
  }
}

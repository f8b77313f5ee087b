package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.testing.Generators;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Less evidence changes nothing but the evidence: the same figures, the same verdicts of the same
 * subjects; a summary is the full evidence without record ids, none is no check at all.
 */
class EvidenceDetailTest {
  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2016/2020");

  private static Optional<Report> report(
      io.github.qcdc.rule.RulePack pack,
      io.github.qcdc.dataset.Dataset dataset,
      UnitCode scope,
      EvidenceDetail detail) {
    try {
      return Optional.of(
          Evaluator.of(pack)
              .evaluate(dataset, scope, PERIOD, EvaluationOptions.defaults().withEvidence(detail))
              .report());
    } catch (QcdcException e) {
      return Optional.empty(); // a generated pack the engine refuses: refused the same way
    }
  }

  @Test
  void lessEvidenceChangesOnlyTheEvidence() {
    AtomicLong checks = new AtomicLong();
    AtomicLong ids = new AtomicLong();
    qt().withExamples(60)
        .forAll(Generators.rulePacks(), Generators.datasetInputs(300))
        .checkAssert(
            (pack, inputs) -> {
              var dataset = inputs.build();
              UnitCode scope =
                  dataset.gazetteer().units().stream()
                      .filter(u -> u.tier() == Tier.PROVINCE)
                      .findFirst()
                      .orElseThrow()
                      .code();
              Optional<Report> full = report(pack, dataset, scope, EvidenceDetail.FULL);
              Optional<Report> summary = report(pack, dataset, scope, EvidenceDetail.SUMMARY);
              Optional<Report> none = report(pack, dataset, scope, EvidenceDetail.NONE);
              assertEquals(full.isPresent(), summary.isPresent());
              assertEquals(full.isPresent(), none.isPresent());
              if (full.isEmpty()) {
                return;
              }
              assertEquals(full.get().figures(), summary.get().figures());
              assertEquals(full.get().figures(), none.get().figures());
              assertEquals(full.get().diagnostics(), none.get().diagnostics());
              for (int r = 0; r < full.get().rules().size(); r++) {
                RuleResult f = full.get().rules().get(r);
                RuleResult s = summary.get().rules().get(r);
                RuleResult n = none.get().rules().get(r);
                assertEquals(f.counts(), n.counts(), f.ruleId());
                assertEquals(f.verdicts().size(), n.verdicts().size());
                for (int i = 0; i < f.verdicts().size(); i++) {
                  SubjectVerdict fv = f.verdicts().get(i);
                  SubjectVerdict sv = s.verdicts().get(i);
                  SubjectVerdict nv = n.verdicts().get(i);
                  assertEquals(
                      List.of(fv.subject(), fv.name(), fv.verdict()),
                      List.of(nv.subject(), nv.name(), nv.verdict()));
                  assertEquals(List.of(), nv.evidence().checks());
                  assertEquals(withoutIds(fv.evidence()), sv.evidence());
                  checks.addAndGet(fv.evidence().checks().size());
                  fv.evidence().checks().forEach(c -> ids.addAndGet(c.records().size()));
                }
              }
            });
    assertTrue(checks.get() > 50 && ids.get() > 10, checks + " checks, " + ids + " ids");
  }

  private static Evidence withoutIds(Evidence evidence) {
    return new Evidence(
        evidence.checks().stream()
            .map(
                c ->
                    new Evidence.Check(
                        c.what(),
                        c.window(),
                        c.observed(),
                        c.required(),
                        c.outcome(),
                        c.recordCount(),
                        List.of()))
            .collect(com.google.common.collect.ImmutableList.toImmutableList()));
  }
}

package io.github.qcdc.jackson3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitTag;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.io.json.ClaimsJson;
import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.DefinitionSamples;
import io.github.qcdc.testing.DomainSamples;
import io.github.qcdc.testing.SeedReport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Values of every type the modules handle, keyed by the type: single values written by hand, every
 * constant of every enum, records of generated datasets, the national pack's definitions, reports
 * evaluated over them, and the seed report's claims and findings.
 */
final class Samples {
  private Samples() {}

  /** The samples of {@code seeds} generated datasets, each as the types the modules name. */
  static ImmutableListMultimap<Class<?>, Object> of(long... seeds) {
    ImmutableListMultimap.Builder<Class<?>, Object> samples = ImmutableListMultimap.builder();
    samples.putAll(UnitCode.class, UnitCode.of("40"), UnitCode.of("17890"));
    samples.putAll(ReportingPeriod.class, ReportingPeriod.parse("2016/2020"));
    samples.putAll(ReportingPeriod.class, ReportingPeriod.parse("2020Q3"));
    samples.putAll(DateInterval.class, DateInterval.parse("2020-01-01/2020-12-31"));
    samples.putAll(RecordId.class, RecordId.of("HD0029214"));
    samples.putAll(OrganizationId.class, OrganizationId.of("mttq-40"));
    samples.putAll(ActivityType.class, ActivityType.of("dialogue"));
    samples.putAll(DataElement.class, DataElement.of("pib-members"));
    samples.putAll(Subject.class, Subject.parse("unit:40"));
    samples.putAll(UnitTag.class, UnitTag.of("new-rural"));
    samples.putAll(Fraction.class, Fraction.of(281, 411), Fraction.of(0, 1));
    samples.putAll(Breakdown.class, Breakdown.TIER, Breakdown.YEAR, Breakdown.ORGANISER);
    for (var category : io.github.qcdc.indicator.Topic.Category.values()) {
      for (var setting : io.github.qcdc.indicator.Topic.Setting.values()) {
        samples.put(
            io.github.qcdc.indicator.Topic.class,
            io.github.qcdc.indicator.Topic.of(category, setting));
      }
    }
    samples.putAll(
        Amount.class,
        Amount.of(0),
        Amount.of(2849),
        Amount.of(new BigDecimal("621.90")),
        Amount.notApplicable(),
        Amount.parse("gần 800"));
    for (Class<?> type : QcdcJackson3Module.types()) {
      if (type.isEnum()) {
        samples.putAll(type, Arrays.asList(type.getEnumConstants()));
      }
    }
    RulePack pack = VietnamPack.pack();
    samples.put(RulePack.class, pack);
    samples.putAll(io.github.qcdc.indicator.Indicator.class, pack.indicators());
    samples.putAll(io.github.qcdc.rule.ComplianceRule.class, pack.rules());
    pack.rules().forEach(r -> samples.put(io.github.qcdc.rule.LegalBasis.class, r.legalBasis()));
    DefinitionPartSamples.add(pack, samples);
    for (long seed : seeds) {
      RulePack generatedPack = new DefinitionSamples(seed).pack();
      samples.put(RulePack.class, generatedPack);
      samples.putAll(io.github.qcdc.indicator.Indicator.class, generatedPack.indicators());
      samples.putAll(io.github.qcdc.rule.ComplianceRule.class, generatedPack.rules());
      DefinitionPartSamples.add(generatedPack, samples);
      Dataset dataset = generated(seed);
      samples.put(Dataset.class, dataset);
      samples.put(io.github.qcdc.geo.Gazetteer.class, dataset.gazetteer());
      samples.putAll(io.github.qcdc.geo.AdminUnit.class, dataset.gazetteer().units());
      samples.putAll(io.github.qcdc.geo.Succession.class, dataset.gazetteer().successions());
      samples.putAll(io.github.qcdc.organization.Organization.class, dataset.organizations());
      for (int row = 0; row < dataset.activities().size(); row++) {
        samples.put(io.github.qcdc.records.Activity.class, dataset.activities().get(row));
      }
      samples.putAll(io.github.qcdc.records.DataValue.class, dataset.dataValues());
      samples.putAll(io.github.qcdc.records.Fact.class, dataset.facts());
      Report report =
          Evaluator.of(pack)
              .evaluateAll(
                  dataset, ReportingPeriod.parse("2016/2026"), EvaluationOptions.defaults())
              .report();
      samples.put(Report.class, report);
      samples.putAll(io.github.qcdc.report.Figure.class, report.figures());
      report
          .figures()
          .forEach(f -> samples.put(io.github.qcdc.report.FigureValue.class, f.value()));
      samples.putAll(io.github.qcdc.report.RuleResult.class, report.rules());
    }
    List<ReportedFigure> claims = ClaimExtractor.extract(SeedReport.text());
    List<AuditFinding> findings = Audit.consistency(claims);
    samples.putAll(ReportedFigure.class, claims);
    claims.forEach(c -> samples.put(io.github.qcdc.audit.Claim.class, c.claim()));
    samples.putAll(AuditFinding.class, findings);
    samples.put(
        ClaimsJson.Document.class,
        new ClaimsJson.Document(ImmutableList.copyOf(claims), ImmutableList.copyOf(findings)));
    return samples.build();
  }

  private static Dataset generated(long seed) {
    return new DomainSamples(seed).datasetInputs(300).build();
  }
}

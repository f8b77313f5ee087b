package io.github.qcdc.testing;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.rule.RulePack;
import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for every domain type, for property-based tests of qcdc and of rules
 * written on it. Each draws a seed and builds from {@link DomainSamples}, so a failing case is
 * reproduced from the seed QuickTheories prints.
 */
public final class Generators {
  private Generators() {}

  /** Seeds for {@link DomainSamples}. */
  public static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  /** Sample sources, one per seed. */
  public static Gen<DomainSamples> samples() {
    return seeds().map(DomainSamples::new);
  }

  /** Reporting periods of every kind between 1990 and 2030. */
  public static Gen<ReportingPeriod> periods() {
    return samples().map(DomainSamples::period);
  }

  /** Days from 1990 to 2030. */
  public static Gen<LocalDate> dates() {
    return samples().map(s -> s.date(1990, 2030));
  }

  /** Valid gazetteers with merges, splits and the 2025 reform. */
  public static Gen<Gazetteer> gazetteers() {
    return samples().map(DomainSamples::gazetteer);
  }

  /** Standalone organisations with every optional field exercised. */
  public static Gen<Organization> organizations() {
    return samples().map(DomainSamples::organization);
  }

  /** Standalone activities with every optional field exercised. */
  public static Gen<Activity> activities() {
    return samples().map(DomainSamples::activity);
  }

  /** Standalone data values, reported or not applicable, disaggregated or not. */
  public static Gen<DataValue> dataValues() {
    return samples().map(DomainSamples::dataValue);
  }

  /** Standalone facts with yes/no, whole, decimal and text values. */
  public static Gen<Fact> facts() {
    return samples().map(DomainSamples::fact);
  }

  /** Valid datasets with up to {@code maxActivities} activities. */
  public static Gen<Dataset> datasets(int maxActivities) {
    return datasetInputs(maxActivities).map(DatasetInputs::build);
  }

  /** Valid dataset inputs with up to {@code maxActivities} activities. */
  public static Gen<DatasetInputs> datasetInputs(int maxActivities) {
    return samples().map(s -> s.datasetInputs(s.between(0, maxActivities)));
  }

  /** Valid rule packs using every kind of definition. */
  public static Gen<RulePack> rulePacks() {
    return seeds().map(seed -> new DefinitionSamples(seed).pack());
  }
}

package io.github.qcdc.report;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The result of evaluating a rule pack over a dataset, a scope and a period: every indicator's
 * figure, every rule's verdict table, and diagnostics, with the fingerprints of the pack and of the
 * data read so that a printed figure can be checked again later.
 *
 * <p>The same pack, data, scope, period and options give an equal report, whatever the order the
 * records were added in and however many threads evaluated it. Instances are immutable.
 *
 * @param packId the pack's id
 * @param packVersion the pack's version
 * @param packFingerprint SHA-256 of the pack's definition, in hex
 * @param dataFingerprint a 128-bit content hash of the records read, in hex
 * @param scope the unit the report is for; empty for the whole tree (every province)
 * @param period the period
 * @param days the days of the period under the pack's calendar
 * @param asOf the day of the tree the report is expressed on
 * @param figures the indicators' figures, in pack order
 * @param rules the rules' verdict tables, in pack order
 * @param diagnostics what the evaluation noticed about the data
 * @since 0.1
 */
public record Report(
    String packId,
    String packVersion,
    String packFingerprint,
    String dataFingerprint,
    Optional<UnitCode> scope,
    ReportingPeriod period,
    DateInterval days,
    LocalDate asOf,
    ImmutableList<Figure> figures,
    ImmutableList<RuleResult> rules,
    Diagnostics diagnostics) {

  /**
   * {@return the figure of indicator {@code id}, if the pack has it}
   *
   * @param id the indicator's id
   */
  public Optional<Figure> figure(String id) {
    return figures.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * {@return the verdict table of rule {@code id}, if the pack has it}
   *
   * @param id the rule's id
   */
  public Optional<RuleResult> rule(String id) {
    return rules.stream().filter(r -> r.ruleId().equals(id)).findFirst();
  }

  /**
   * What the evaluation noticed among the activities of the period it read: records on units not on
   * the report's tree and not mapped to it (not counted), records counted on the successor of their
   * unit, records among those whose unit was split and that were placed on the smallest unit
   * containing all its successors (counted there and above, in no unit below), and the data gaps:
   * the verdicts of NO_DATA over all rules.
   *
   * @param recordsOutsideTree activities whose unit is not on the tree, not counted
   * @param recordsRemapped activities counted on the successor of their unit
   * @param recordsGeneralised remapped activities placed on the unit containing several successors
   * @param subjectsWithoutData verdicts of NO_DATA over all rules
   * @param warnings what a reader of the figures must know, one sentence each, in a fixed order:
   *     the period starts before the first day the units are known ({@link
   *     io.github.qcdc.geo.Gazetteer#knownFrom()}), records were counted on no unit
   */
  public record Diagnostics(
      long recordsOutsideTree,
      long recordsRemapped,
      long recordsGeneralised,
      long subjectsWithoutData,
      ImmutableList<String> warnings) {

    /**
     * Diagnostics without warnings.
     *
     * @param recordsOutsideTree activities whose unit is not on the tree, not counted
     * @param recordsRemapped activities counted on the successor of their unit
     * @param recordsGeneralised remapped activities placed on the unit containing several
     *     successors
     * @param subjectsWithoutData verdicts of NO_DATA over all rules
     */
    public Diagnostics(
        long recordsOutsideTree,
        long recordsRemapped,
        long recordsGeneralised,
        long subjectsWithoutData) {
      this(
          recordsOutsideTree,
          recordsRemapped,
          recordsGeneralised,
          subjectsWithoutData,
          ImmutableList.of());
    }
  }
}

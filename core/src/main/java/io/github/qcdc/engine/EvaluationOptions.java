package io.github.qcdc.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How an evaluation runs: the day of the tree the report is expressed on (the period's last day by
 * default) and how many parts the records are split into for parallel evaluation (the result is the
 * same for any number).
 *
 * <p>A scope is a territory: records filed on units no longer in force on the report's day are
 * always counted on the units that carry on their territory that day (a merged unit's on the unit
 * it merged into; a split unit's, or those of a unit whose successor is not recorded, on the
 * smallest unit containing every place its territory went, so never on two), each record once,
 * whatever unit it sits on; the report's diagnostics count them. Since 0.2 {@code
 * remapToSuccessors} changes nothing: it was the only way to count such records, which were left
 * out without it.
 *
 * @param asOf the day of the tree, if not the period's last day
 * @param remapToSuccessors ignored since 0.2: records on units that ended are always counted on
 *     their successors
 * @param parallelism the number of parts evaluated in parallel, at least 1
 * @param evidenceIds how many record ids each check of a verdict's evidence lists (its count is
 *     always given), 0 to 1000; 20 by default
 * @param evidence how much evidence each verdict carries; {@link EvidenceDetail#FULL} by default
 * @since 0.1
 */
public record EvaluationOptions(
    Optional<LocalDate> asOf,
    boolean remapToSuccessors,
    int parallelism,
    int evidenceIds,
    EvidenceDetail evidence) {

  /**
   * Validates the parallelism and the evidence limit.
   *
   * @param asOf the day of the tree, if not the period's last day
   * @param remapToSuccessors ignored since 0.2: records on units that ended are always counted on
   *     their successors
   * @param parallelism the number of parts evaluated in parallel, at least 1
   * @param evidenceIds how many record ids each check of a verdict's evidence lists (its count is
   *     always given), 0 to 1000; 20 by default
   * @param evidence how much evidence each verdict carries; {@link EvidenceDetail#FULL} by default
   */
  public EvaluationOptions {
    checkArgument(parallelism >= 1, "parallelism must be at least 1: %s", parallelism);
    checkArgument(
        evidenceIds >= 0 && evidenceIds <= 1000, "evidence ids must be 0 to 1000: %s", evidenceIds);
  }

  /**
   * Options with {@link EvidenceDetail#FULL full} evidence, as before 0.2.
   *
   * @param asOf the day of the tree, if not the period's last day
   * @param remapToSuccessors ignored since 0.2: records on units that ended are always counted on
   *     their successors
   * @param parallelism the number of parts evaluated in parallel, at least 1
   * @param evidenceIds how many record ids each check of a verdict's evidence lists (its count is
   *     always given), 0 to 1000; 20 by default
   */
  public EvaluationOptions(
      Optional<LocalDate> asOf, boolean remapToSuccessors, int parallelism, int evidenceIds) {
    this(asOf, remapToSuccessors, parallelism, evidenceIds, EvidenceDetail.FULL);
  }

  /**
   * {@return these options listing {@code ids} record ids per evidence check}
   *
   * @param ids the ids listed per check, 0 to 1000
   */
  public EvaluationOptions withEvidenceIds(int ids) {
    return new EvaluationOptions(asOf, remapToSuccessors, parallelism, ids, evidence);
  }

  /**
   * {@return these options with {@code detail} evidence per verdict: {@link EvidenceDetail#NONE}
   * for a national report whose verdicts are counted, not read one by one}
   *
   * @param detail how much evidence each verdict carries
   * @since 0.2
   */
  public EvaluationOptions withEvidence(EvidenceDetail detail) {
    return new EvaluationOptions(asOf, remapToSuccessors, parallelism, evidenceIds, detail);
  }

  /**
   * {@return the tree at the period end, no remapping, one part, full evidence with 20 ids a check}
   */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(Optional.empty(), false, 1, 20, EvidenceDetail.FULL);
  }

  /**
   * {@return these options with the tree of {@code day}}
   *
   * @param day the day of the tree the report is expressed on
   */
  public EvaluationOptions asOf(LocalDate day) {
    return new EvaluationOptions(
        Optional.of(day), remapToSuccessors, parallelism, evidenceIds, evidence);
  }

  /**
   * {@return these options, counting records on units that ended on their successor}
   *
   * @deprecated since 0.2 every evaluation does: a scope is a territory
   */
  @Deprecated
  public EvaluationOptions remappingToSuccessors() {
    return new EvaluationOptions(asOf, true, parallelism, evidenceIds, evidence);
  }

  /**
   * {@return these options with {@code parts} parts evaluated in parallel}
   *
   * @param parts the number of parts, at least 1
   */
  public EvaluationOptions withParallelism(int parts) {
    return new EvaluationOptions(asOf, remapToSuccessors, parts, evidenceIds, evidence);
  }
}

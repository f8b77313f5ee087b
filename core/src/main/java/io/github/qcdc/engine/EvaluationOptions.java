package io.github.qcdc.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How an evaluation runs: the day of the tree the report is expressed on (the period's last day by
 * default), whether records filed on units no longer in force are counted on their successor, and
 * how many parts the records are split into for parallel evaluation (the result is the same for any
 * number).
 *
 * @param asOf the day of the tree, if not the period's last day
 * @param remapToSuccessors whether records on units that ended are counted on their successor
 * @param parallelism the number of parts evaluated in parallel, at least 1
 * @since 0.1
 */
public record EvaluationOptions(
    Optional<LocalDate> asOf, boolean remapToSuccessors, int parallelism) {

  /** Validates the parallelism. */
  public EvaluationOptions {
    checkArgument(parallelism >= 1, "parallelism must be at least 1: %s", parallelism);
  }

  /** The tree at the period end, no remapping, one part. */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(Optional.empty(), false, 1);
  }

  /** These options with the tree of {@code day}. */
  public EvaluationOptions asOf(LocalDate day) {
    return new EvaluationOptions(Optional.of(day), remapToSuccessors, parallelism);
  }

  /** These options, counting records on units that ended on their successor. */
  public EvaluationOptions remappingToSuccessors() {
    return new EvaluationOptions(asOf, true, parallelism);
  }

  /** These options with {@code parts} parts evaluated in parallel. */
  public EvaluationOptions withParallelism(int parts) {
    return new EvaluationOptions(asOf, remapToSuccessors, parts);
  }
}

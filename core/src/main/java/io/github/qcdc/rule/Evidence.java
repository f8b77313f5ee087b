package io.github.qcdc.rule;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Phrase;
import java.util.List;
import java.util.Optional;

/**
 * What decided a verdict: one check per measure window, fact or comparison, each with what was
 * observed, what was required and where the requirement came from, its own outcome and the records
 * it read. Combining the checks' outcomes as the condition combines them gives the verdict again.
 *
 * @param checks the checks, in the order the condition reads them
 * @since 0.1
 */
public record Evidence(ImmutableList<Check> checks) {

  /**
   * One check.
   *
   * @param what what was checked
   * @param window the window it was checked in: a year, the period, a window after a year end
   * @param observed the value observed, if there was one
   * @param required what was required: {@code ≥ 2 (minDialoguesPerYear = 2, pack nghe-an)}
   * @param outcome the check's outcome
   * @param recordCount how many records the check read
   * @param records the ids of the first records read, in order: all of them up to the evaluation's
   *     evidence limit ({@code EvaluationOptions.evidenceIds()}); {@code recordCount} says how many
   *     there are in all
   */
  public record Check(
      Phrase what,
      String window,
      Optional<Long> observed,
      String required,
      Verdict outcome,
      long recordCount,
      List<String> records) {}
}

package io.github.qcdc.engine;

/**
 * How much of each verdict's evidence a report carries. The verdicts, their counts and every figure
 * are the same whatever the detail; only what explains each subject's verdict changes, and with it
 * the time and memory a report of many subjects takes to read and write.
 *
 * @since 0.2
 */
public enum EvidenceDetail {
  /**
   * Each subject's verdict alone: its evidence has no check. The cheapest, for national reports.
   */
  NONE,
  /**
   * Each check with its window, what was observed, what was required, its outcome and how many
   * records it read, but no record ids: the records are never looked up again.
   */
  SUMMARY,
  /**
   * Each check with the ids of the first records it read ({@link EvaluationOptions#evidenceIds}).
   */
  FULL
}

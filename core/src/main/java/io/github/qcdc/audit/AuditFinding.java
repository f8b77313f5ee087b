package io.github.qcdc.audit;

import io.github.qcdc.indicator.Phrase;

/**
 * The outcome of checking a reported figure: it matches, it does not (with the computation), or it
 * cannot be checked (with why).
 *
 * @param figure the reported figure checked
 * @param status the outcome
 * @param check what was checked: "phần cộng lại bằng tổng" / "parts add up to the total"
 * @param computation the computation shown to a reader: {@code 281/411 = 68,37%, not 68,13% (68,13%
 *     is 280/411)}
 * @since 0.1
 */
public record AuditFinding(ReportedFigure figure, Status status, Phrase check, String computation) {

  /** Outcomes. */
  public enum Status {
    /** The figure holds. */
    MATCH,
    /** The figure does not hold. */
    MISMATCH,
    /** The figure cannot be checked. */
    UNVERIFIABLE
  }
}

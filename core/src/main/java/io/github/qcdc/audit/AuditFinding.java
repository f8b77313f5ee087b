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
    /**
     * The figure does not hold as it was read, but the reading is unsure ({@link Confidence#LOW}):
     * a person should confirm what the report means before calling it an error.
     */
    TO_CONFIRM,
    /** The figure cannot be checked. */
    UNVERIFIABLE
  }

  /**
   * {@return a finding of {@code figure}: {@code MISMATCH} becomes {@link Status#TO_CONFIRM} when
   * the figure was read with {@link Confidence#LOW low} confidence}
   *
   * @param figure the reported figure checked
   * @param status the outcome
   * @param check what was checked: "phần cộng lại bằng tổng" / "parts add up to the total"
   * @param computation the computation shown to a reader: {@code 281/411 = 68,37%, not 68,13%
   *     (68,13% is 280/411)}
   */
  public static AuditFinding of(
      ReportedFigure figure, Status status, Phrase check, String computation) {
    Status s =
        status == Status.MISMATCH && figure.confidence() == Confidence.LOW
            ? Status.TO_CONFIRM
            : status;
    return new AuditFinding(figure, s, check, computation);
  }

  /** {@return how sure the reader was of the figure this finding checks} */
  public Confidence confidence() {
    return figure.confidence();
  }
}

package io.github.qcdc.audit;

/**
 * How sure the reader of a report is that it read a figure as the report means it.
 *
 * <p>A claim read from one sentence with an explicit link ("2.849 cuộc, trong đó: cấp tỉnh 15 cuộc,
 * ..."; "281/411 xã, đạt 68,13%") is read with {@link #HIGH} confidence. A claim pieced together
 * across paragraphs, from bullets under a heading that does not end with a colon, from a list whose
 * items are separated by commas, or from a percentage far from its fraction is read with {@link
 * #LOW} confidence: when it does not hold, the finding is {@link AuditFinding.Status#TO_CONFIRM}
 * for a person to look at, not {@link AuditFinding.Status#MISMATCH}.
 *
 * @since 0.2
 */
public enum Confidence {
  /** The figure was read from an explicit phrase: a failed check is an error in the report. */
  HIGH,
  /** The reading may be wrong: a failed check is for a person to confirm. */
  LOW
}

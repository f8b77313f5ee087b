package io.github.qcdc.report;

import io.github.qcdc.rule.Verdict;
import java.util.AbstractList;
import java.util.EnumMap;
import java.util.Map;

/**
 * A rule's verdicts, one per subject in the tree's order, as the engine keeps them: the verdict of
 * every subject known at once, a subject's {@link SubjectVerdict} with its evidence written when it
 * is read. Unmodifiable, thread-safe, and equal to any list of the same verdicts.
 *
 * @since 0.1
 */
public abstract class VerdictList extends AbstractList<SubjectVerdict> {
  /** For the engine. */
  protected VerdictList() {}

  /**
   * {@return the verdict of subject {@code index}, without its evidence}
   *
   * @param index the subject's position, from 0 to {@code size() - 1}
   */
  public abstract Verdict verdict(int index);

  /** {@return the number of subjects with each verdict, every verdict present} */
  public Map<Verdict, Long> counts() {
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0L);
    }
    for (int i = 0; i < size(); i++) {
      counts.merge(verdict(i), 1L, Long::sum);
    }
    return counts;
  }
}

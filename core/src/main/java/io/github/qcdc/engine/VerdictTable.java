package io.github.qcdc.engine;

import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.report.VerdictList;
import io.github.qcdc.rule.Verdict;
import java.util.EnumMap;
import java.util.Map;

/**
 * A rule's verdicts as columns: one byte per subject for its verdict, the records read in all, and
 * the counts, computed at once by {@link Tally}; a subject's {@link SubjectVerdict}, with its
 * evidence, is written by {@link Verdicts} when it is read.
 */
final class VerdictTable extends VerdictList {
  private static final Verdict[] VERDICTS = Verdict.values();

  private final Verdicts verdicts;
  private final RulePlan plan;
  private final Partial.RuleState state;
  private final byte[] verdictOf;
  private final long records;
  private final long[] counts = new long[VERDICTS.length];

  VerdictTable(Verdicts verdicts, Tally tally, RulePlan plan, Partial.RuleState state) {
    this.verdicts = verdicts;
    this.plan = plan;
    this.state = state;
    this.verdictOf = new byte[plan.subjects.size()];
    long read = 0;
    for (int s = 0; s < verdictOf.length; s++) {
      Tally.Result r = tally.of(plan.condition, plan, state, s);
      verdictOf[s] = (byte) r.verdict().ordinal();
      counts[r.verdict().ordinal()]++;
      read += r.records();
    }
    this.records = read;
  }

  @Override
  public Verdict verdict(int index) {
    return VERDICTS[verdictOf[index]];
  }

  @Override
  public Map<Verdict, Long> counts() {
    Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    for (Verdict v : VERDICTS) {
      byVerdict.put(v, counts[v.ordinal()]);
    }
    return byVerdict;
  }

  /** The records the checks of every verdict read. */
  long records() {
    return records;
  }

  @Override
  public SubjectVerdict get(int index) {
    java.util.Objects.checkIndex(index, verdictOf.length);
    synchronized (verdicts) {
      return verdicts.subject(plan, state, index);
    }
  }

  @Override
  public int size() {
    return verdictOf.length;
  }
}

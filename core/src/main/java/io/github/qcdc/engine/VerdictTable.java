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
  /** The verdicts in the order of their codes. */
  private static final Verdict[] VERDICTS = {
    Verdict.PASS, Verdict.FAIL, Verdict.NO_DATA, Verdict.NOT_APPLICABLE
  };

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
      byte code = code(r.verdict());
      verdictOf[s] = code;
      counts[code]++;
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
      byVerdict.put(v, counts[code(v)]);
    }
    return byVerdict;
  }

  private static byte code(Verdict v) {
    return switch (v) {
      case PASS -> 0;
      case FAIL -> 1;
      case NO_DATA -> 2;
      case NOT_APPLICABLE -> 3;
    };
  }

  /** The records the checks of every verdict read. */
  long records() {
    return records;
  }

  @Override
  public SubjectVerdict get(int index) {
    java.util.Objects.checkIndex(index, verdictOf.length);
    if (plan.scope.evidence == EvidenceDetail.NONE) {
      PopulationSubjects.Subject subject = plan.subjects.get(index);
      return new SubjectVerdict(subject.id(), subject.name(), verdict(index), Verdicts.NO_EVIDENCE);
    }
    synchronized (verdicts) {
      return verdicts.subject(plan, state, index);
    }
  }

  @Override
  public int size() {
    return verdictOf.length;
  }
}

package io.github.qcdc.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.indicator.Topic;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.rule.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's verdict table for a scope and period.
 *
 * @param ruleId the rule's id
 * @param version the rule's version
 * @param title the rule's title
 * @param legalBasis the citation
 * @param applied the days of the period inside the rule's legal regime, if any
 * @param parameters the parameters used, with their values
 * @param excluded subjects left out, with reasons
 * @param verdicts one per subject, in the tree's order; the engine's is a {@link VerdictList},
 *     writing a subject's evidence when it is read
 * @param topic what the rule checks in the law, if its pack says (since 0.2)
 * @since 0.1
 */
public record RuleResult(
    String ruleId,
    int version,
    Phrase title,
    String legalBasis,
    Optional<DateInterval> applied,
    ImmutableSortedMap<String, Long> parameters,
    ImmutableList<Population.Exclusion> excluded,
    List<SubjectVerdict> verdicts,
    Optional<Topic> topic) {

  /**
   * A rule's verdict table about no stated topic.
   *
   * @param ruleId the rule's id
   * @param version the rule's version
   * @param title the rule's title
   * @param legalBasis the citation
   * @param applied the days of the period inside the rule's legal regime, if any
   * @param parameters the parameters used, with their values
   * @param excluded subjects left out, with reasons
   * @param verdicts one per subject, in the tree's order; the engine's is a {@link VerdictList},
   *     writing a subject's evidence when it is read
   */
  public RuleResult(
      String ruleId,
      int version,
      Phrase title,
      String legalBasis,
      Optional<DateInterval> applied,
      ImmutableSortedMap<String, Long> parameters,
      ImmutableList<Population.Exclusion> excluded,
      List<SubjectVerdict> verdicts) {
    this(
        ruleId,
        version,
        title,
        legalBasis,
        applied,
        parameters,
        excluded,
        verdicts,
        Optional.empty());
  }

  /**
   * Copies the verdicts, unless they are the engine's {@link VerdictList}.
   *
   * @param ruleId the rule's id
   * @param version the rule's version
   * @param title the rule's title
   * @param legalBasis the citation
   * @param applied the days of the period inside the rule's legal regime, if any
   * @param parameters the parameters used, with their values
   * @param excluded subjects left out, with reasons
   * @param verdicts one per subject, in the tree's order; the engine's is a {@link VerdictList},
   *     writing a subject's evidence when it is read
   * @param topic what the rule checks in the law, if its pack says (since 0.2)
   */
  public RuleResult {
    verdicts = verdicts instanceof VerdictList ? verdicts : ImmutableList.copyOf(verdicts);
  }

  /** {@return the number of subjects with each verdict, every verdict present} */
  public Map<Verdict, Long> counts() {
    if (verdicts instanceof VerdictList list) {
      return list.counts();
    }
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0L);
    }
    verdicts.forEach(v -> counts.merge(v.verdict(), 1L, Long::sum));
    return counts;
  }
}

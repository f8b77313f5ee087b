package io.github.qcdc.examples.embed;

import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;

/**
 * A province's own rule, as a rule author writes it: the commune chair receives citizens at least
 * {@value #DEFAULT} days a year ("ít nhất 01 ngày mỗi tuần", counted as one a week over the year;
 * the weekly spacing itself is not checked). Its tests are {@code ReceptionRuleTest}: worked
 * examples at the threshold, and a property over generated datasets.
 */
public final class ReceptionRule {
  /** The rule's id. */
  public static final String ID = "commune-citizen-reception";

  /** The parameter: reception days a year. */
  public static final String PARAMETER = "minReceptionDaysPerYear";

  /** Its default: one day a week. */
  public static final long DEFAULT = 52;

  private ReceptionRule() {}

  /** The rule. */
  public static ComplianceRule rule() {
    return ComplianceRule.of(
            ID,
            Phrase.of(
                "Chủ tịch UBND xã tiếp công dân ít nhất 01 ngày mỗi tuần",
                "The commune chair receives citizens at least one day a week"),
            LegalBasis.of("Luật Tiếp công dân 2013", "Điều 15"),
            Population.units(Tier.COMMUNE),
            Condition.atLeast(
                    Expr.param(PARAMETER),
                    Measure.count(ActivityFilter.type(ActivityType.CITIZEN_RECEPTION)))
                .perYear())
        .withParameter(PARAMETER, DEFAULT);
  }
}

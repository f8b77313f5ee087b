package io.github.qcdc.national;

import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.LegalBasis;

/** How a national rule is put together: its regime, confidence and default status. */
final class Rules {
  /** Activity types of the national pack beyond the core ones. */
  static final ActivityType COMMUNITY_DECISION = ActivityType.of("community-decision");

  static final ActivityType INVESTMENT_PROJECT = ActivityType.of("investment-project");

  /** A village convention adopted, at a community meeting or by ballot (thông qua hương ước). */
  static final ActivityType CONVENTION_ADOPTED = ActivityType.of("convention-adopted");

  /** A village head sends a convention to the commune for recognition (gửi hồ sơ công nhận). */
  static final ActivityType CONVENTION_SUBMITTED = ActivityType.of("convention-submitted");

  /** The people consulted on a matter, dated the day the consultation closes (lấy ý kiến). */
  static final ActivityType CONSULTATION = ActivityType.of("consultation");

  /** The commune People's Committee recognises a convention (quyết định công nhận). */
  static final ActivityType CONVENTION_RECOGNISED = ActivityType.of("convention-recognised");

  private Rules() {}

  /**
   * A national rule in force during {@code regime} (or {@code days} of it), enabled only when its
   * basis is confirmed; a rule on an inferred or unverified basis is disabled with that reason.
   */
  static ComplianceRule define(
      String id,
      DateInterval days,
      Confidence confidence,
      Phrase title,
      Phrase description,
      LegalBasis basis,
      Population population,
      Condition condition) {
    ComplianceRule rule =
        ComplianceRule.of(id, title, basis, population, condition)
            .withValidity(days)
            .withDescription(description.vi(), description.en())
            .withConfidence(confidence);
    return confidence.enabledByDefault()
        ? rule
        : rule.disabled(
            "căn cứ pháp lý được đánh dấu ["
                + confidence.mark()
                + "] (chưa kiểm chứng trong văn bản gốc); tỉnh có thể bật / the legal basis is"
                + " marked ["
                + confidence.mark()
                + "] (not verified in the primary text); a province may enable it");
  }

  /** The days of {@code regime} that the three-tier structure was in force. */
  static DateInterval whileDistrictsExisted(Regime regime) {
    return regime.days().intersection(Regime.THREE_TIERS).orElseThrow();
  }

  static Phrase phrase(String vi, String en) {
    return Phrase.of(vi, en);
  }

  static ActivityFilter typeWith(ActivityType type, String attribute, String value) {
    return ActivityFilter.allOf(
        ActivityFilter.type(type), ActivityFilter.attribute(attribute, value));
  }
}

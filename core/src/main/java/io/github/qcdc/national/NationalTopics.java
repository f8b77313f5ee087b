package io.github.qcdc.national;

import static io.github.qcdc.indicator.Topic.Category.CONSULTATION;
import static io.github.qcdc.indicator.Topic.Category.DECISION;
import static io.github.qcdc.indicator.Topic.Category.OTHER;
import static io.github.qcdc.indicator.Topic.Category.PUBLICITY;
import static io.github.qcdc.indicator.Topic.Category.SUPERVISION;
import static io.github.qcdc.indicator.Topic.Setting.AGENCY;
import static io.github.qcdc.indicator.Topic.Setting.COMMUNE;
import static io.github.qcdc.indicator.Topic.Setting.ENTERPRISE;

import com.google.common.collect.ImmutableMap;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Topic;
import io.github.qcdc.rule.ComplianceRule;
import java.util.List;

/**
 * The topic of every rule and indicator of the national pack: qcdc's reading of where each duty
 * stands in the Law on Implementing Democracy at the Grassroots (what is made public, decided,
 * consulted on, supervised; in communes, agencies or enterprises), not a classification the law
 * itself prints next to each article. Duties of other laws (citizen reception, the commune's
 * dialogue, new-rural standards, PAPI) are {@code other}.
 */
final class NationalTopics {
  private static final ImmutableMap<String, Topic> TOPICS =
      ImmutableMap.<String, Topic>builder()
          // communes: the community meeting decides
          .put("VN-R01", Topic.of(DECISION, COMMUNE))
          .put("VN-R02", Topic.of(DECISION, COMMUNE))
          .put("VN-R03", Topic.of(DECISION, COMMUNE))
          .put("VN-R04", Topic.of(DECISION, COMMUNE))
          // the people elect the village head
          .put("VN-R25", Topic.of(DECISION, COMMUNE))
          // the People's Inspection Board and community investment supervision
          .put("VN-R05", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R05.ND159", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R06", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R07", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R08", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R09", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R10", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R11", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-R12", Topic.of(SUPERVISION, COMMUNE))
          // what communes and agencies make public
          .put("VN-R13", Topic.of(PUBLICITY, COMMUNE))
          .put("VN-R14", Topic.of(PUBLICITY, COMMUNE))
          .put("VN-R15", Topic.of(PUBLICITY, AGENCY))
          // the officials' conference of agencies, the employee conference of enterprises
          .put("VN-R16", Topic.of(DECISION, AGENCY))
          .put("VN-R16.ND04", Topic.of(DECISION, AGENCY))
          .put("VN-R26", Topic.of(DECISION, COMMUNE))
          .put("VN-R27", Topic.of(DECISION, COMMUNE))
          .put("VN-R28", Topic.of(DECISION, COMMUNE))
          .put("VN-R29", Topic.of(CONSULTATION, COMMUNE))
          .put("VN-R17.TT01", Topic.of(DECISION, AGENCY))
          .put("VN-R17", Topic.of(DECISION, AGENCY))
          .put("VN-R18", Topic.of(DECISION, ENTERPRISE))
          .put("VN-R18.Q", Topic.of(DECISION, ENTERPRISE))
          // workplace dialogue: the employees are heard
          .put("VN-R19.ND60", Topic.of(CONSULTATION, ENTERPRISE))
          .put("VN-R19.ND149", Topic.of(CONSULTATION, ENTERPRISE))
          .put("VN-R19", Topic.of(CONSULTATION, ENTERPRISE))
          .put("VN-R20", Topic.of(CONSULTATION, ENTERPRISE))
          // other laws: citizen reception, the commune's dialogue with the people
          .put("VN-R21", Topic.of(OTHER, COMMUNE))
          .put("VN-R22.COMMUNE", Topic.of(OTHER, COMMUNE))
          .put("VN-R22.DISTRICT", Topic.of(OTHER, AGENCY))
          .put("VN-R22.PROVINCE", Topic.of(OTHER, AGENCY))
          .put("VN-R23", Topic.of(OTHER, COMMUNE))
          .put("VN-R23.NOTICE", Topic.of(OTHER, COMMUNE))
          .put("VN-R24", Topic.of(OTHER, COMMUNE))
          // indicators
          .put("VN-I01", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-I02", Topic.of(CONSULTATION, COMMUNE))
          .put("VN-I03", Topic.of(SUPERVISION, COMMUNE))
          .put("VN-I04", Topic.of(OTHER, COMMUNE))
          .put("VN-I05", Topic.of(DECISION, ENTERPRISE))
          .put("VN-I06", Topic.of(CONSULTATION, ENTERPRISE))
          .put("VN-I08", Topic.of(OTHER, COMMUNE))
          .buildOrThrow();

  private NationalTopics() {}

  /** The topic of {@code id}; every rule and indicator of the pack has one. */
  private static Topic of(String id) {
    Topic topic = TOPICS.get(id);
    if (topic == null) {
      throw new IllegalStateException("the national pack gives no topic to " + id);
    }
    return topic;
  }

  static ComplianceRule[] rules(List<ComplianceRule> rules) {
    return rules.stream().map(r -> r.withTopic(of(r.id()))).toArray(ComplianceRule[]::new);
  }

  static Indicator[] indicators(List<Indicator> indicators) {
    return indicators.stream().map(i -> i.withTopic(of(i.id()))).toArray(Indicator[]::new);
  }
}

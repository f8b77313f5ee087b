package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.engine.EvidenceDetail;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.organization.Ownership;
import io.github.qcdc.period.ReportingCalendar;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every enum of the core goes through the Jackson module as its key in the documents, never as its
 * Java name, and comes back; a Java name or an unknown key is refused with the keys there are.
 */
class EnumWireFormsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          Tier.class,
          UnitType.class,
          SuccessionKind.class,
          OrganizationKind.class,
          Ownership.class,
          Qualifier.class,
          ReportingCalendar.class,
          Language.class,
          Verdict.class,
          Confidence.class,
          ComplianceRule.Severity.class,
          Indicator.ZeroDenominator.class,
          EvidenceDetail.class,
          AuditFinding.Status.class,
          io.github.qcdc.audit.Confidence.class);

  @Test
  void theDocumentsKeysAreTheModulesForms() throws JsonProcessingException {
    assertEquals("\"no-data\"", MAPPER.writeValueAsString(Verdict.NO_DATA));
    assertEquals("\"province\"", MAPPER.writeValueAsString(Tier.PROVINCE));
    assertEquals(
        "\"thanh-pho-thuoc-tinh\"", MAPPER.writeValueAsString(UnitType.THANH_PHO_THUOC_TINH));
    assertEquals(
        "\"confirmed-secondary\"", MAPPER.writeValueAsString(Confidence.CONFIRMED_SECONDARY));
    assertEquals("\"vi\"", MAPPER.writeValueAsString(Language.VI));
    assertEquals("\"to-confirm\"", MAPPER.writeValueAsString(AuditFinding.Status.TO_CONFIRM));
    // the same key a report document writes for a verdict
    assertEquals("no-data", DefinitionWriter.key(Verdict.NO_DATA));
  }

  @Test
  void everyConstantComesBackAndNoJavaNameIsWritten() throws JsonProcessingException {
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String json = MAPPER.writeValueAsString(constant);
        if (constant.name().length() > 2) {
          assertTrue(!json.contains(constant.name()), type.getSimpleName() + " wrote " + json);
        }
        assertEquals(constant, MAPPER.readValue(json, type), json);
      }
    }
  }

  @Test
  void aJavaNameIsRefusedWithTheKeysThereAre() {
    JsonProcessingException e =
        assertThrows(
            JsonProcessingException.class, () -> MAPPER.readValue("\"NO_DATA\"", Verdict.class));
    assertTrue(
        e.getOriginalMessage()
            .contains(
                "invalid Verdict: 'NO_DATA'; expected one of [pass, fail, no-data,"
                    + " not-applicable]"),
        e.getOriginalMessage());
    JsonProcessingException number =
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("1", Tier.class));
    assertTrue(
        number.getOriginalMessage().contains("expected Tier as a string"),
        number.getOriginalMessage());
  }

  @Test
  void aBreakdownAndALegalBasisGoAsInTheDocuments() throws JsonProcessingException {
    io.github.qcdc.indicator.Breakdown byYear = io.github.qcdc.indicator.Breakdown.parse("year");
    assertEquals("\"year\"", MAPPER.writeValueAsString(byYear));
    assertEquals(byYear, MAPPER.readValue("\"year\"", io.github.qcdc.indicator.Breakdown.class));
    io.github.qcdc.rule.LegalBasis basis =
        io.github.qcdc.rule.LegalBasis.of("Luật 10/2022/QH15", "Điều 11").withClause("khoản 2");
    String json = MAPPER.writeValueAsString(basis);
    assertEquals(
        "{\"document\":\"Luật 10/2022/QH15\",\"article\":\"Điều 11\",\"clause\":\"khoản 2\"}",
        json);
    assertEquals(basis, MAPPER.readValue(json, io.github.qcdc.rule.LegalBasis.class));
    JsonProcessingException e =
        assertThrows(
            JsonProcessingException.class,
            () ->
                MAPPER.readValue(
                    "{\"article\":\"Điều 11\"}", io.github.qcdc.rule.LegalBasis.class));
    assertTrue(e.getOriginalMessage().contains("/document"), e.getOriginalMessage());
  }
}

package io.github.qcdc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import io.github.qcdc.QcdcVersion;
import io.github.qcdc.io.json.QcdcModule;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.Amount;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class QcdcJackson3ModuleTest {
  private static final JsonMapper JACKSON3 = JsonMapper.builder().findAndAddModules().build();
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new QcdcModule());

  @Test
  void isFoundByFindAndAddModulesWithTheVersionOfTheBuild() {
    assertTrue(
        JACKSON3.registeredModules().stream()
            .anyMatch(m -> m instanceof QcdcJackson3Module && m.getModuleName().equals("qcdc")),
        JACKSON3.registeredModules().toString());
    assertEquals(QcdcVersion.current(), new QcdcJackson3Module().version().toString());
    assertEquals("qcdc-jackson3", new QcdcJackson3Module().version().getArtifactId());
  }

  @Test
  void writesEveryTypeAsTheJackson2ModuleAndTheDocumentsDoAndReadsItBack() throws IOException {
    ImmutableListMultimap<Class<?>, Object> samples = Samples.of(1L, 20_260_701L, -7L);
    assertEquals(
        new HashSet<>(QcdcJackson3Module.types()),
        samples.keySet(),
        "every type of the module has samples");
    int checked = 0;
    for (Map.Entry<Class<?>, Object> sample : samples.entries()) {
      String jackson2 = JACKSON2.writeValueAsString(sample.getValue());
      String jackson3 = JACKSON3.writeValueAsString(sample.getValue());
      assertEquals(jackson2, jackson3, () -> sample.getKey().getSimpleName());
      assertEquals(
          sample.getValue(),
          JACKSON3.readValue(jackson3, sample.getKey()),
          () -> sample.getKey().getSimpleName() + " " + jackson3);
      checked++;
    }
    assertTrue(checked > 1_000, "samples checked: " + checked);
  }

  @Test
  void enumsTravelAsTheirDocumentKeys() {
    assertEquals("\"no-data\"", JACKSON3.writeValueAsString(Verdict.NO_DATA));
    assertEquals(Verdict.NO_DATA, JACKSON3.readValue("\"no-data\"", Verdict.class));
  }

  /** A type of the caller's that holds qcdc values as properties. */
  public record Holder(ReportingPeriod period, List<Amount> amounts, Activity activity) {}

  @Test
  void valuesInsideTheCallersTypesKeepTheirFormsAndDecimalsTheirScale() {
    Holder holder =
        JACKSON3.readValue(
            "{\"period\":\"2016/2020\",\"amounts\":[2849,\"621.90\",621.90,\"n/a\"],"
                + "\"activity\":{\"id\":\"a1\",\"type\":\"dialogue\",\"unit\":\"40\","
                + "\"date\":\"2020-05-01\"}}",
            Holder.class);
    assertEquals(ReportingPeriod.parse("2016/2020"), holder.period());
    assertEquals("621.90", holder.amounts().get(1).toString());
    assertEquals("621.90", holder.amounts().get(2).toString());
    assertEquals(
        "{\"period\":\"2016/2020\",\"amounts\":[2849,\"621.90\",\"621.90\",\"n/a\"],"
            + "\"activity\":{\"id\":\"a1\",\"type\":\"dialogue\",\"unit\":\"40\","
            + "\"date\":\"2020-05-01\"}}",
        JACKSON3.writeValueAsString(holder));
  }

  @Test
  void indentedOutputIsTheSameValue() {
    JsonMapper indenting =
        JsonMapper.builder()
            .addModule(new QcdcJackson3Module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    RulePack pack = io.github.qcdc.national.VietnamPack.pack();
    assertEquals(pack, JACKSON3.readValue(indenting.writeValueAsString(pack), RulePack.class));
  }

  @Test
  void reportsWhatIsWrongWithTheValueWhereItStands() {
    assertEquals(
        "invalid ReportingPeriod at line 1, column 11: invalid ReportingPeriod: period must be one"
            + " of 2020, 2020S1, 2020Q3, 2020-03, 2016/2020 (or 2016-2020),"
            + " 2016-01-01/2020-12-31: '2020Q5'",
        assertThrows(
                DatabindException.class,
                () ->
                    JACKSON3.readValue(
                        "{\"period\":\"2020Q5\",\"amounts\":[],\"activity\":null}", Holder.class))
            .getOriginalMessage());
    assertEquals(
        "invalid FigureValue at line 1, column 1: invalid FigureValue: line 1, column 1"
            + " /denominator: required field is missing",
        assertThrows(
                DatabindException.class,
                () -> JACKSON3.readValue("{\"kind\":\"ratio\",\"numerator\":1}", FigureValue.class))
            .getOriginalMessage());
    assertEquals(
        "invalid RulePack at line 1, column 1: invalid RulePack: value at line 1, column 1:1:2"
            + " /format: not a qcdc rule pack document: format qcdc.report/1, expected"
            + " qcdc.rulepack/1",
        assertThrows(
                DatabindException.class,
                () -> JACKSON3.readValue("{\"format\":\"qcdc.report/1\"}", RulePack.class))
            .getOriginalMessage());
  }
}

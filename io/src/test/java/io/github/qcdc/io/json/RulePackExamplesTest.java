package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.QcdcException;
import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.rule.RulePack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples in rule pack documents: written whole, read back whole, refused precisely. */
class RulePackExamplesTest {
  private static final Schemas SCHEMA = Schemas.load(RulePackJson.schema());

  private static byte[] write(RulePack pack) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulePackJson.write(pack, out);
    return out.toByteArray();
  }

  private static RulePack read(String json) throws IOException {
    return RulePackJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "pack.json");
  }

  private static List<String> problems(String json) {
    return assertThrows(QcdcException.class, () -> read(json)).problems().stream()
        .map(Object::toString)
        .toList();
  }

  /** A pack document with one rule and {@code example} as its one example. */
  private static String withExample(String example) {
    return "{\"format\":\"qcdc.rulepack/1\",\"id\":\"p\",\"version\":\"1\",\n"
        + "\"rules\":[{\"id\":\"r\",\"version\":1,\"title\":{\"vi\":\"r\",\"en\":\"r\"},"
        + "\"legalBasis\":{\"document\":\"d\"},\"validity\":\"../..\","
        + "\"population\":{\"subjects\":{\"kind\":\"units\",\"tier\":\"commune\"}},"
        + "\"condition\":{\"kind\":\"bounds\",\"per\":\"year\",\"measure\":{\"kind\":\"count\","
        + "\"filter\":{\"kind\":\"any\"}},\"atLeast\":1},\"severity\":\"mandatory\"}],\n"
        + "\"examples\":[\n"
        + example
        + "]}";
  }

  private static final String GIVEN =
      "{\"format\":\"qcdc.dataset/1\",\"units\":[{\"code\":\"40\",\"name\":\"Nghệ An\","
          + "\"type\":\"tinh\"},{\"code\":\"17890\",\"name\":\"Xã A\",\"type\":\"xa\","
          + "\"parent\":\"40\"}],\"activities\":[{\"id\":\"a1\",\"type\":\"dialogue\","
          + "\"unit\":\"17890\",\"date\":\"2024-05-01\"}]}";

  @Test
  void theNationalPackRoundTripsWithItsWorkedExamples() throws IOException {
    RulePack pack = VietnamPack.pack();
    byte[] bytes = write(pack);
    RulePack back = RulePackJson.read(new ByteArrayInputStream(bytes), "vn.json");
    assertEquals(pack.examples().size(), back.examples().size());
    assertFalse(back.examples().isEmpty());
    assertEquals(pack, back);
    assertArrayEquals(bytes, write(back));
    assertEquals(List.of(), SCHEMA.violations(bytes));
  }

  @Test
  void aPackWithoutExamplesWritesNoExamplesField() throws IOException {
    String json = new String(write(VietnamPack.pack().withoutExamples()), StandardCharsets.UTF_8);
    assertFalse(json.contains("\"examples\""));
  }

  @Test
  void anExampleReadsWithItsExpectations() throws IOException {
    RulePack pack =
        read(
            withExample(
                "{\"name\":\"one dialogue passes\",\"target\":\"r\",\"scope\":\"40\","
                    + "\"period\":\"2024\",\"verdicts\":{\"17890\":\"pass\"},\"given\":"
                    + GIVEN
                    + "}\n"));
    assertEquals(1, pack.examples().size());
    assertEquals("17890", pack.examples().get(0).verdicts().firstKey());
    assertEquals(1, pack.examples().get(0).given().activities().size());
  }

  @Test
  void theExampleOfTheDocsHoldsWhenRun() throws IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "rulepack.md"));
    String section = doc.substring(doc.indexOf("## Worked examples"));
    String block =
        section.substring(
            section.indexOf("```json pack") + "```json pack".length(), section.indexOf("```\n\n"));
    RulePack pack = read(block);
    assertEquals(1, pack.examples().size());
    List<io.github.qcdc.engine.Examples.Outcome> outcomes =
        io.github.qcdc.engine.Examples.run(pack);
    assertEquals(List.of(), outcomes.stream().flatMap(o -> o.failures().stream()).toList());
    assertEquals(2, pack.examples().get(0).verdicts().size());
  }

  @Test
  void problemsOfAnExampleNameItsLineAndPointer() {
    assertEquals(
        List.of(
            "pack.json:4:1 /examples/0/verdicts/17890: expected pass, fail, no-data or"
                + " not-applicable, got 'passed'",
            "pack.json:4:1 /examples/0/given/activities/0/unit: activity a1: unknown unit 99999"),
        problems(
            withExample(
                "{\"name\":\"n\",\"target\":\"r\",\"scope\":\"40\",\"period\":\"2024\","
                    + "\"verdicts\":{\"17890\":\"passed\"},\"given\":"
                    + GIVEN.replace("\"unit\":\"17890\"", "\"unit\":\"99999\"")
                    + "}\n")));
    assertEquals(
        List.of(
            "pack.json:4:1 /examples/0/target: example 'n' of s refers to unknown rule or"
                + " indicator s"),
        problems(
            withExample(
                "{\"name\":\"n\",\"target\":\"s\",\"scope\":\"40\",\"period\":\"2024\","
                    + "\"given\":"
                    + GIVEN
                    + "}\n")));
    assertEquals(
        List.of(
            "pack.json:4:1 /examples/0/colour: unknown field; expected one of [figure, given,"
                + " name, period, scope, target, verdicts]",
            "pack.json:4:1 /examples/0/given: required field is missing"),
        problems(
            withExample(
                "{\"name\":\"n\",\"target\":\"r\",\"scope\":\"40\",\"period\":\"2024\","
                    + "\"colour\":1}\n")));
  }
}

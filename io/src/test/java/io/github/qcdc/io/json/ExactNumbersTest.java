package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.records.FactValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers are read exactly or refused: never cut to 32 bits, never through a double. */
class ExactNumbersTest {
  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> packProblems(String fields) {
    return assertThrows(
            QcdcException.class,
            () ->
                RulePackJson.read(in("{\"format\":\"qcdc.rulepack/1\"," + fields + "}"), "p.json"))
        .problems()
        .stream()
        .map(Problem::toString)
        .toList();
  }

  private static final String INDICATOR =
      "\"indicators\":[{\"id\":\"x\",\"definition\":{\"kind\":\"measure\",\"measure\":{\"kind\":"
          + "\"count\",\"filter\":{\"kind\":\"any\"}}},\"format\":{\"percentDecimals\":4294967298}}]";

  @Test
  void aPackNumberPastItsRangeIsRefusedNotCut() {
    List<String> problems = packProblems("\"id\":\"p\",\"version\":\"1\"," + INDICATOR);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        true,
        problems
            .get(0)
            .endsWith("percentDecimals: expected a whole number from 0 to 12, got 4294967298"),
        problems.get(0));
  }

  @Test
  void aPackIdThatIsNotAStringIsRefused() {
    assertEquals(
        List.of("p.json:1:29 /id: expected a non-empty string, got a number 5"),
        packProblems("\"id\":5,\"version\":\"1\""));
    assertEquals(
        List.of("p.json:1:29 /id: expected a non-empty string, got null"),
        packProblems("\"id\":null,\"version\":\"1\""));
  }

  @Test
  void aFactNumberKeepsEveryDigit() throws Exception {
    Dataset data =
        DatasetJson.read(
            in(
                "{\"format\":\"qcdc.dataset/1\",\"units\":[{\"code\":\"40\",\"name\":\"Nghệ An\","
                    + "\"type\":\"tinh\"}],\"facts\":[{\"id\":\"f\",\"subject\":\"unit:40\","
                    + "\"key\":\"share\",\"value\":0.30000000000000000001}]}"),
            "d.json");
    assertEquals(
        FactValue.of(new BigDecimal("0.30000000000000000001")), data.facts().get(0).value());
  }

  @Test
  void aReportWithANegativeCountOrAFigureGivenTwiceIsRefused() {
    String text =
        new String(
            ReportJsonTest.write(
                ReportJsonTest.evaluate(
                    new io.github.qcdc.testing.DomainSamples(7).datasetInputs(50).build())),
            StandardCharsets.UTF_8);
    String negative = text.replaceFirst("\"recordsOutsideTree\":0", "\"recordsOutsideTree\":-1");
    List<String> problems =
        assertThrows(QcdcException.class, () -> ReportJsonTest.read(negative)).problems().stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        true,
        problems.get(0).endsWith("recordsOutsideTree: expected a count, 0 or more, got -1"),
        problems.toString());
    List<String> lines = new java.util.ArrayList<>(text.lines().toList());
    int first =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("{\"id\"")).findFirst().orElseThrow());
    String line = lines.get(first);
    lines.add(first, line.endsWith(",") ? line : line + ",");
    String twice = String.join("\n", lines);
    List<String> again =
        assertThrows(QcdcException.class, () -> ReportJsonTest.read(twice)).problems().stream()
            .map(Problem::toString)
            .toList();
    assertEquals(true, again.get(0).contains("is given twice"), again.toString());
  }
}

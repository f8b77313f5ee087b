package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.rule.RulePack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code docs/rulepack.md}, the reference of the rule pack language: every JSON example is read as
 * a pack (fragments put into one by what their block says they are), checked by the reader and the
 * schema, and every kind of the schema is named on the page.
 */
class RulePackDocTest {
  private static final Path DOC = Path.of("..", "docs", "rulepack.md");
  private static final Pattern BLOCK = Pattern.compile("```json (\\w+)\\n(.*?)```", Pattern.DOTALL);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schemas SCHEMA = Schemas.load(RulePackJson.schema());
  private static final String RULE =
      "{\"id\": \"r\", \"title\": {\"vi\": \"r\", \"en\": \"r\"}, \"legalBasis\": {\"document\":"
          + " \"d\"}, \"population\": {\"subjects\": {\"kind\": \"units\", \"tier\": \"commune\"}},"
          + " \"parameters\": {\"minDialoguesPerYear\": 1, \"minMeetings\": 1}, \"condition\": ";

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** A pack holding the example {@code json} of kind {@code kind}. */
  static String pack(String kind, String json) {
    String indicators = "[]";
    String rules = "[]";
    switch (kind) {
      case "pack" -> {
        return json;
      }
      case "indicator" -> indicators = "[" + json + "]";
      case "measure" ->
          indicators = indicator("{\"kind\": \"measure\", \"measure\": " + json + "}");
      case "filter" ->
          indicators =
              indicator(
                  "{\"kind\": \"measure\", \"measure\": {\"kind\": \"count\", \"filter\": "
                      + json
                      + "}}");
      case "population" ->
          indicators =
              indicator(
                  "{\"kind\": \"coverage\", \"population\": "
                      + json
                      + ", \"condition\": {\"kind\": \"has-fact\", \"fact\": {\"key\": \"k\"}}}");
      case "condition" -> rules = "[" + RULE + json + "}]";
      case "expr" ->
          rules =
              "["
                  + RULE
                  + "{\"kind\": \"compare\", \"op\": \"at-least\", \"left\": "
                  + json
                  + ", \"right\": 0}}]";
      case "rule" -> rules = "[" + json + "]";
      case "breakdowns" ->
          indicators =
              "[{\"id\": \"x\", \"definition\": {\"kind\": \"measure\", \"measure\": {\"kind\":"
                  + " \"count\", \"filter\": {\"kind\": \"any\"}}}, \"breakdowns\": "
                  + json
                  + "}]";
      case "format" ->
          indicators =
              "[{\"id\": \"x\", \"definition\": {\"kind\": \"measure\", \"measure\": {\"kind\":"
                  + " \"count\", \"filter\": {\"kind\": \"any\"}}}, \"format\": "
                  + json
                  + "}]";
      default -> throw new AssertionError("a block of unknown kind " + kind);
    }
    return "{\"format\": \"qcdc.rulepack/1\", \"id\": \"doc\", \"version\": \"1\", \"indicators\": "
        + indicators
        + ", \"rules\": "
        + rules
        + "}";
  }

  private static String indicator(String definition) {
    return "[{\"id\": \"x\", \"definition\": " + definition + "}]";
  }

  @TestFactory
  Stream<DynamicTest> everyExampleIsAValidPack() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc());
    int n = 0;
    while (m.find()) {
      String kind = m.group(1);
      String json = m.group(2);
      int line = (int) doc().substring(0, m.start()).lines().count() + 1;
      tests.add(
          DynamicTest.dynamicTest(
              "rulepack.md:" + line + " (" + kind + ")",
              () -> {
                byte[] bytes = pack(kind, json).getBytes(StandardCharsets.UTF_8);
                RulePack read =
                    RulePackJson.read(new ByteArrayInputStream(bytes), "rulepack.md:" + line);
                assertEquals(List.of(), SCHEMA.violations(bytes), "schema, rulepack.md:" + line);
                assertTrue(read.indicators().size() + read.rules().size() > 0);
              }));
      n++;
    }
    assertTrue(n >= 20, "examples found: " + n);
    return tests.stream();
  }

  @Test
  void namesEveryKindOfTheSchema() throws IOException {
    JsonNode schema = MAPPER.readTree(RulePackJson.schema());
    TreeSet<String> names = new TreeSet<>();
    collect(schema, names);
    for (Breakdown.Dimension d : Breakdown.Dimension.values()) {
      names.add(d.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    names.addAll(
        List.of("param", "unitsInside", "max", "min", "period-end", "period-start", "during"));
    String doc = doc();
    List<String> missing =
        names.stream()
            .filter(k -> !doc.contains("`" + k) && !doc.contains("\"" + k + "\""))
            .toList();
    assertEquals(List.of(), missing, "kinds of the schema that docs/rulepack.md does not name");
    assertTrue(names.size() > 60, names.toString());
  }

  /** Every {@code "kind": {"const": X}}, every enum value and every property name. */
  private static void collect(JsonNode node, TreeSet<String> names) {
    if (node.isObject()) {
      JsonNode kind = node.path("properties").path("kind").path("const");
      if (kind.isTextual()) {
        names.add(kind.asText());
      }
      JsonNode properties = node.path("properties");
      for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("enum")) {
          e.getValue().forEach(v -> names.add(v.asText()));
        }
        collect(e.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, names));
    }
  }
}

package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.testing.Mutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas and the readers agree on every document of a malformed corpus (the variants of
 * the examples in {@code docs/examples}): a document the reader accepts is valid under the schema,
 * and a document the schema accepts but the reader refuses is refused for a rule that {@code
 * docs/json.md} lists as beyond a schema (duplicate keys, text after the document, bytes that are
 * not UTF-8, numbers past a field's range, bad calendar days, references between records).
 */
class SchemaAgreementTest {
  /** A JSON text: one value, nothing after it; duplicate keys are left to the next check. */
  private static final ObjectMapper LENIENT =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final ObjectMapper NO_DUPLICATES =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The reasons a schema cannot express, as the readers word them; docs/json.md names each. */
  private static final List<String> BEYOND_THE_SCHEMA =
      List.of(
          "duplicate",
          "after the document",
          "UTF-8",
          "out of range",
          "could not be parsed",
          "unknown unit",
          "unknown rule",
          "unknown indicator",
          "unknown parameter",
          "reads parameter",
          "refers to",
          "unknown organisation",
          "unknown organization",
          "not in force",
          "outside");

  private interface Reader {
    void read(InputStream in) throws IOException;
  }

  private static String classify(byte[] doc, Schemas schema, Reader reader) {
    Optional<List<Problem>> refused;
    try {
      reader.read(new ByteArrayInputStream(doc));
      refused = Optional.empty();
    } catch (QcdcException e) {
      refused = Optional.of(e.problems());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> violations;
    try {
      LENIENT.readTree(doc);
      violations = schema.violations(doc);
    } catch (IOException | UncheckedIOException e) {
      violations = List.of("not JSON");
    }
    if (refused.isEmpty()) {
      assertEquals(List.of(), violations, "the reader accepts what the schema refuses");
      return "both accept";
    }
    if (!violations.isEmpty()) {
      return "both refuse";
    }
    try {
      NO_DUPLICATES.readTree(doc);
    } catch (IOException e) {
      return "beyond the schema"; // a duplicate key: the schema sees the last value only
    }
    for (Problem p : refused.get()) {
      String text = p.toString();
      assertTrue(
          BEYOND_THE_SCHEMA.stream().anyMatch(text::contains),
          "the schema accepts what the reader refuses, for a rule not listed: " + text);
    }
    return "beyond the schema";
  }

  private static void agree(String example, Schemas schema, Reader reader) throws IOException {
    byte[] valid = Files.readAllBytes(Path.of("..", "docs", "examples", example));
    assertEquals("both accept", classify(valid, schema, reader));
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    List<byte[]> corpus = new ArrayList<>(Mutations.of(valid, 20_261_128L, 120));
    for (byte[] doc : corpus) {
      outcomes.merge(classify(doc, schema, reader), 1, Integer::sum);
    }
    System.out.println("schema agreement on " + example + ": " + outcomes);
    assertTrue(outcomes.getOrDefault("both refuse", 0) > corpus.size() / 3, outcomes.toString());
  }

  @Test
  void datasetSchemaAndReaderAgreeOnEveryCorpusDocument() throws IOException {
    agree(
        "dataset.json",
        Schemas.load(DatasetJson.schema()),
        in -> DatasetJson.read(in, "dataset.json"));
  }

  @Test
  void rulePackSchemaAndReaderAgreeOnEveryCorpusDocument() throws IOException {
    agree(
        "rulepack.json",
        Schemas.load(RulePackJson.schema()),
        in -> RulePackJson.read(in, "rulepack.json"));
  }
}

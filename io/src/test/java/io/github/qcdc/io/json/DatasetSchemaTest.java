package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.testing.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();
  private static final Path EXAMPLE = Path.of("..", "docs", "examples", "dataset.json");

  private static JsonSchema load() {
    try (InputStream in = DatasetJson.schema()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> violations(JsonNode document) {
    Set<ValidationMessage> messages = SCHEMA.validate(document);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  @Test
  void theExampleDocumentIsValidAndReads() throws IOException {
    assertEquals(List.of(), violations(MAPPER.readTree(EXAMPLE.toFile())));
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      Dataset dataset = DatasetJson.read(in, "dataset.json");
      assertEquals(3, dataset.activities().size());
    }
  }

  @Test
  void everyWrittenDocumentIsValid() {
    qt().withExamples(40)
        .forAll(Generators.datasetInputs(100))
        .checkAssert(
            inputs -> {
              try {
                byte[] bytes = DatasetJsonTest.write(inputs.build());
                assertEquals(List.of(), violations(MAPPER.readTree(bytes)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void theSchemaRefusesUnknownFieldsAndOtherFormats() throws IOException {
    assertEquals(
        2, violations(MAPPER.readTree("{\"format\": \"qcdc.dataset/2\", \"colour\": 1}")).size());
  }
}

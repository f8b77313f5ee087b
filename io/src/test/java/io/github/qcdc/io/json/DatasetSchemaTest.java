package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.testing.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSchemaTest {
  private static final Schemas SCHEMA = Schemas.load(DatasetJson.schema());
  private static final Path EXAMPLE = Path.of("..", "docs", "examples", "dataset.json");

  @Test
  void theExampleDocumentIsValidAndReads() throws IOException {
    assertEquals(List.of(), SCHEMA.violations(Files.readAllBytes(EXAMPLE)));
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
            inputs ->
                assertEquals(List.of(), SCHEMA.violations(DatasetJsonTest.write(inputs.build()))));
  }

  @Test
  void theSchemaRefusesUnknownFieldsAndOtherFormats() {
    assertEquals(
        2,
        SCHEMA
            .violations(
                "{\"format\": \"qcdc.dataset/2\", \"colour\": 1}".getBytes(StandardCharsets.UTF_8))
            .size());
  }
}

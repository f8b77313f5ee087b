package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.Generators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulePackSchemaTest {
  private static final Schemas SCHEMA = Schemas.load(RulePackJson.schema());
  private static final Path EXAMPLE = Path.of("..", "docs", "examples", "rulepack.json");

  private static byte[] write(RulePack pack) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulePackJson.write(pack, out);
    return out.toByteArray();
  }

  @Test
  void aPackWithEveryKindOfDefinitionIsValid() throws IOException {
    assertEquals(List.of(), SCHEMA.violations(write(RulePackJsonTest.everyKind())));
    assertEquals(List.of(), SCHEMA.violations(write(ReportJsonTest.PACK)));
  }

  @Test
  void theExampleDocumentIsValidAndReads() throws IOException {
    assertEquals(List.of(), SCHEMA.violations(Files.readAllBytes(EXAMPLE)));
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      RulePack pack = RulePackJson.read(in, "rulepack.json");
      assertEquals(
          List.of("supervisions", "new-rural-share", "dialogue-rate"),
          pack.indicators().stream().map(i -> i.id()).toList());
      assertEquals(1, pack.rules().size());
    }
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() {
    String unknownKind =
        "{\"format\":\"qcdc.rulepack/1\",\"indicators\":[{\"id\":\"x\",\"definition\":"
            + "{\"kind\":\"measure\",\"measure\":{\"kind\":\"count\",\"filter\":"
            + "{\"kind\":\"colour\"}}}}]}";
    assertFalse(SCHEMA.violations(unknownKind.getBytes(StandardCharsets.UTF_8)).isEmpty());
    String unknownField =
        unknownKind.replace("{\"kind\":\"colour\"}", "{\"kind\":\"any\",\"x\":1}");
    assertFalse(SCHEMA.violations(unknownField.getBytes(StandardCharsets.UTF_8)).isEmpty());
    String fine = unknownKind.replace("{\"kind\":\"colour\"}", "{\"kind\":\"any\"}");
    assertEquals(List.of(), SCHEMA.violations(fine.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyGeneratedPackReadsBackEqualAndIsValid() {
    qt().withExamples(300)
        .forAll(Generators.rulePacks())
        .checkAssert(
            pack -> {
              try {
                assertEquals(
                    List.of(), pack.validateDefinitions(), "the generator makes valid packs");
                byte[] bytes = write(pack);
                RulePack back =
                    RulePackJson.read(new java.io.ByteArrayInputStream(bytes), "pack.json");
                assertEquals(pack, back);
                assertArrayEquals(bytes, write(back));
                assertEquals(List.of(), SCHEMA.violations(bytes));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }
}

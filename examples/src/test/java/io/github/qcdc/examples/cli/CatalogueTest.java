package io.github.qcdc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The readable catalogue of the national pack in {@code docs/} is what the pack generates. */
class CatalogueTest {
  static final Path CATALOGUE = Path.of("../docs/rules-vn.md");

  @Test
  void theCatalogueInDocsIsNotStale() throws IOException {
    QcdcTest.Run run = QcdcTest.run("rules", "--format", "markdown");
    assertEquals(0, run.code(), run.err());
    assertEquals(
        Files.readString(CATALOGUE, StandardCharsets.UTF_8),
        run.out(),
        "docs/rules-vn.md is stale; regenerate it with: java -jar examples/target/qcdc.jar rules"
            + " --format markdown > docs/rules-vn.md");
  }
}

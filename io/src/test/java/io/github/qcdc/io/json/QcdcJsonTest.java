package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QcdcJsonTest {
  @Test
  void findsTheFormatWhereverItStandsAmongTheTopLevelFields(@TempDir Path dir) throws IOException {
    assertEquals(
        Optional.of("qcdc.dataset/1"),
        QcdcJson.formatOf(Path.of("..", "docs", "examples", "dataset.json")));
    Path late =
        Files.writeString(
            dir.resolve("late.json"),
            "{\"rules\": [{\"a\": [1]}], \"format\": \"qcdc.rulepack/1\"}");
    assertEquals(Optional.of("qcdc.rulepack/1"), QcdcJson.formatOf(late));
  }

  @Test
  void hasNoFormatForOtherFiles(@TempDir Path dir) throws IOException {
    assertEquals(
        Optional.empty(), QcdcJson.formatOf(Files.writeString(dir.resolve("a.json"), "[1, 2]")));
    assertEquals(
        Optional.empty(),
        QcdcJson.formatOf(Files.writeString(dir.resolve("b.json"), "{\"x\": 1}")));
    assertEquals(
        Optional.empty(),
        QcdcJson.formatOf(Files.writeString(dir.resolve("c.json"), "{\"format\": 1}")));
    assertEquals(
        Optional.empty(), QcdcJson.formatOf(Files.writeString(dir.resolve("d.csv"), "id,type\n")));
  }
}

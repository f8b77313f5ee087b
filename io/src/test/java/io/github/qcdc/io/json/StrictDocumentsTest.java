package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text after a document, duplicate keys and NDJSON lines of several values are located errors. */
class StrictDocumentsTest {
  private static final String TRAILING =
      "text after the end of the document: one file holds one document (a second document, or"
          + " stray text, is refused rather than ignored)";

  private interface Read {
    void read(ByteArrayInputStream in) throws Exception;
  }

  private static List<String> problems(Read read, String text) {
    return assertThrows(
            QcdcException.class,
            () -> read.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .problems()
        .stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void aDatasetWithASecondDocumentAfterItIsRefused() {
    assertEquals(
        List.of("d.json:2:1: " + TRAILING),
        problems(
            in -> DatasetJson.read(in, "d.json"),
            "{\"format\":\"qcdc.dataset/1\"}\n{\"format\":\"qcdc.dataset/1\"}"));
  }

  @Test
  void aDatasetWithStrayTextAfterItIsRefused() {
    assertEquals(
        List.of(
            "d.json:1:28: malformed JSON: Unrecognized token 'x': was expecting (JSON String,"
                + " Number, Array, Object or token 'null', 'true' or 'false')"),
        problems(in -> DatasetJson.read(in, "d.json"), "{\"format\":\"qcdc.dataset/1\"}x"));
  }

  @Test
  void everyOtherDocumentWithTextAfterItIsRefused() {
    assertEquals(
        List.of("p.json:1:53: " + TRAILING),
        problems(
            in -> RulePackJson.read(in, "p.json"),
            "{\"format\":\"qcdc.rulepack/1\",\"id\":\"p\",\"version\":\"1\"} []"));
    assertEquals(
        "c.json:1:40: " + TRAILING,
        problems(
                in -> ClaimsJson.read(in, "c.json"),
                "{\"format\":\"qcdc.claims/1\",\"claims\":[]} {}")
            .get(0));
  }

  @Test
  void aDuplicateKeyIsRefusedWhereItStands() {
    List<String> found =
        problems(
            in -> RulePackJson.read(in, "p.json"),
            "{\"format\":\"qcdc.rulepack/1\",\"id\":\"a\",\"version\":\"1\",\"id\":\"b\"}");
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        "p.json:1:56: malformed JSON: Duplicate field 'id'", found.get(0).replaceAll("\\s+$", ""));
  }

  @Test
  void anNdjsonLineHoldsOneActivity(@TempDir Path dir) throws Exception {
    Gazetteer units =
        Gazetteer.of(List.of(AdminUnit.of("40", "Nghệ An", UnitType.TINH, Optional.empty())));
    Path file = dir.resolve("a.ndjson");
    Files.writeString(
        file,
        "{\"id\":\"a\",\"type\":\"dialogue\",\"unit\":\"40\",\"date\":\"2020-01-01\"}"
            + " {\"id\":\"b\",\"type\":\"dialogue\",\"unit\":\"40\",\"date\":\"2020-01-02\"}\n");
    List<String> found =
        assertThrows(QcdcException.class, () -> ActivityNdjson.read(units, file))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        true, found.get(0).startsWith("a.ndjson:1: malformed JSON: Trailing token"), found.get(0));
  }

  @Test
  void anUnknownNameListsTheAllowedOnesWithoutJavaClassNames() {
    List<String> found =
        problems(
            in -> RulePackJson.read(in, "p.json"),
            "{\"format\":\"qcdc.rulepack/1\",\"id\":\"p\",\"version\":\"1\",\"indicators\":[{\"id\":\"x\","
                + "\"definition\":{\"kind\":\"measure\",\"measure\":{\"kind\":\"count\",\"filter\":"
                + "{\"kind\":\"any\"}}},\"format\":{\"rounding\":\"HALFUP\"}}]}");
    assertEquals(
        List.of(
            "p.json:1:66 /indicators/0/format/rounding: one of UP, DOWN, CEILING, FLOOR, HALF_UP,"
                + " HALF_DOWN, HALF_EVEN, UNNECESSARY expected: got 'HALFUP'"),
        found);
  }

  @Test
  void anNdjsonLineLongerThanTheLimitIsRefusedAsItIsRead(@TempDir Path dir) throws Exception {
    Gazetteer units =
        Gazetteer.of(List.of(AdminUnit.of("40", "Nghệ An", UnitType.TINH, Optional.empty())));
    Path file = dir.resolve("big.ndjson");
    String good = "{\"id\":\"a\",\"type\":\"dialogue\",\"unit\":\"40\",\"date\":\"2020-01-01\"}";
    Files.writeString(
        file,
        good
            + "\n{\"id\":\""
            + "x".repeat(ActivityNdjson.MAX_LINE)
            + "\"}\n"
            + good.replace("\"a\"", "\"b\"")
            + "\n");
    List<String> found =
        assertThrows(QcdcException.class, () -> ActivityNdjson.read(units, file))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "big.ndjson:2: a line longer than 1048576 characters: one activity is at most that long"
                + " (the line was refused as it was read, not held)"),
        found);
  }

  @Test
  void aPackIdTheModelRefusesIsAPlacedProblemNotAnException() {
    assertEquals(
        List.of(
            "p.json:1:29 /id: rule pack id must be 1 to 128 letters, digits or '._:/@+-', without"
                + " spaces: 'a~b'"),
        problems(
            in -> RulePackJson.read(in, "p.json"),
            "{\"format\":\"qcdc.rulepack/1\",\"id\":\"a~b\",\"version\":\"1\"}"));
  }
}

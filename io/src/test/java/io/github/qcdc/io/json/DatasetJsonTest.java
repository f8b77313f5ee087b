package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.testing.Generators;
import io.github.qcdc.testing.NgheAn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetJsonTest {
  private static final String HEAD =
      "{\"format\": \"qcdc.dataset/1\",\n\"units\": ["
          + "{\"code\": \"40\", \"name\": \"Nghệ An\", \"type\": \"tinh\"},\n"
          + "{\"code\": \"412\", \"name\": \"Vinh\", \"type\": \"thanh-pho-thuoc-tinh\", \"parent\": \"40\"}],\n";

  static byte[] write(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DatasetJson.write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Dataset read(byte[] bytes) {
    try {
      return DatasetJson.read(new ByteArrayInputStream(bytes), "data.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problems(String json) {
    QcdcException e =
        assertThrows(QcdcException.class, () -> read(json.getBytes(StandardCharsets.UTF_8)));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readingWhatWasWrittenGivesTheSameDatasetAndTheSameBytes() {
    qt().withExamples(60)
        .forAll(Generators.datasetInputs(200))
        .checkAssert(
            inputs -> {
              Dataset dataset = inputs.build();
              byte[] bytes = write(dataset);
              Dataset back = read(bytes);
              assertEquals(dataset, back);
              assertArrayEquals(bytes, write(back));
            });
  }

  @Test
  void roundTripsTheNgheAnGazetteerWithItsReform() {
    Dataset dataset = Dataset.builder(NgheAn.withReform2025().build()).build();
    assertEquals(dataset, read(write(dataset)));
  }

  @Test
  void writesOneRecordPerLine() {
    String text =
        new String(
            write(
                read(
                    (HEAD
                            + "\"activities\": [{\"id\": \"a1\", \"type\": \"dialogue\", \"unit\": \"412\", \"date\": \"2020-05-01\", \"quantities\": {\"participants\": 40}}]}")
                        .getBytes(StandardCharsets.UTF_8))),
            StandardCharsets.UTF_8);
    assertEquals(
        """
        {"format":"qcdc.dataset/1",
        "units":[
        {"code":"40","name":"Nghệ An","type":"tinh"},
        {"code":"412","name":"Vinh","type":"thanh-pho-thuoc-tinh","parent":"40"}
        ],
        "successions":[
        ],
        "organizations":[
        ],
        "activities":[
        {"id":"a1","type":"dialogue","unit":"412","date":"2020-05-01","quantities":{"participants":40}}
        ],
        "dataValues":[
        ],
        "facts":[
        ]
        }
        """,
        text);
  }

  @Test
  void reportsEveryRecordProblemWithItsPlaceAndPointer() {
    assertEquals(
        List.of(
            "data.json:5:2 /activities/0/colour: unknown field; expected one of [attributes, date, id, organiser, quantities, type, unit]",
            "data.json:5:2 /activities/0/date: an ISO date yyyy-MM-dd expected: Text '2020-13-01' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13",
            "data.json:6:2 /activities/1/unit: required field is missing",
            "data.json:6:2 /activities/1/quantities/participants: expected a whole number, got a string",
            "data.json:7:16 /dataValues/0/period: a period such as 2020, 2020Q3 or 2016/2020 expected: period must be one of 2020, 2020S1, 2020Q3, 2020-03, 2016/2020 (or 2016-2020), 2016-01-01/2020-12-31: '2020Q5'",
            "data.json:7:16 /dataValues/0/value: expected a number (a whole count or an exact decimal such as 621.9) or \"n/a\", got a string \"gần 800\"",
            "data.json:8:11 /facts/0/subject: unit:CODE or organization:ID expected: subject must be 'unit:CODE' or 'organization:ID': 'commune:1'"),
        problems(
            HEAD
                + "\"activities\": [\n"
                + " {\"id\": \"a1\", \"type\": \"dialogue\", \"unit\": \"412\", \"date\": \"2020-13-01\", \"colour\": 1},\n"
                + " {\"id\": \"a2\", \"type\": \"dialogue\", \"date\": \"2020-01-01\", \"quantities\": {\"participants\": \"many\"}}],\n"
                + "\"dataValues\": [{\"id\": \"v\", \"element\": \"x\", \"unit\": \"40\", \"period\": \"2020Q5\", \"value\": \"gần 800\"}],\n"
                + "\"facts\": [{\"id\": \"f\", \"subject\": \"commune:1\", \"key\": \"k\", \"value\": true}]}"));
  }

  @Test
  void placesTheDatasetBuildersProblemsOnTheirRecords() {
    assertEquals(
        List.of(
            "data.json:5:2 /activities/0/unit: activity a1: unknown unit 99999",
            "data.json:7:2 /activities/2/id: duplicate activity id a2, first used at activities[1]"),
        problems(
            HEAD
                + "\"activities\": [\n"
                + " {\"id\": \"a1\", \"type\": \"dialogue\", \"unit\": \"99999\", \"date\": \"2020-01-01\"},\n"
                + " {\"id\": \"a2\", \"type\": \"dialogue\", \"unit\": \"412\", \"date\": \"2020-01-01\"},\n"
                + " {\"id\": \"a2\", \"type\": \"dialogue\", \"unit\": \"412\", \"date\": \"2020-01-02\"}]}"));
  }

  @Test
  void refusesOtherFormatsAndLaterVersions() {
    assertEquals(
        List.of(
            "data.json:1:2 /format: unsupported version qcdc.dataset/2; this reader reads qcdc.dataset/1"),
        problems("{\"format\": \"qcdc.dataset/2\", \"units\": []}"));
    assertEquals(
        List.of(
            "data.json:1:2 /format: not a qcdc dataset document: format qcdc.rulepack/1, expected qcdc.dataset/1"),
        problems("{\"format\": \"qcdc.rulepack/1\"}"));
    assertEquals(
        List.of(
            "data.json:1:2 /format: the format must come first: \"format\": \"qcdc.dataset/1\""),
        problems("{\"units\": [], \"format\": \"qcdc.dataset/1\"}"));
    assertEquals(
        List.of("data.json:1:2 /format: required field is missing; expected \"qcdc.dataset/1\""),
        problems("{}"));
  }

  @Test
  void reportsMalformedJsonAndTheOrderOfSections() {
    assertEquals(
        List.of(
            "data.json:1:40: malformed JSON: Unexpected close marker '}': expected ']' (for Array"
                + " starting at line: 1, column: 39)"),
        problems("{\"format\": \"qcdc.dataset/1\", \"units\": [}"));
    assertEquals(
        List.of(
            "data.json:1:30 /colour: unknown field; expected format, units, successions, organizations, activities, dataValues or facts",
            "data.json:1:61 /units: sections must be in the order units, successions, organizations, activities, dataValues, facts, each once"),
        problems(
            "{\"format\": \"qcdc.dataset/1\", \"colour\": 1, \"activities\": [], \"units\": []}"));
  }

  @Test
  void refusesHostileNesting() {
    String deep = "[".repeat(100) + "]".repeat(100);
    List<String> problems = problems("{\"format\": \"qcdc.dataset/1\", \"units\": [" + deep + "]}");
    assertEquals(1, problems.size());
    assertEquals(
        "data.json:1:71: limit exceeded: Document nesting depth (33) exceeds the maximum allowed"
            + " (32)",
        problems.get(0));
  }

  @Test
  void writesAFileWhole(@TempDir Path directory) throws IOException {
    Dataset dataset = Dataset.builder(NgheAn.snapshot().build()).build();
    Path file = directory.resolve("nghe-an.json");
    QcdcJson.writeDataset(dataset, file);
    assertEquals(dataset, QcdcJson.readDataset(file));
    try (var listing = Files.list(directory)) {
      assertEquals(List.of(file), listing.toList());
    }
  }
}

package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.testing.NgheAn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The quick reading of NDJSON activity lines gives what the general reading gives: the same
 * dataset, or the same problems, on lines mixing valid fields with every kind of bad one.
 */
class ActivityLineTest {
  private static final Gazetteer NGHE_AN = NgheAn.snapshot().build();

  private static final List<String> FIELDS =
      List.of(
          "\"id\":\"a1\"",
          "\"id\":\"a2\"",
          "\"id\":\"a b\"",
          "\"id\":7",
          "\"type\":\"dialogue\"",
          "\"type\":\"Dialogue\"",
          "\"type\":null",
          "\"unit\":\"16708\"",
          "\"unit\":\"1670\"",
          "\"unit\":\"99999\"",
          "\"date\":\"2020-04-15\"",
          "\"date\":\"15/04/2020\"",
          "\"date\":\"2020-02-30\"",
          "\"date\":\"+12020-01-01\"",
          "\"organiser\":\"mt1\"",
          "\"organiser\":\"m t\"",
          "\"organiser\":null",
          "\"quantities\":{\"participants\":45}",
          "\"quantities\":{\"participants\":45,\"women\":-3}",
          "\"quantities\":{\"participants\":4.5}",
          "\"quantities\":{\"participants\":99999999999999999999}",
          "\"quantities\":{\"Par\":1}",
          "\"quantities\":{\"a\":1,\"a\":2}",
          "\"quantities\":[]",
          "\"attributes\":{\"topic\":\"đất đai\"}",
          "\"attributes\":{\"topic\":1}",
          "\"extra\":true");

  private static Gen<String> line() {
    Gen<String> valid =
        SourceDSL.integers()
            .between(1, 2)
            .map(
                i ->
                    "{\"id\":\"a"
                        + i
                        + "\",\"type\":\"dialogue\",\"unit\":\"16708\",\"date\":\"2020-04-15\"");
    Gen<String> more =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, FIELDS.size() - 1).map(FIELDS::get))
            .ofSizeBetween(0, 3)
            .map(l -> l.stream().map(f -> "," + f).collect(Collectors.joining()));
    Gen<String> free =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, FIELDS.size() - 1).map(FIELDS::get))
            .ofSizeBetween(0, 6)
            .map(l -> "{" + String.join(",", l));
    Gen<String> ends =
        SourceDSL.integers().between(0, 3).map(i -> List.of("}", "}", "} 1", "").get(i));
    return valid.mix(free, 40).zip(more, ends, (start, middle, end) -> start + middle + end);
  }

  private static String read(String ndjson, @Nullable ActivityLine quick) {
    try {
      Dataset dataset =
          ActivityNdjson.readLines(
              Dataset.builder(NGHE_AN),
              0,
              new BufferedReader(new StringReader(ndjson)),
              "a.ndjson",
              quick);
      return dataset.activities().toList().stream()
          .map(a -> a + " " + a.quantities() + " " + a.attributes() + " " + a.organiser())
          .collect(Collectors.joining("; "));
    } catch (QcdcException e) {
      return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theQuickReadingGivesWhatTheGeneralOneGives() {
    ActivityLine quick = new ActivityLine(ActivityNdjson.factory());
    qt().withExamples(3_000)
        .forAll(SourceDSL.lists().of(line()).ofSizeBetween(1, 4).map(l -> String.join("\n", l)))
        .checkAssert(ndjson -> assertEquals(read(ndjson, null), read(ndjson, quick), ndjson));
  }

  @Test
  void aPlainLineIsReadTheQuickWay() {
    ActivityLine quick = new ActivityLine(ActivityNdjson.factory());
    String line =
        "{\"id\":\"a1\",\"type\":\"dialogue\",\"unit\":\"16708\",\"date\":\"2020-04-15\","
            + "\"quantities\":{\"women\":3,\"participants\":45},\"attributes\":{\"topic\":\"x\"}}";
    assertEquals(
        "ActivityFields[id=a1, type=dialogue, unit=16708, date=2020-04-15,"
            + " organiser=Optional.empty, quantities={participants=45, women=3},"
            + " attributes={topic=x}]",
        String.valueOf(quick.read(line)));
    assertEquals(
        "a1 dialogue at 16708 on 2020-04-15 {participants=45, women=3} {topic=x} Optional.empty",
        read(line, quick));
  }

  @Test
  void theQuickReadingOfADocumentElementGivesWhatTheGeneralOneGives() {
    ActivityLine quick = new ActivityLine(ActivityNdjson.factory());
    qt().withExamples(3_000)
        .forAll(line())
        .checkAssert(
            line -> {
              com.fasterxml.jackson.databind.JsonNode node;
              try {
                node = DatasetJson.MAPPER.readTree(line);
              } catch (IOException e) {
                return; // not JSON: the document reader states it before any element is read
              }
              io.github.qcdc.io.internal.ActivityFields fields = quick.read(node);
              List<Problem> problems = new java.util.ArrayList<>();
              java.util.Optional<io.github.qcdc.records.Activity> general =
                  Converters.activity(node, "/activities/0", "d.json:1:1", problems);
              if (fields != null) {
                assertEquals(List.of(), problems, line);
                assertEquals(
                    general.map(io.github.qcdc.io.internal.ActivityFields::of).orElseThrow(),
                    fields,
                    line);
              }
            });
  }
}

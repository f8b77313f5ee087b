package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.junit.jupiter.api.Test;

class ActivityNdjsonTest {
  private static final Gazetteer NGHE_AN = NgheAn.snapshot().build();

  private static Dataset read(String text) {
    return readWith(Dataset.builder(NGHE_AN).build(), text);
  }

  @Test
  void readsOneActivityPerLine() {
    Dataset dataset =
        read(
            """
            {"id":"d1","type":"dialogue","unit":"16708","date":"2020-04-15"}

            {"id":"d2","type":"dialogue","unit":"16708","date":"2020-10-15","quantities":{"participants":30}}
            """);
    assertEquals(2, dataset.activities().size());
  }

  @Test
  void placesEveryProblemOnItsLine() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    read(
                        """
                        {"id":"d1","type":"dialogue","unit":"16708","date":"2020-04-31"}
                        {"id":"d2","type":"dialogue","unit":"99999","date":"2020-04-15"}
                        {"id":"d3",
                        """))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "a.ndjson:1 /date: an ISO date yyyy-MM-dd expected: Text '2020-04-31' could not be parsed: Invalid date 'APRIL 31'",
            "a.ndjson:3: malformed JSON: Unexpected end-of-input within/between Object entries"),
        problems);
  }

  private static Dataset withOrganisations() {
    try {
      return io.github.qcdc.io.csv.CsvDataset.over(NGHE_AN)
          .organizations(
              "organizations.csv",
              () -> new StringReader("id,name,kind,unit\nmt1,Mặt trận xã,fatherland-front,16708\n"))
          .activities(
              "activities.csv",
              () -> new StringReader("id,type,unit,date\nc1,dialogue,16708,2020-01-02\n"))
          .read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Dataset readWith(Dataset with, String text) {
    try {
      return ActivityNdjson.read(with, new BufferedReader(new StringReader(text)), "a.ndjson");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsActivitiesWhoseOrganisersComeFromAnotherFile() {
    Dataset dataset =
        readWith(
            withOrganisations(),
            """
            {"id":"d1","type":"dialogue","unit":"16708","date":"2020-04-15","organiser":"mt1"}
            """);
    assertEquals(2, dataset.activities().size());
    assertEquals(1, dataset.organizations().size());
    assertEquals(
        "mt1", dataset.organizations().get(dataset.activities().organiser(1)).id().value());
  }

  @Test
  void placesAProblemOfTheWholeOnItsNdjsonLine() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    readWith(
                        withOrganisations(),
                        """
                        {"id":"d1","type":"dialogue","unit":"16708","date":"2020-04-15","organiser":"mt2"}
                        {"id":"c1","type":"dialogue","unit":"16708","date":"2020-04-15"}
                        """))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "a.ndjson:1 organiser: activity d1: unknown organization mt2",
            "a.ndjson:2 id: duplicate activity id c1, first used at activities[0]"),
        problems);
  }
}

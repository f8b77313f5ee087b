package io.github.qcdc.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.testing.NgheAn;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The quick reading of activity rows gives what the general reading gives: the same dataset, or the
 * same problems, on rows mixing valid cells with every kind of bad one.
 */
class ActivityRowsTest {
  private static final Gazetteer NGHE_AN = NgheAn.snapshot().build();
  private static final String ORGANIZATIONS =
      "id,name,kind,unit,validity\n"
          + "mt1,Mặt trận xã,fatherland-front,16708,\n"
          + "mt2,Mặt trận cũ,fatherland-front,16708,2016-01-01/2018-12-31\n";

  private static final List<String> IDS = List.of("a1", "a2", " a3 ", "a b", "", "hđ-4", "a1");
  private static final List<String> TYPES =
      List.of("dialogue", "supervision", "Dialogue", "", "citizen-reception", "x--y");
  private static final List<String> UNITS =
      List.of("16708", " 16708", "40", "99999", "1670", "", "16708.x", "abc");
  private static final List<String> DATES =
      List.of(
          "2020-04-15",
          "15/04/2020",
          "31/02/2020",
          "2020-02-30",
          "2020-4-15",
          "",
          "2019-12-31 ",
          "+12020-01-01",
          "2020/04/15",
          "1900-01-01");
  private static final List<String> ORGANISERS = List.of("", "", "mt1", "mt2", "mt9", "m t");
  private static final List<String> WHOLES =
      List.of("", "45", "-3", "+7", "4.5", "bốn", "99999999999999999999", " 12 ");
  private static final List<String> TEXTS = List.of("", "đất đai", " có dấu ", "\"a, b\"");

  private static Gen<String> pick(List<String> from) {
    return SourceDSL.integers().between(0, from.size() - 1).map(from::get);
  }

  private static Gen<String> row() {
    return pick(IDS)
        .zip(pick(TYPES), pick(UNITS), pick(DATES), (i, t, u, d) -> i + "," + t + "," + u + "," + d)
        .zip(
            pick(ORGANISERS),
            pick(WHOLES),
            pick(WHOLES),
            pick(TEXTS),
            (r, o, q1, q2, a) -> r + "," + o + "," + q1 + "," + q2 + "," + a);
  }

  private static Gen<String> file() {
    Gen<String> header =
        pick(
            List.of(
                "id,type,unit,date,organiser,quantity.participants,quantity.women,attribute.topic",
                "id,type,unit,date,organiser,quantity.par[ticipants,quantity.women,attribute.topic",
                "id,type,unit,date,organiser,quantity.participants,quantity.women,attribute.Topic"));
    return header.zip(
        SourceDSL.lists().of(row()).ofSizeBetween(1, 6),
        (h, rows) -> h + "\n" + String.join("\n", rows) + "\n");
  }

  private static String read(String activities, boolean quick) {
    CsvDataset csv =
        CsvDataset.over(NGHE_AN)
            .organizations("organizations.csv", () -> new StringReader(ORGANIZATIONS))
            .activities("activities.csv", () -> new StringReader(activities));
    try {
      Dataset dataset = (quick ? csv : csv.withoutQuickRows()).read();
      return dataset.activities().toList().toString()
          + dataset.activities().toList().stream()
              .map(a -> a.quantities() + " " + a.attributes() + " " + a.organiser())
              .collect(Collectors.joining("; "));
    } catch (QcdcException e) {
      return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theQuickReadingGivesWhatTheGeneralOneGives() {
    qt().withExamples(3_000)
        .forAll(file())
        .checkAssert(csv -> assertEquals(read(csv, false), read(csv, true), csv));
  }

  @Test
  void aValidFileIsReadTheQuickWayToTheSameRecords() {
    String csv =
        "id,type,unit,date,organiser,quantity.participants,quantity.women,attribute.topic\n"
            + "a1,dialogue,16708,15/04/2020,mt1,45,,đất đai\n"
            + "a2,supervision, 16708 ,2017-01-31,mt2,,3,\n";
    String read = read(csv, true);
    assertEquals(read(csv, false), read);
    assertEquals(
        "[a2 supervision at 16708 on 2017-01-31, a1 dialogue at 16708 on 2020-04-15]"
            + "{women=3} {} Optional[mt2]; {participants=45} {topic=đất đai} Optional[mt1]",
        read);
  }
}

package io.github.qcdc.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.records.Activity;
import io.github.qcdc.testing.NgheAn;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ActivityCsvTest {
  private static final Gazetteer NGHE_AN = NgheAn.snapshot().build();

  private static Dataset read(String csv) {
    try {
      return ActivityCsv.read(NGHE_AN, new StringReader(csv), "activities.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problems(String csv) {
    return assertThrows(QcdcException.class, () -> read(csv)).problems().stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void readsVietnameseSpreadsheetRows() {
    Dataset dataset =
        read(
            """
            \uFEFFid,type,unit,date,organiser,quantity.participants,attribute.topic
            d1,dialogue,16708,15/04/2020,,45,đất đai
            d2,dialogue,16708,2020-10-15,,,
            """);
    List<Activity> activities = dataset.activities().toList();
    assertEquals(2, activities.size());
    assertEquals(LocalDate.of(2020, 4, 15), activities.get(0).date());
    assertEquals("đất đai", activities.get(0).attributes().get("topic"));
    assertEquals(OptionalLong.of(45), dataset.activities().quantity(0, "participants"));
    assertEquals(OptionalLong.empty(), dataset.activities().quantity(1, "participants"));
  }

  @Test
  void reportsEveryCellProblemWithLineAndColumn() {
    assertEquals(
        List.of(
            "activities.csv:2 date: expected a date yyyy-MM-dd or dd/MM/yyyy: '31/02/2020'",
            "activities.csv:3 unit: required cell is empty; expected a unit code",
            "activities.csv:3 quantity.participants: expected a whole number: 'bốn mươi'",
            "activities.csv:4: row has 4 cells; the header has 5",
            "activities.csv:5 type: expected an activity type key: 'Đối thoại'"),
        problems(
            """
            id,type,unit,date,quantity.participants
            d1,dialogue,16708,31/02/2020,1
            d2,dialogue,,2020-01-01,bốn mươi
            d3,dialogue,16708,2020-01-01
            d4,Đối thoại,16708,2020-01-01,2
            """));
  }

  @Test
  void placesTheDatasetProblemsOnTheirRows() {
    assertEquals(
        List.of(
            "activities.csv:3 unit: activity d2: unknown unit 99999",
            "activities.csv:4 id: duplicate activity id d1, first used at activities[0]"),
        problems(
            """
            id,type,unit,date
            d1,dialogue,16708,2020-01-01
            d2,dialogue,99999,2020-01-01
            d1,dialogue,16708,2020-01-02
            """));
  }

  @Test
  void checksTheHeader() {
    assertEquals(
        List.of(
            "activities.csv:1: missing column date; the header needs id,type,unit,date",
            "activities.csv:1: unknown column 'ngày'; expected id, type, unit, date, organiser, quantity.KEY, attribute.KEY"),
        problems("id,type,unit,ngày\nd1,dialogue,16708,2020-01-01\n"));
    assertEquals(
        List.of("activities.csv:1: empty file; expected a header with id,type,unit,date"),
        problems(""));
  }
}

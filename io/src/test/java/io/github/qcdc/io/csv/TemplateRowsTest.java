package io.github.qcdc.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Template rows from a table that is not a CSV file, with places of its own. */
class TemplateRowsTest {
  /** A sheet of rows numbered from {@code firstRow}, its places {@code book!sheet!C12}. */
  static TemplateRows.Source sheet(String name, int firstRow, List<List<String>> rows) {
    return new TemplateRows.Source() {
      @Override
      public String name() {
        return "book!" + name;
      }

      @Override
      public String place(int row) {
        return name() + "!" + row;
      }

      @Override
      public String place(int row, int column) {
        return name() + "!" + (char) ('A' + column) + row;
      }

      @Override
      public TemplateRows open() {
        Iterator<List<String>> it = rows.iterator();
        return new TemplateRows() {
          private int row = firstRow - 1;

          @Override
          public @Nullable List<String> next() {
            if (!it.hasNext()) {
              return null;
            }
            row++;
            List<String> cells = it.next();
            if (cells.contains("#N/A")) {
              throw new QcdcException(
                  "bad cell", List.of(Problem.of(place(row, cells.indexOf("#N/A")), "#N/A")));
            }
            return cells;
          }

          @Override
          public int row() {
            return row;
          }

          @Override
          public void close() {}
        };
      }
    };
  }

  private static final List<List<String>> UNITS =
      List.of(
          List.of("code", "name", "type", "parent"),
          List.of("40", "Nghệ An", "tinh", ""),
          List.of("17890", "Xã A", "xa", "40"));

  @Test
  void readsTheTemplatesFromTablesAsFromCsvFiles() throws IOException {
    Dataset fromTables =
        CsvDataset.withUnits(sheet("units", 1, UNITS))
            .rows(
                "activities",
                sheet(
                    "activities",
                    1,
                    List.of(
                        List.of("id", "type", "unit", "date"),
                        List.of("a1", "dialogue", "17890", "2024-05-01"))))
            .read();
    Dataset fromCsv =
        CsvDataset.withUnits(
                "units.csv",
                () ->
                    new StringReader("code,name,type,parent\n40,Nghệ An,tinh,\n17890,Xã A,xa,40\n"))
            .activities(
                "activities.csv",
                () -> new StringReader("id,type,unit,date\na1,dialogue,17890,2024-05-01\n"))
            .read();
    assertEquals(fromCsv, fromTables);
  }

  /** The problems of reading the units and {@code rows} of activities after the header. */
  private static List<String> problemsOf(List<List<String>> rows) {
    List<List<String>> sheet = new java.util.ArrayList<>();
    sheet.add(List.of("id", "type", "unit", "date"));
    sheet.addAll(rows);
    return assertThrows(
            QcdcException.class,
            () ->
                CsvDataset.withUnits(sheet("units", 3, UNITS))
                    .rows("activities", sheet("activities", 1, sheet))
                    .read())
        .problems()
        .stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void placesProblemsAsTheTableWritesPlaces() {
    assertEquals(
        List.of(
            "book!activities!D2 date: expected a date yyyy-MM-dd or dd/MM/yyyy: '2024-13-01'",
            "book!activities!C3: #N/A"),
        problemsOf(
            List.of(
                List.of("a1", "dialogue", "17890", "2024-13-01"),
                List.of("a2", "dialogue", "#N/A", "2024-05-01"))));
    // the dataset's own checks, once every row reads, placed on the record's row
    assertEquals(
        List.of("book!activities!2 unit: activity a3: unknown unit 99999"),
        problemsOf(List.of(List.of("a3", "dialogue", "99999", "2024-05-01"))));
  }

  @Test
  void refusesATemplateItDoesNotKnow() {
    assertEquals(
        "unknown template 'activity'; expected one of units, successions, organizations,"
            + " activities, data-values, facts",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    CsvDataset.withUnits(sheet("units", 1, UNITS))
                        .rows("activity", sheet("activity", 1, UNITS)))
            .getMessage());
  }
}

package io.github.qcdc.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Quantities are kept a column per key, dense or sparse, and organisers in no column when no row
 * has one: every activity reads back as it was added, and the bytes are what the layout says.
 */
class ActivityColumnsTest {
  private static final Gazetteer NGHE_AN = NgheAn.withReform2025().build();

  private static Activity activity(int i) {
    var b =
        Activity.builder()
            .id(RecordId.of("a" + i))
            .type(ActivityType.DIALOGUE)
            .unit(UnitCode.of("16666"))
            .date(LocalDate.of(2020, 1, 1).plusDays(i));
    b.putQuantities("everyone", i); // dense, as ints
    if (i % 10 == 0) {
      b.putQuantities("rare", 1_000L * i); // sparse
    }
    if (i % 2 == 0) {
      b.putQuantities("large", 10_000_000_000L + i); // dense, as longs
    }
    return b.build();
  }

  @Test
  void everyQuantityReadsBackWhateverItsColumn() {
    List<Activity> added = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      added.add(activity(i));
    }
    Dataset dataset = Dataset.builder(NGHE_AN).addActivities(added).build();
    ActivityTable table = dataset.activities();
    assertEquals(added, table.toList());
    assertEquals(List.of("everyone", "large", "rare"), table.quantityKeys());
    assertEquals(OptionalLong.of(7), table.quantity(7, "everyone"));
    assertEquals(OptionalLong.empty(), table.quantity(7, "rare"));
    assertEquals(OptionalLong.of(70_000), table.quantity(70, "rare"));
    assertEquals(OptionalLong.of(10_000_000_008L), table.quantity(8, "large"));
    assertEquals(OptionalLong.empty(), table.quantity(9, "large"));
    assertEquals(OptionalLong.empty(), table.quantity(9, "none"));
    assertEquals(-1, table.organiser(9));
    // unit 4, day 4, type 2, id bytes, id start 4, id hash 8 a row, and no organiser column;
    // "everyone" 4 a row and "large" 8 a row, with a bit a row each; "rare" 12 a row it has
    long ids = added.stream().mapToLong(a -> a.id().value().length()).sum();
    long expected =
        100 * (4 + 4 + 2 + 8) + ids + 4 * 101 + (4 * 100 + 16) + (8 * 100 + 16) + 12 * 10;
    assertEquals(expected, table.columnBytes());
  }

  @Test
  void idsOfOneLengthNeedNoStartColumn() {
    List<Activity> added = new ArrayList<>();
    for (int i = 10; i < 20; i++) {
      added.add(activity(i));
    }
    ActivityTable table = Dataset.builder(NGHE_AN).addActivities(added).build().activities();
    assertEquals(added, table.toList());
    assertEquals("a17", table.idText(7));
    // unit 4, day 4, type 2, 3 id bytes, id hash 8 a row, no start column; "everyone" 4 a row,
    // "large" 8 a row, a bit a row each; "rare" on one row of ten: sparse, 12
    assertEquals(10 * (4 + 4 + 2 + 3 + 8) + (40 + 8) + (80 + 8) + 12, table.columnBytes());
  }

  @Test
  void anActivityAddedByItsFieldsIsTheActivityAddedWhole() {
    Activity whole =
        Activity.builder()
            .id(RecordId.of("HĐ-01"))
            .type(ActivityType.DIALOGUE)
            .unit(UnitCode.of("16666"))
            .date(LocalDate.of(2020, 4, 15))
            .putQuantities("women", 3)
            .putQuantities("participants", 45)
            .putAttributes("topic", "đất đai")
            .build();
    ActivityTable byFields =
        Dataset.builder(NGHE_AN)
            .addActivity(
                whole.id(),
                whole.type(),
                whole.unit(),
                whole.date(),
                java.util.Optional.empty(),
                new java.util.HashMap<>(whole.quantities()), // not sorted: the builder sorts
                whole.attributes())
            .build()
            .activities();
    assertEquals(List.of(whole), byFields.toList());
    assertEquals("HĐ-01", byFields.idText(0)); // an id beyond ASCII, byte for byte
    assertEquals(Dataset.builder(NGHE_AN).add(whole).build().activities(), byFields);
  }

  @Test
  void aKeyThatIsNotAKeyIsRefusedNamingTheActivity() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                Dataset.builder(NGHE_AN)
                    .addActivity(
                        RecordId.of("a1"),
                        ActivityType.DIALOGUE,
                        UnitCode.of("16666"),
                        LocalDate.of(2020, 4, 15),
                        java.util.Optional.empty(),
                        java.util.Map.of("Women", 3L),
                        java.util.Map.of()));
    assertEquals(
        "activity a1 quantity key must be lower-case letters and digits joined by '-', '_', '.'"
            + " or ':' (at most 64 characters): 'Women'",
        e.getMessage());
  }

  @Test
  void aUnitNotInForceOrUnknownIsAProblemOfItsRow() {
    io.github.qcdc.QcdcException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.github.qcdc.QcdcException.class,
            () ->
                Dataset.builder(NGHE_AN)
                    .add(activity(1))
                    .add(
                        Activity.builder()
                            .id(RecordId.of("x"))
                            .type(ActivityType.DIALOGUE)
                            .unit(UnitCode.of("99999"))
                            .date(LocalDate.of(2020, 1, 1))
                            .build())
                    .add(
                        Activity.builder()
                            .id(RecordId.of("y"))
                            .type(ActivityType.DIALOGUE)
                            .unit(UnitCode.of("16666"))
                            .date(LocalDate.of(2026, 1, 1))
                            .build())
                    .build());
    List<String> problems = e.problems().stream().map(io.github.qcdc.Problem::toString).toList();
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("activities[1].unit: activity x: unknown unit 99999", problems.get(0));
    org.junit.jupiter.api.Assertions.assertTrue(
        problems
            .get(1)
            .startsWith(
                "activities[2].unit: activity y: unit 16666 is not in force on"
                    + " 2026-01-01; it is in force "),
        problems.get(1));
  }
}

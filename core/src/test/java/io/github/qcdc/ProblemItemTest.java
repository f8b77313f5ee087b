package io.github.qcdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A problem found in a record carries the record as data, and its path is the record's. */
class ProblemItemTest {
  @Test
  void aProblemInARecordCarriesItsCollectionIndexAndField() {
    Problem.Item item = Problem.Item.of("activities", 12, "").withField("quantities");
    Problem p = Problem.in(item.withField("attending"), "quantity %s must not be negative", -1);
    assertEquals("activities[12].quantities.attending", p.path());
    assertEquals(Optional.of(Problem.Item.of("activities", 12, "quantities.attending")), p.item());
    assertEquals(
        "activities[12].quantities.attending: quantity -1 must not be negative", p.toString());
    assertEquals("units[3]", Problem.Item.of("units", 3, "").path());
  }

  @Test
  void aPathThatIsNotItsItemsIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Problem("units[4]", "x", Optional.of(Problem.Item.of("units", 3, ""))));
    assertEquals("problem path units[4] is not its item's path units[3]", e.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Problem.Item.of("units", -1, ""));
    assertEquals("item index must not be negative: -1", negative.getMessage());
  }
}

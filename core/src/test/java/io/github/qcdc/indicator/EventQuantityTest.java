package io.github.qcdc.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventQuantityTest {
  private static final Condition.EventQuantity DELEGATES =
      Condition.eventQuantityAtLeast("employee-delegates", 3)
          .fromEmployees(50, 4)
          .fromEmployees(150, 9);

  @Test
  void theLeastValueRisesWithTheOrganisersSizeAtEachTier() {
    assertEquals(
        List.of(3L, 3L, 4L, 4L, 9L, 9L),
        List.of(0L, 49L, 50L, 149L, 150L, 10_000L).stream().map(DELEGATES::leastFor).toList());
    assertEquals(9, DELEGATES.leastForAny());
    assertEquals(3, Condition.eventQuantityAtLeast("x", 3).leastForAny());
    assertEquals(
        "employee-delegates at least 3, 4 from 50 employees, 9 from 150 employees",
        DELEGATES.describe().en());
  }

  @Test
  void refusesTiersThatDoNotRise() {
    assertEquals(
        "a tier of employee-delegates must start above 0 employees and ask more than the one"
            + " before it: {50=4, 150=4}",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Condition.eventQuantityAtLeast("employee-delegates", 3)
                        .fromEmployees(50, 4)
                        .fromEmployees(150, 4))
            .getMessage());
    assertEquals(
        "a tier of x must start above 0 employees and ask more than the one before it: {0=4}",
        assertThrows(
                IllegalArgumentException.class,
                () -> Condition.eventQuantityAtLeast("x", 3).fromEmployees(0, 4))
            .getMessage());
  }
}

package io.github.qcdc.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateIntervalTest {
  private static final LocalDate D2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate D2025 = LocalDate.of(2025, 6, 30);

  @Test
  void writesOpenSidesAsTwoDots() {
    assertEquals("2020-01-01/2025-06-30", DateInterval.of(D2020, D2025).toString());
    assertEquals("2020-01-01/..", DateInterval.from(D2020).toString());
    assertEquals("../2025-06-30", DateInterval.until(D2025).toString());
    assertEquals("../..", DateInterval.always().toString());
    assertEquals(DateInterval.always(), DateInterval.parse("../.."));
  }

  @Test
  void bothEndsAreInclusive() {
    DateInterval interval = DateInterval.of(D2020, D2025);
    assertTrue(interval.contains(D2020));
    assertTrue(interval.contains(D2025));
    assertFalse(interval.contains(D2025.plusDays(1)));
    assertFalse(interval.contains(D2020.minusDays(1)));
  }

  @Test
  void intersectsAndEncloses() {
    DateInterval a = DateInterval.of(D2020, D2025);
    DateInterval b = DateInterval.from(D2025);
    assertEquals(Optional.of(DateInterval.of(D2025, D2025)), a.intersection(b));
    assertEquals(Optional.empty(), a.intersection(DateInterval.from(D2025.plusDays(1))));
    assertTrue(DateInterval.always().encloses(a));
    assertFalse(a.encloses(b));
  }

  @Test
  void rejectsStartAfterEnd() {
    assertEquals(
        "interval start 2025-06-30 must not be after its end 2020-01-01",
        assertThrows(IllegalArgumentException.class, () -> DateInterval.of(D2025, D2020))
            .getMessage());
    assertEquals(
        "date interval start must not be after its end: '2025-06-30/2020-01-01'",
        assertThrows(
                IllegalArgumentException.class, () -> DateInterval.parse("2025-06-30/2020-01-01"))
            .getMessage());
  }

  @Test
  void rejectsMalformedText() {
    for (String text : new String[] {"2020-01-01", "2020-01-01/2020-13-01", "/..", "a/b/c"}) {
      assertEquals(
          "date interval must be 'start/end' with ISO dates or '..': '" + text + "'",
          assertThrows(IllegalArgumentException.class, () -> DateInterval.parse(text))
              .getMessage());
    }
  }
}

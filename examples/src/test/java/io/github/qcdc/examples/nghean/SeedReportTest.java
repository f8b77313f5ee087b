package io.github.qcdc.examples.nghean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeedReportTest {
  @Test
  void citesTheLineOfAPhrase() {
    assertEquals(
        "nghe-an-kl120-report-2021.txt:35: \"281/411 xã\"", SeedReport.source("281/411 xã"));
  }

  @Test
  void refusesAPhraseItDoesNotHoldOrHoldsTwice() {
    assertEquals(
        "\"281/412 xã\" is not in nghe-an-kl120-report-2021.txt",
        assertThrows(IllegalArgumentException.class, () -> SeedReport.source("281/412 xã"))
            .getMessage());
    assertEquals(
        "\"Kết luận 120-KL/TW\" is on lines 5 and 9 of nghe-an-kl120-report-2021.txt",
        assertThrows(IllegalArgumentException.class, () -> SeedReport.source("Kết luận 120-KL/TW"))
            .getMessage());
  }
}

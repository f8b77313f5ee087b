package io.github.qcdc.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.ClaimExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VN-I07, the consistency of "x/y, đạt z%", is the audit's: its two worked examples. */
class RatioConsistencyTest {
  private static List<String> check(String text) {
    return Audit.consistency(ClaimExtractor.extract(text)).stream()
        .filter(f -> f.status() != AuditFinding.Status.UNVERIFIABLE)
        .map(f -> f.status() + " " + f.computation())
        .toList();
  }

  @Test
  void aPercentageThatIsTheFractionRoundedPasses() {
    assertEquals(
        List.of("MATCH 280/411 = 68,13%"),
        check("Có 280/411 xã về đích nông thôn mới, đạt 68,13%."));
  }

  @Test
  void aPercentageOneHundredthOffFails() {
    assertEquals(
        List.of("MISMATCH 281/411 = 68,37%, not 68,13%; 68,13% is 280/411"),
        check("Có 281/411 xã về đích nông thôn mới, đạt 68,13%."));
  }
}

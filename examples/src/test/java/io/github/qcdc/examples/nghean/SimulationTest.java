package io.github.qcdc.examples.nghean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qcdc.audit.AuditFinding.Status;
import io.github.qcdc.dataset.Dataset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationTest {
  @Test
  void theSameSeedGivesTheSameRecords() {
    Dataset a = NgheAnData.simulated(NgheAnReportTest.VIETNAM, 7);
    assertEquals(a, NgheAnData.simulated(NgheAnReportTest.VIETNAM, 7));
    assertNotEquals(a, NgheAnData.simulated(NgheAnReportTest.VIETNAM, 8));
  }

  @Test
  void everySeedReproducesTheReportAsTheBundledSeedDoes() {
    Map<String, Status> bundled = NgheAnReportTest.statuses(NgheAnReportTest.SIMULATED);
    qt().withExamples(6)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertEquals(
                    bundled,
                    NgheAnReportTest.statuses(NgheAnData.simulated(NgheAnReportTest.VIETNAM, seed)),
                    "seed " + seed));
  }
}

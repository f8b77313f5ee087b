package io.github.qcdc.examples.nghean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The national pack with Nghệ An's profile, on the simulated Nghệ An records of 2016-2020. */
class NgheAnProfileTest {
  static final Report REPORT =
      Evaluator.of(NgheAnProfile.pack())
          .evaluate(NgheAnReportTest.SIMULATED, UnitCode.of("40"), NgheAnPack.PERIOD)
          .report();

  @Test
  void theProvincialDialogueRuleGivesEveryCommuneAPassOrAFail() {
    Map<Verdict, Long> counts = REPORT.rule("VN-R24").orElseThrow().counts();
    long fail = counts.getOrDefault(Verdict.FAIL, 0L);
    assertEquals(460L, counts.getOrDefault(Verdict.PASS, 0L) + fail, counts.toString());
    assertTrue(fail > 0, counts.toString());
    assertEquals(
        REPORT.rule("VN-R24").orElseThrow().counts(),
        Evaluator.of(NgheAnPack.pack())
            .evaluate(NgheAnReportTest.SIMULATED, UnitCode.of("40"), NgheAnPack.PERIOD)
            .report()
            .rule(NgheAnPack.DIALOGUE_RULE)
            .orElseThrow()
            .counts(),
        "the national VN-R24 with k = 2 agrees with the report's own dialogue rule");
  }

  @Test
  void theOldInspectionBoardRuleAppliesAndTheNewOneDoesNot() {
    assertEquals(460L, REPORT.rule("VN-R05.ND159").orElseThrow().counts().get(Verdict.PASS));
    assertTrue(REPORT.rule("VN-R05").orElseThrow().applied().isEmpty());
    assertEquals(460L, REPORT.rule("VN-R05").orElseThrow().counts().get(Verdict.NOT_APPLICABLE));
  }
}

package io.github.qcdc.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.rule.Verdict;
import org.junit.jupiter.api.Test;

class ProvincialProfileTest {
  static final ProvincialProfile NGHE_AN =
      ProvincialProfile.of("nghe-an", "2021.1")
          .withParameter("provincialDialoguesPerYear", 2)
          .enabling("VN-R24");

  @Test
  void layersParametersAndEnabledRulesOverTheNationalPackWithoutChangingIt() {
    RulePack pack = NGHE_AN.over(VietnamPack.pack());
    assertEquals("vn-qcdc+nghe-an", pack.id());
    assertEquals("2026.3+2021.1", pack.version());
    assertTrue(pack.rule("VN-R24").orElseThrow().isEnabled());
    assertEquals(2L, pack.parameters().get("provincialDialoguesPerYear"));
    assertFalse(VietnamPack.pack().rule("VN-R24").orElseThrow().isEnabled());
    assertEquals(VietnamPack.pack().rules().size(), pack.rules().size());
  }

  @Test
  void theProvincesParameterDecidesTheVerdict() {
    var verdicts =
        Evaluator.of(NGHE_AN.over(VietnamPack.pack()))
            .evaluate(
                ExampleData.dataset(), UnitCode.of(ExampleData.XA_1), ReportingPeriod.parse("2026"))
            .report()
            .rule("VN-R24")
            .orElseThrow();
    assertEquals(Verdict.FAIL, verdicts.verdicts().get(0).verdict()); // one dialogue, two asked
    assertEquals(
        "≥ 2 (provincialDialoguesPerYear, pack vn-qcdc+nghe-an)",
        verdicts.verdicts().get(0).evidence().checks().get(0).required());
  }

  @Test
  void enablingARuleTheNationalPackLacksFails() {
    assertEquals(
        "pack vn-qcdc+nghe-an has no rule [VN-R99]",
        assertThrows(
                IllegalArgumentException.class,
                () -> NGHE_AN.enabling("VN-R99").over(VietnamPack.pack()))
            .getMessage());
  }
}

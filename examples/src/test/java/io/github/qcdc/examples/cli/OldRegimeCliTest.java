package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The national pack checks the seed period (2016-2020) by the rules in force then. */
class OldRegimeCliTest {
  @Test
  void theOfficialsConferencesOfTheSeedPeriodGetVerdictsUnderDecree04Of2015() {
    QcdcTest.Run r =
        run(
            "report",
            "--data",
            "simulated",
            "--rules",
            "vn",
            "--scope",
            "40",
            "--period",
            "2016/2020");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    // the provincial and 21 district People's Committees, one conference a year, 50 of 60 present
    assertTrue(
        out.contains(
            "Rule VN-R16.ND04 (Hội nghị cán bộ, công chức, viên chức hằng năm (chế độ cũ)) on"
                + " simulated, parameters {}\n"
                + "  NĐ 04/2015/NĐ-CP, Điều 4, khoản 2; applied 2016-01-01/2020-12-31\n"
                + "  {PASS=22, FAIL=0, NO_DATA=0, NOT_APPLICABLE=0}"),
        out);
    assertTrue(out.contains("{PASS=110, FAIL=0, NO_DATA=0, NOT_APPLICABLE=0}"), out);
    // the law of 2022 applied on no day of the period: no verdict, and it says so
    assertTrue(
        out.contains(
            "Rule VN-R16 (Hội nghị cán bộ, công chức, viên chức hằng năm) on simulated,"
                + " parameters {}\n"
                + "  Luật 10/2022/QH15, Điều 51, khoản 1; applied on no day of the period"),
        out);
  }
}

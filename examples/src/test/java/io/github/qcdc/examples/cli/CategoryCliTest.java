package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A report narrowed to the law's content categories, and broken down by them. */
class CategoryCliTest {
  private static QcdcTest.Run report(String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "report",
                "--data",
                "simulated",
                "--rules",
                "vn",
                "--scope",
                "40",
                "--period",
                "2024"));
    args.addAll(java.util.List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void theTextReportIsBrokenDownByCategoryInTheLawsOrder() {
    QcdcTest.Run all = report();
    assertEquals(0, all.code(), all.err());
    String out = all.out();
    int table = out.indexOf("Theo nhóm nội dung (simulated)");
    assertTrue(table > 0, out);
    String rows = out.substring(table);
    assertTrue(rows.indexOf("công khai") < rows.indexOf("kiểm tra, giám sát"), rows);
    assertTrue(rows.contains("rules [VN-R13, VN-R14, VN-R15]"), rows);
  }

  @Test
  void onlyTheRulesAndFiguresOfTheCategoriesAsked() {
    QcdcTest.Run publicity = report("--category", "publicity,supervision");
    assertEquals(0, publicity.code(), publicity.err());
    assertTrue(publicity.out().contains("Rule VN-R13"), publicity.out());
    assertTrue(publicity.out().contains("Rule VN-R05"), publicity.out());
    assertFalse(publicity.out().contains("Rule VN-R01 "), publicity.out());
    assertFalse(publicity.out().contains("Rule VN-R19 "), publicity.out());
  }

  @Test
  void refusesAnUnknownCategoryAndAPackWithNothingAboutIt() {
    QcdcTest.Run unknown = report("--category", "oversight");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown
            .err()
            .startsWith(
                "qcdc: --category: unknown content category 'oversight'; expected one of"
                    + " [publicity, decision, consultation, supervision, other]"),
        unknown.err());
    QcdcTest.Run none =
        run("report", "--data", "simulated", "--period", "2019", "--category", "supervision");
    assertEquals(2, none.code());
    assertTrue(
        none.err()
            .startsWith(
                "qcdc: --category supervision: pack nghe-an-kl120 has no rule or indicator about"
                    + " it (a pack states each one's topic)"),
        none.err());
  }
}

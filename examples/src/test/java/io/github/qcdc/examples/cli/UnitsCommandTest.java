package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.examples.cli.QcdcTest.Run;
import org.junit.jupiter.api.Test;

class UnitsCommandTest {
  @Test
  void findFoldsToneMarkPlacementAndListsEveryMatchWithParentsAndValidity() {
    Run run = run("units", "find", "Thanh Hoá");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("3 units named 'Thanh Hoá':\n"), run.out());
    assertTrue(run.out().contains("  38  tinh  Tỉnh Thanh Hóa  valid ../..\n"), run.out());
    assertTrue(
        run.out().contains("  380  thanh-pho-thuoc-tinh  Thành phố Thanh Hóa, Tỉnh Thanh Hóa"),
        run.out());
  }

  @Test
  void findOnADayListsOnlyTheUnitsInForce() {
    Run run = run("units", "find", "THANH HÓA", "--as-of", "2026-01-01");
    assertEquals(
        "1 unit named 'THANH HÓA' on 2026-01-01:\n  38  tinh  Tỉnh Thanh Hóa  valid ../..\n",
        run.out());
  }

  @Test
  void findOfAnUnknownNameSaysSoAndExitsOne() {
    Run run = run("units", "find", "Atlantis\u001b[31m");
    assertEquals(1, run.code());
    assertEquals("no unit named 'Atlantis\\u001b[31m'\n", run.out());
  }

  @Test
  void showGivesTheTwoUnitsOfAReusedCodeWithTheEdgeBetweenThem() {
    Run before = run("units", "show", "16681", "--as-of", "2025-06-30");
    assertEquals(0, before.code(), before.err());
    assertEquals(
        "unit 16681 on 2025-06-30:\n"
            + "  16681  phuong  Phường Quang Trung, Thành phố Vinh, Tỉnh Nghệ An  valid ../2025-06-30\n"
            + "    until 2025-06-30, then sắp xếp (arrangement) into 16681 Phường Thành Vinh;"
            + " 1678/NQ-UBTVQH15 of 2025-06-16, clause 117\n",
        before.out());
    Run after = run("units", "show", "16681", "--as-of", "2025-07-01");
    assertTrue(
        after
            .out()
            .contains("  16681  phuong  Phường Thành Vinh, Tỉnh Nghệ An  valid 2025-07-01/..\n"),
        after.out());
    assertTrue(
        after.out().contains("of 16663 Phường Đông Vĩnh, 16669 Phường Lê Lợi,"), after.out());
    assertTrue(after.out().contains("16681 Phường Quang Trung"), after.out());
  }

  @Test
  void showSaysWhenNoSuccessorIsRecorded() {
    // a commune of the 2020 list that is not in the list of 2025-06-30
    Run run = run("units", "show", "16684");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .contains("then chấm dứt, không rõ đơn vị kế thừa (unrecorded): no successor recorded"),
        run.out());
  }

  @Test
  void countGivesUnitsByTierAndTypeOnADay() {
    assertEquals(
        "Tỉnh Nghệ An (40) on 2025-06-30:\n"
            + "  cấp huyện: 20 (huyện 17, thị xã 2, thành phố 1)\n"
            + "  cấp xã: 412 (xã 362, phường 33, thị trấn 17)\n",
        run("units", "count", "40", "--as-of", "2025-06-30").out());
    assertEquals(
        "Tỉnh Nghệ An (40) on 2026-01-01:\n  cấp xã: 130 (xã 119, phường 11)\n",
        run("units", "count", "40", "--as-of", "2026-01-01").out());
  }

  @Test
  void wrongUnitsCommandLinesAreUsageErrors() {
    assertEquals(2, run("units", "count", "40").code());
    assertTrue(run("units", "count", "40").err().contains("units count: give --as-of DATE"));
    assertTrue(
        run("units", "show", "99999")
            .err()
            .contains("units: no unit has code 99999 in the bundled units"));
    assertTrue(
        run("units", "list", "40")
            .err()
            .contains("units: expected find, show or count, got 'list'"));
    assertTrue(
        run("units", "find")
            .err()
            .contains("units: expected 'find NAME', 'show CODE' or 'count CODE', got 1 arguments"));
  }

  @Test
  void scopeAcceptsAnUnambiguousNameAndListsTheCandidatesOfAnAmbiguousOne() {
    Run byName =
        run("report", "--data", "as-reported", "--scope", "Tỉnh Nghệ An", "--format", "json");
    Run byCode = run("report", "--data", "as-reported", "--scope", "40", "--format", "json");
    assertEquals(0, byName.code(), byName.err());
    assertEquals(byCode.out(), byName.out());
    Run ambiguous = run("report", "--data", "as-reported", "--scope", "Thanh Hóa");
    assertEquals(2, ambiguous.code());
    assertTrue(
        ambiguous
            .err()
            .contains("--scope: 'Thanh Hóa' names 3 units on 2020-12-31: 38 Tỉnh Thanh Hóa"),
        ambiguous.err());
    Run unknown = run("report", "--data", "as-reported", "--scope", "Nowhere");
    assertTrue(
        unknown.err().contains("--scope: no unit named 'Nowhere' is in force on 2020-12-31"),
        unknown.err());
  }

  @Test
  void aUnitsCsvExtendsTheBundledUnitsAndASuccessionsCsvAddsChanges() {
    Run run =
        run(
            "validate",
            "../docs/examples/csv/units-extension.csv",
            "../docs/examples/csv/successions.csv");
    assertEquals(0, run.code(), run.out());
    Run own = run("validate", "--own-units", "../docs/examples/csv/units-extension.csv");
    assertEquals(1, own.code(), own.out());
    assertTrue(
        own.out().contains("units-extension.csv:2 parent: unknown parent unit 16708"), own.out());
    Run missing = run("validate", "--own-units", "../docs/examples/csv/successions.csv");
    assertEquals(2, missing.code());
    assertTrue(
        missing
            .err()
            .contains("--own-units: give a units CSV file or a workbook with a units sheet"),
        missing.err());
  }

  @Test
  void reportRunsTheFiveYearsAcrossTheReformOnTheSeededSimulation() {
    Run run = run("report", "--data", "reform");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().startsWith("Báo cáo 40, 2021/2025 theo bộ quy tắc (nghe-an-2021-2025 2026.1)"),
        run.out());
    assertTrue(run.out().contains("      district / 2025 "), run.out());
    assertTrue(run.err().contains("qcdc: warning: simulated 2021-2026: "), run.err());
    Run year = run("report", "--data", "reform", "--period", "2026", "--format", "json");
    assertEquals(0, year.code(), year.err());
    assertTrue(year.out().contains("\"period\":\"2026\""), year.out());
  }
}

package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.examples.cli.QcdcTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --text} with the province's data: each claim against the computed figure. */
class AuditAgainstDataTest {
  private static final String TEXT =
      "Năm 2026, toàn tỉnh tổ chức 2.624 cuộc giám sát [supervisions], trong đó: cấp tỉnh 16, cấp"
          + " xã 2.608.\n"
          + "Xã có Ban thanh tra nhân dân: 1/130 xã, đạt 0,77%.\n"
          + "Tổ chức 5 hội nghị tập huấn.\n";

  private static List<String> args(Path dir, Path text, String... more) {
    run("init", "--scope", "40", "--period", "2026", "-o", dir.toString());
    List<String> args =
        new ArrayList<>(
            List.of(
                "audit",
                "--text",
                text.toString(),
                "--rules",
                dir.resolve("pack.json").toString(),
                "--scope",
                "40",
                "--period",
                "2026"));
    for (String csv : List.of("activities", "data-values", "facts", "organizations")) {
      args.add("--dataset");
      args.add(dir.resolve(csv + ".csv").toString());
    }
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void aTextWhoseFiguresMatchTheDataPassesAndListsEveryClaim(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("report.txt");
    Files.writeString(text, TEXT);
    Run run = run(args(dir.resolve("start"), text).toArray(String[]::new));
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("Claims / số liệu trích ra (3):\n"), run.out());
    assertTrue(run.out().contains("  L3    count    5 hội nghị tập huấn\n"), run.out());
    assertTrue(run.out().contains("supervisions (named): computed 2.624"), run.out());
    assertTrue(run.out().contains("pib-coverage (title): computed 1/130 = 0,77%"), run.out());
    assertTrue(run.out().contains("  UNMATCHED L3:5 hội nghị tập huấn\n"), run.out());
    assertTrue(run.out().endsWith("; 1 match no figure\n"), run.out());
  }

  @Test
  void aChangedFigureIsAMismatchAndExitsOne(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("report.txt");
    Files.writeString(
        text, TEXT.replace("2.624 cuộc", "2.625 cuộc").replace("cấp tỉnh 16", "cấp tỉnh 17"));
    Run run = run(args(dir.resolve("start"), text).toArray(String[]::new));
    assertEquals(1, run.code(), run.out());
    assertTrue(run.out().contains("  MISMATCH L1:2.625 cuộc giám sát"), run.out());
    Run json = run(args(dir.resolve("start"), text, "--format", "json").toArray(String[]::new));
    assertEquals(1, json.code());
    assertTrue(json.out().startsWith("{\"format\":\"qcdc.claims/1\""), json.out());
    assertTrue(json.out().contains("\"status\":\"mismatch\""), json.out());
  }

  @Test
  void checkingAgainstDataNeedsTheWholeRequest(@TempDir Path dir) {
    Run run = run("audit", "--rules", "vn");
    assertEquals(2, run.code());
    assertTrue(
        run.err()
            .contains(
                "audit: to check the figures against the data give --dataset, --rules, --scope"
                    + " and --period together"),
        run.err());
  }
}

package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of values as reports write them, and its audit. */
class ReportedValuesCliTest {
  private static final String CSV = "../docs/examples/csv/";

  private static List<String> args(String command, String... more) {
    return argsOn(command, "40", more);
  }

  /** {@code command} over the files of the README's example, on {@code scope}, for 2016/2020. */
  static List<String> argsOn(String command, String scope, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--dataset",
                CSV + "units.csv",
                "--own-units",
                "--dataset",
                CSV + "data-values-vi.csv",
                "--rules",
                CSV + "reported-values-pack.json",
                "--scope",
                scope,
                "--period",
                "2016/2020"));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void theReadmeReportShowsDecimalsQualifiedTotalsAndPercentages() {
    QcdcTest.Run run = run(args("report").toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("roads                        621,9 km"), run.out());
    assertTrue(run.out().contains("supervisions                 gần 6.773"), run.out());
    assertTrue(run.out().contains("answered                     97,25%"), run.out());
  }

  @Test
  void theAuditReadsAQualifiedTotalByItsMeaning(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("report.txt");
    Files.writeString(
        text,
        "Tổ chức 6.773 cuộc giám sát [supervisions].\n"
            + "Đạt 97,25% ý kiến được giải đáp [answered].\n");
    QcdcTest.Run run = run(args("audit", "--text", text.toString()).toArray(String[]::new));
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(
        run.out()
            .contains("the computed figure is approximate (gần 6.773); stated 6.773, not checked"),
        run.out());
    assertTrue(run.out().contains("computed 97,25%, stated 97,25%"), run.out());
    assertTrue(
        run.out().contains("1 hold, 0 do not; 0 match no figure; 1 match a figure that cannot"),
        run.out());
  }

  @Test
  void aChangedPercentageIsAMismatch(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("report.txt");
    Files.writeString(text, "Đạt 95,25% ý kiến được giải đáp [answered].\n");
    QcdcTest.Run run = run(args("audit", "--text", text.toString()).toArray(String[]::new));
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("computed 97,25%, stated 95,25%"), run.out());
  }
}

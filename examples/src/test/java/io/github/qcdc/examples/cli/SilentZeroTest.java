package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.examples.cli.QcdcTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three silent zeros a province met: each now warns, and exits 1 under --strict. */
class SilentZeroTest {
  private static final String PACK = "../docs/examples/rulepack.json";

  private static Path values(Path dir, String element) throws IOException {
    Path file = dir.resolve("data-values.csv");
    Files.writeString(file, "id,element,unit,period,value\ndv-1," + element + ",40,2020,15\n");
    return file;
  }

  @Test
  void aDatasetWithoutScopeAndPeriodIsAUsageErrorNotNgheAn2016(@TempDir Path dir)
      throws IOException {
    Run run = run("report", "--dataset", values(dir, "supervisions").toString(), "--rules", PACK);
    assertEquals(2, run.code(), run.out());
    assertTrue(
        run.err()
            .contains(
                "qcdc: --dataset: give --scope UNIT (a code or a name), --period P; the bundled"
                    + " Nghệ An pack, scope and period apply only to the bundled data"),
        run.err());
  }

  @Test
  void aMistypedElementWarnsWithTheNameItMeantAndFailsUnderStrict(@TempDir Path dir)
      throws IOException {
    String file = values(dir, "supervison").toString();
    Run run =
        run("report", "--dataset", file, "--rules", PACK, "--scope", "40", "--period", "2020");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                "qcdc: warning: "
                    + file
                    + ": the pack reads data element 'supervisions' (did you mean 'supervison'?)"
                    + " that no data value of the dataset has: what reads it counts nothing"),
        run.err());
    Run strict =
        run(
            "report",
            "--dataset",
            file,
            "--rules",
            PACK,
            "--scope",
            "40",
            "--period",
            "2020",
            "--strict");
    assertEquals(1, strict.code(), strict.err());
    assertTrue(strict.err().contains("qcdc: --strict: "), strict.err());
    Run validate = run("validate", "--rules", PACK, "--strict", file);
    assertEquals(1, validate.code(), validate.out());
    assertTrue(
        validate
            .err()
            .contains("against nghe-an-example: the pack reads data element 'supervisions'"),
        validate.err());
  }

  @Test
  void aPeriodThatHoldsNoneOfTheDataWarns(@TempDir Path dir) throws IOException {
    String file = values(dir, "supervisions").toString();
    Run run =
        run(
            "report",
            "--dataset",
            file,
            "--rules",
            PACK,
            "--scope",
            "40",
            "--period",
            "2019",
            "--strict");
    assertEquals(1, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                "none of the dataset's 1 data values is inside the scope and the period"
                    + " 2018-12-15/2019-12-14"),
        run.err());
  }
}

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

class InitCommandTest {
  @Test
  void writesASkeletonThatValidatesAndReportsWithoutWarnings(@TempDir Path dir) {
    Path start = dir.resolve("start");
    Run init = run("init", "--scope", "Tỉnh Nghệ An", "--period", "2026", "-o", start.toString());
    assertEquals(0, init.code(), init.err());
    assertTrue(
        init.out().contains("for Tỉnh Nghệ An (40), 130 communes on 2026-12-31"), init.out());
    String pack = start.resolve("pack.json").toString();
    String[] csv = {
      start.resolve("activities.csv").toString(),
      start.resolve("data-values.csv").toString(),
      start.resolve("facts.csv").toString(),
      start.resolve("organizations.csv").toString()
    };
    Run validate = run("validate", "--rules", pack, "--strict", csv[0], csv[1], csv[2], csv[3]);
    assertEquals(0, validate.code(), validate.out() + validate.err());
    Run report =
        run(
            "report",
            "--rules",
            pack,
            "--scope",
            "40",
            "--period",
            "2026",
            "--strict",
            "--dataset",
            csv[0],
            "--dataset",
            csv[1],
            "--dataset",
            csv[2],
            "--dataset",
            csv[3]);
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().contains("supervisions                 2.624 cuộc"), report.out());
  }

  @Test
  void refusesToOverwriteAndWritesNothing(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("pack.json"), "mine");
    Run run = run("init", "--scope", "40", "--period", "2026", "-o", dir.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("pack.json exists; nothing was written"), run.err());
    assertEquals("mine", Files.readString(dir.resolve("pack.json")));
    assertTrue(Files.notExists(dir.resolve("activities.csv")));
  }

  @Test
  void needsAScopeAndAPeriod() {
    assertTrue(run("init", "--period", "2026").err().contains("init: give --scope UNIT"));
    assertTrue(run("init", "--scope", "40").err().contains("init: give --period P"));
  }
}

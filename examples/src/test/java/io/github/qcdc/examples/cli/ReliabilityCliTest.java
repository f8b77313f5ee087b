package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.examples.cli.QcdcTest.Run;
import org.junit.jupiter.api.Test;

/** Wrong input gets one located message and the right exit code, never a stack trace. */
class ReliabilityCliTest {
  private static void noStackTrace(Run run) {
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception in thread"), run.err());
  }

  @Test
  void aPeriodAtTheEndOfTimeIsAProblemNotAStackTrace() {
    Run run = run("report", "--data", "as-reported", "--period", "9999");
    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .contains(
                "period: period 9999 ends in year 9999; reports cover years up to 9998 (the engine"
                    + " reads the year after a period)"),
        run.err());
    noStackTrace(run);
  }

  @Test
  void aScopeThatIsNoUnitIsAUsageError() {
    Run run = run("report", "--data", "as-reported", "--scope", "99999");
    assertEquals(2, run.code());
    assertTrue(
        run.err().contains("qcdc: --scope: unit 99999 is not among the units read"), run.err());
    Run ended = run("report", "--data", "as-reported", "--scope", "02", "--period", "2026");
    assertEquals(2, ended.code());
    assertTrue(
        ended
            .err()
            .contains(
                "--scope: unit 02 is not in force on 2026-12-31, the day the report is expressed on"),
        ended.err());
  }

  @Test
  void controlCharactersOfTheInputAreShownEscaped() {
    Run run = run("units", "find", "Nghệ\u001b[2JAn\r");
    assertEquals(1, run.code());
    assertEquals("no unit named 'Nghệ\\u001b[2JAn\\u000d'\n", run.out());
  }

  @Test
  void validatePlacesWhatIsWrongWithADocumentThatIsNone(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path empty = dir.resolve("empty.json");
    java.nio.file.Files.writeString(empty, "\n");
    Run run = run("validate", empty.toString());
    assertEquals(1, run.code());
    assertTrue(
        run.out().contains("empty.json:1:1: empty file; expected a JSON object with a \"format\""),
        run.out());
    java.nio.file.Path array = dir.resolve("array.json");
    java.nio.file.Files.writeString(array, "[1]");
    assertTrue(
        run("validate", array.toString())
            .out()
            .contains("array.json:1:1: expected a JSON object with \"format\""));
    java.nio.file.Path noFormat = dir.resolve("no-format.json");
    java.nio.file.Files.writeString(noFormat, "{\"id\":1}");
    assertTrue(
        run("validate", noFormat.toString())
            .out()
            .contains("no-format.json:1:8 /format: required field is missing"));
  }
}

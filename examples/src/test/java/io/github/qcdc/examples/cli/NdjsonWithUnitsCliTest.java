package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NDJSON activities are read over the units of the CSV files given with them. */
class NdjsonWithUnitsCliTest {
  @Test
  void activitiesInNdjsonCountOnTheUnitsOfAUnitsCsv(@TempDir Path dir) throws IOException {
    Path activities = dir.resolve("activities.ndjson");
    Files.writeString(
        activities,
        "{\"id\":\"d1\",\"type\":\"dialogue\",\"unit\":\"16708\",\"date\":\"2020-04-15\"}\n"
            + "{\"id\":\"d2\",\"type\":\"dialogue\",\"unit\":\"16708\",\"date\":\"2020-10-15\"}\n");
    QcdcTest.Run run =
        run(
            "report",
            "--dataset",
            "../docs/examples/csv/units.csv",
            "--own-units",
            "--dataset",
            activities.toString(),
            "--rules",
            "vn",
            "--scope",
            "16708",
            "--period",
            "2020",
            "--format",
            "json");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\"format\":\"qcdc.report/1\""), run.out());
  }
}

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
    QcdcTest.Run run = report(activities);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\"format\":\"qcdc.report/1\""), run.out());
  }

  /** A report of the 2020 national pack on the units CSV and {@code datasets}, as JSON. */
  private static QcdcTest.Run report(Path... datasets) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "report", "--dataset", "../docs/examples/csv/units.csv", "--own-units"));
    for (Path dataset : datasets) {
      args.add("--dataset");
      args.add(dataset.toString());
    }
    args.addAll(
        java.util.List.of(
            "--rules", "vn", "--scope", "16708", "--period", "2020", "--format", "json"));
    return run(args.toArray(String[]::new));
  }

  @Test
  void activitiesInNdjsonNameTheOrganisationsOfAnOrganisationsCsv(@TempDir Path dir)
      throws IOException {
    Path organizations = dir.resolve("organizations.csv");
    Files.writeString(organizations, "id,name,kind,unit\nmt1,Mặt trận xã,fatherland-front,16708\n");
    Path activities = dir.resolve("activities.ndjson");
    Files.writeString(
        activities,
        "{\"id\":\"d1\",\"type\":\"dialogue\",\"unit\":\"16708\",\"date\":\"2020-04-15\","
            + "\"organiser\":\"mt1\"}\n"
            + "{\"id\":\"d2\",\"type\":\"dialogue\",\"unit\":\"16708\",\"date\":\"2020-10-15\","
            + "\"organiser\":\"mt9\"}\n");
    QcdcTest.Run run = report(organizations, activities);
    assertEquals(1, run.code(), run.err());
    assertTrue(
        run.err().contains("activities.ndjson:2 organiser: activity d2: unknown organization mt9"),
        run.err());
    Files.writeString(activities, Files.readString(activities).replace("mt9", "mt1"));
    QcdcTest.Run fixed = report(organizations, activities);
    assertEquals(0, fixed.code(), fixed.err());
  }
}

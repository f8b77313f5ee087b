package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format html [-o FILE] [--audit FILE]}. */
class HtmlReportCliTest {
  @Test
  void theBundledReportIsAPageWithTheSeedAuditWrittenWholeToTheFileGiven(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("nghe-an.html");
    QcdcTest.Run run =
        run("report", "--data", "simulated", "--format", "html", "-o", file.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out(), "the page goes to the file only");
    String page = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), page);
    assertTrue(page.contains("<span class=\"written\">2.849 cuộc</span>"), page);
    assertTrue(page.contains("nghe-an-kl120-report-2021.txt"), "the seed report is audited");
    assertTrue(page.contains("281/411 = 68,37%"), page);
    assertEquals(run("report", "--data", "simulated", "--format", "html").out(), page);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no partial file left");
    }
  }

  @Test
  void aTextGivenWithAuditIsCheckedAgainstTheFiguresOnThePage(@TempDir Path dir)
      throws IOException {
    Path text = dir.resolve("bao-cao.txt");
    Files.writeString(
        text,
        "Báo cáo\nĐã tổ chức 6.773 cuộc giám sát [supervisions].\nCó 3/4 xã về đích nông thôn mới, đạt 80%.\n",
        StandardCharsets.UTF_8);
    List<String> args =
        new ArrayList<>(ReportedValuesCliTest.argsOn("report", "40", "--format", "html"));
    args.addAll(List.of("--audit", text.toString(), "--lang", "en"));
    QcdcTest.Run run = run(args.toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("<span class=\"source\">bao-cao.txt</span>"), run.out());
    assertTrue(run.out().contains("<a href=\"#figure-supervisions\" class=\"id\">"), run.out());
    assertTrue(run.out().contains("3/4 = 75%"), "the text's own check: " + run.out());
  }

  @Test
  void aPageOfBothBundledDatasetsIsRefusedNamingTheChoice() {
    QcdcTest.Run run = run("report", "--format", "html");
    assertEquals(2, run.code());
    assertTrue(
        run.err()
            .contains("--format html writes one report: choose --data as-reported or simulated"),
        run.err());
  }

  @Test
  void auditIsAnOptionOfTheHtmlPageOnly(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("t.txt"), "12 cuộc");
    QcdcTest.Run run = run("report", "--data", "simulated", "--audit", text.toString());
    assertEquals(2, run.code());
    assertTrue(
        run.err()
            .contains(
                "--audit: a report text is audited on the HTML page: give --format html (or use"
                    + " the audit command)"),
        run.err());
    QcdcTest.Run missing =
        run("report", "--data", "simulated", "--format", "html", "--audit", "no-such.txt");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file: no-such.txt"), missing.err());
  }

  @Test
  void anOutputInADirectoryThatDoesNotExistIsRefusedBeforeAnyWork(@TempDir Path dir) {
    String file = dir.resolve("missing").resolve("r.html").toString();
    QcdcTest.Run run = run("report", "--data", "simulated", "--format", "html", "-o", file);
    assertEquals(2, run.code());
    assertTrue(run.err().contains("-o: no such directory for " + file), run.err());
    assertFalse(run.err().contains("evaluating"), "refused before any work: " + run.err());
    QcdcTest.Run directory = run("report", "--data", "simulated", "-o", dir.toString());
    assertEquals(2, directory.code());
    assertTrue(
        directory.err().contains("-o: " + dir + " is a directory; give a file name"),
        directory.err());
  }

  @Test
  void everyFormatCanBeWrittenToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.csv");
    QcdcTest.Run run =
        run("report", "--data", "as-reported", "--format", "csv", "-o", file.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(
        run("report", "--data", "as-reported", "--format", "csv").out(),
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void explainTakesNeitherOutputNorAudit() {
    QcdcTest.Run run = run("explain", "na-front-supervisions", "-o", "x.html");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("explain: -o and --audit are options of report"), run.err());
  }
}

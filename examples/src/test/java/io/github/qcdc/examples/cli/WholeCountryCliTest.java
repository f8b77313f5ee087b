package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code report --scope all} evaluates every unit of the dataset, in as many parts as asked. */
class WholeCountryCliTest {
  private static QcdcTest.Run report(String scope, String... more) {
    List<String> args = new ArrayList<>(List.of("--format", "json"));
    args.addAll(List.of(more));
    return run(
        ReportedValuesCliTest.argsOn("report", scope, args.toArray(String[]::new))
            .toArray(String[]::new));
  }

  @Test
  void everyUnitGivesTheSameFiguresAsTheOneProvinceTheDataHolds() {
    QcdcTest.Run province = report("40");
    QcdcTest.Run all = report("all");
    QcdcTest.Run parts = report("all", "--parts", "3");
    QcdcTest.Run oneByItsOlderName = report("all", "--parallelism", "1");
    assertEquals(0, all.code(), all.err());
    assertTrue(province.out().contains("\"scope\":\"40\""), province.out());
    assertTrue(!all.out().contains("\"scope\":"), all.out()); // no scope: every unit
    assertTrue(all.out().contains("cả nước"), all.out());
    // the data holds one province: its figures are the country's
    assertEquals(values(province.out()), values(all.out()));
    assertTrue(values(all.out()).size() >= 3, all.out());
    assertEquals(all.out(), parts.out()); // the default is a part a processor: the same report
    assertEquals(all.out(), oneByItsOlderName.out());
  }

  @Test
  void aWrongNumberOfPartsIsAUsageError() {
    QcdcTest.Run zero = report("all", "--parallelism", "0");
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--parallelism: expected 1 to 256 parts, got 0"), zero.err());
    QcdcTest.Run many = report("all", "--parts", "257");
    assertEquals(2, many.code());
    assertTrue(many.err().contains("--parts: expected 1 to 256 parts, got 257"), many.err());
    QcdcTest.Run both = report("all", "--parts", "2", "--parallelism", "2");
    assertEquals(2, both.code());
    assertTrue(
        both.err().contains("--parts and --parallelism are one option: give one"), both.err());
  }

  @Test
  void aNationalReportCanLeaveOutTheEvidenceAndKeepEveryFigureAndVerdict() {
    QcdcTest.Run full = run("report", "--data", "simulated", "--format", "json");
    QcdcTest.Run summary =
        run("report", "--data", "simulated", "--format", "json", "--evidence", "summary");
    QcdcTest.Run none =
        run("report", "--data", "simulated", "--format", "json", "--evidence", "none");
    assertEquals(0, none.code(), none.err());
    assertEquals(values(full.out()), values(none.out()));
    assertEquals(verdicts(full.out()), verdicts(none.out()));
    assertTrue(verdicts(full.out()).size() >= 460, "the dialogue verdicts of 460 communes");
    assertTrue(none.out().contains("\"evidence\":[]"), none.out());
    assertTrue(!none.out().contains("\"window\""), "no check at all");
    assertTrue(full.out().contains("\"records\":[\"sim-"), "full evidence lists record ids");
    assertTrue(!summary.out().contains("\"records\":[\""), "a summary lists no record id");
    assertEquals(full.out().replaceAll("\"records\":\\[[^]]*\\]", "\"records\":[]"), summary.out());
    assertTrue(none.out().length() * 5 < full.out().length(), "a fifth of the size or less");
  }

  @Test
  void evidenceTakesOneOfThreeDetailsAndIsNoOptionOfExplain() {
    QcdcTest.Run wrong = run("report", "--data", "simulated", "--evidence", "some");
    assertEquals(2, wrong.code());
    assertTrue(
        wrong.err().contains("--evidence: expected one of none, summary, full, got 'some'"),
        wrong.err());
    QcdcTest.Run explain = run("explain", "na-dialogues", "--evidence", "none");
    assertEquals(2, explain.code());
    assertTrue(
        explain.err().contains("explain shows the evidence: --evidence is an option of report"),
        explain.err());
  }

  /** Each verdict's subject and verdict, in order. */
  private static List<String> verdicts(String json) {
    List<String> verdicts = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\"subject\":\"[^\"]*\",\"name\":\"[^\"]*\",\"verdict\":\"[^\"]*\"")
            .matcher(json);
    while (m.find()) {
      verdicts.add(m.group());
    }
    return verdicts;
  }

  /** The values of a report document's figures and cells, in order. */
  private static List<String> values(String json) {
    List<String> values = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"value\":(\\{[^}]*\\}|[^,}]*)").matcher(json);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }
}

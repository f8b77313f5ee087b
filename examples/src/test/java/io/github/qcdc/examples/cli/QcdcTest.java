package io.github.qcdc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QcdcTest {
  private static final String GSO = "../io/src/main/resources/io/github/qcdc/io/gso/gso-units.csv";

  /** A run's exit code and what it printed. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Qcdc.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void withNoCommandPrintsTheCountsAndTheAuditAndSucceeds() {
    Run run = run();
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("460 commune-level units (411 xã, 32 phường, 17 thị trấn)"));
    assertTrue(run.out().contains("281/411 = 68,37%, not 68,13%; 68,13% is 280/411"), run.out());
  }

  @Test
  void theAuditOfTheSeedReportFindsTheWrongPercentage() {
    Run run = run("audit");
    assertEquals(1, run.code());
    assertTrue(run.out().contains("MISMATCH L35:281/411 xã về đích nông thôn mới, đạt 68,13%"));
    assertTrue(run.out().contains("2.849 = 15 + 226 + 2.608"));
    assertTrue(
        run.out()
            .endsWith("38 figures found; 4 can be checked from the text alone: 3 hold, 1 do not\n"),
        run.out());
  }

  @Test
  void aTextWhoseFiguresHoldPasses(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("draft.txt");
    Files.writeString(
        text,
        "Đã tổ chức 2.849 cuộc giám sát, trong đó: cấp tỉnh 15, cấp huyện 226, cấp xã 2.608.\n");
    Run run = run("audit", "--text", text.toString());
    assertEquals(0, run.code(), run.out());
    assertTrue(run.out().contains("  MATCH    L1:2.849 cuộc giám sát, trong đó:"), run.out());
    assertTrue(run.out().contains("2.849 = 15 + 226 + 2.608"), run.out());
  }

  @Test
  void validateListsEveryProblemAndFailsOnABadDocument(@TempDir Path dir) throws IOException {
    Path good = Path.of("../docs/examples/rulepack.json");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"qcdc.rulepack/1\", \"colour\": 1}");
    Run run = run("validate", good.toString(), bad.toString());
    assertEquals(1, run.code());
    assertEquals(
        good
            + ": valid, qcdc.rulepack/1, 3 indicators, 1 rules\n"
            + bad
            + ": 1 problems\n"
            + "  bad.json:1:31 /colour: unknown field; expected format, id, version, calendar,"
            + " parameters, indicators, rules or examples\n",
        run.out());
  }

  @Test
  void aStrictGsoImportFailsOnTheOrphansAndALenientOneWritesTheRest(@TempDir Path dir)
      throws IOException {
    Run strict = run("import-gso", GSO, "-o", dir.resolve("strict.json").toString());
    assertEquals(1, strict.code());
    assertEquals(49, strict.err().lines().count(), "progress, the message and the 47 rows");
    assertEquals(
        List.of(
            "qcdc: reading " + GSO + "...", "qcdc: invalid GSO list gso-units.csv: 47 problems"),
        strict.err().lines().limit(2).toList());
    assertTrue(Files.notExists(dir.resolve("strict.json")), "nothing written");
    Path out = dir.resolve("gso.json");
    Run lenient = run("import-gso", GSO, "--lenient", "-o", out.toString());
    assertEquals(0, lenient.code(), lenient.err());
    assertTrue(
        lenient.err().contains("...\n11380 rows read, 11333 units, 47 rows not placed\n"),
        lenient.err());
    assertEquals(0, run("validate", out.toString()).code());
  }

  @Test
  void aWrongCommandLineExitsTwoWithOneMessage() {
    Run unknown = run("reprot");
    assertEquals(2, unknown.code());
    assertEquals("qcdc: unknown command 'reprot'\nRun 'qcdc --help' for usage.\n", unknown.err());
    Run missing = run("audit", "--text");
    assertEquals(2, missing.code());
    assertEquals("qcdc: --text needs a value\nRun 'qcdc --help' for usage.\n", missing.err());
    Run noFile = run("validate", "nowhere.json");
    assertEquals(2, noFile.code());
    assertEquals("qcdc: no such file: nowhere.json\nRun 'qcdc --help' for usage.\n", noFile.err());
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().startsWith("usage: qcdc [COMMAND] [OPTIONS] [--debug]\n"));
  }

  @Test
  void rulesListsAPacksRulesAndIndicatorsInBothLanguages() {
    Run run = run("rules", "--rules", "../docs/examples/rulepack.json", "--format", "markdown");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "# Bộ quy tắc / rule pack nghe-an-example 2026.1 (decree-09-2019 calendar)\n\n"
                    + "Generated by `qcdc rules --format markdown`; do not edit."),
        run.out());
    assertTrue(run.out().contains("\ntham số / parameters: {minDialoguesPerYear=2}\n"), run.out());
    assertTrue(
        run.out()
            .contains(
                "- **commune-dialogues v1**: Chủ tịch UBND cấp xã đối thoại với Nhân dân ít nhất 2"
                    + " lần mỗi năm / Commune chairmen hold at least 2 dialogues a year\n"
                    + "  căn cứ / legal basis: Luật 10/2022/QH15, Điều 19\n"),
        run.out());
    assertTrue(
        run.out().contains("  tỷ lệ tuân thủ quy tắc commune-dialogues / compliance rate of rule"));
    Run bundled = run("rules");
    assertEquals(0, bundled.code(), bundled.err());
    assertTrue(bundled.out().contains("- VN-R24 v1: Chỉ tiêu đối thoại của tỉnh"), bundled.out());
    Run wrong = run("rules", "--rules", "../docs/examples/rulepack.json", "--format", "pdf");
    assertEquals(2, wrong.code());
    assertEquals(
        "qcdc: rules: --format must be text or markdown, not 'pdf'\nRun 'qcdc --help' for usage.\n",
        wrong.err());
  }

  @Test
  void versionPrintsTheOneVersionOfTheBuild() {
    Run run = run("--version");
    assertEquals(0, run.code(), run.err());
    assertEquals("qcdc " + io.github.qcdc.QcdcVersion.current() + "\n", run.out());
    Run extra = run("--version", "now");
    assertEquals(2, extra.code());
    assertTrue(extra.err().contains("--version takes no argument: [now]"), extra.err());
  }

  @Test
  void everyCommandHasItsHelp() {
    Run audit = run("audit", "--help");
    assertEquals(0, audit.code());
    assertEquals(
        """
        usage: qcdc audit [--text FILE | --claims FILE] [--format text|json]
            [--dataset FILE... --rules PACK --scope UNIT --period P]
            check the figures of a report's text, or of a
            claims document, against themselves and, with
            the data, against the computed figures (a claim
            names one with [id], or by its title, or by
            value and noun); lists every claim with its
            line; json: qcdc.claims/1; default: the bundled
            seed text
        """,
        audit.out());
    for (String command : new String[] {"validate", "import-gso", "rules", "report", "explain"}) {
      Run help = run(command, "-h");
      assertEquals(0, help.code());
      assertTrue(help.out().startsWith("usage: qcdc " + command + " "), help.out());
    }
  }

  @Test
  void reportReproducesTheSeedFiguresOnBothDatasetsWithProgressOnStandardError() {
    Run run = run("report");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .contains(
                "      as-reported  MISMATCH     281/411 xã, đạt 68,37%  (computed 281/411 ="
                    + " 68,37%, stated 68,13%)"),
        run.out());
    assertTrue(
        run.out()
            .contains("(computed 2.849, stated 2.849; cấp tỉnh 15, cấp huyện 226, cấp xã 2.608)"),
        run.out());
    assertTrue(run.out().contains("simulated: 38 figures, {MATCH=31, MISMATCH=1, UNVERIFIABLE=6}"));
    assertTrue(run.err().contains("qcdc: simulating the records behind the report (seed 2021)..."));
  }

  @Test
  void reportWritesOneReportAsJsonOrCsv() throws IOException {
    Run json = run("report", "--data", "as-reported", "--format", "json");
    assertEquals(0, json.code(), json.err());
    var report =
        io.github.qcdc.io.json.ReportJson.read(
            new java.io.ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), "out");
    assertEquals("nghe-an-kl120", report.packId());
    Run csv = run("report", "--data", "simulated", "--format", "csv", "--lang", "en");
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().startsWith("indicator,cell,value,text\n"), csv.out());
    assertTrue(csv.out().contains("na-front-supervisions,district,226,226 events\n"), csv.out());
  }

  @Test
  void reportRefusesMalformedOptionsWithUsageErrors() {
    Run period = run("report", "--period", "2020Q5");
    assertEquals(2, period.code());
    assertTrue(period.err().startsWith("qcdc: --period: "), period.err());
    Run format = run("report", "--format", "xml");
    assertEquals(2, format.code());
    assertTrue(
        format
            .err()
            .startsWith("qcdc: --format: expected one of text, json, csv, html, xlsx, got 'xml'"),
        format.err());
    Run two = run("report", "--format", "json");
    assertEquals(2, two.code());
    assertTrue(
        two.err()
            .startsWith(
                "qcdc: --format json writes one report: choose --data as-reported or simulated"),
        two.err());
  }

  @Test
  void explainListsTheRecordsBehindAFigureWithTheirSources() {
    Run run = run("explain", "na-front-supervisions", "--data", "as-reported");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("records that counted: 3 (page 1 of 1"), run.out());
    assertTrue(
        run.out()
            .contains(
                "front-supervisions-district  226 {level=district} "
                    + " nghe-an-kl120-report-2021.txt:27: \"2.849 cuộc giám sát\""),
        run.out());
  }

  @Test
  void explainShowsARulesVerdictsWithEvidence() {
    Run run = run("explain", "na-dialogues", "--data", "simulated", "--page", "2");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("subjects 21-40 of 460"), run.out());
    Run unknown = run("explain", "na-nothing");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown
            .err()
            .startsWith("qcdc: explain: pack nghe-an-kl120 has no indicator or rule na-nothing"),
        unknown.err());
  }

  @Test
  void validateReadsCsvFilesTogetherAsOneDataset(@TempDir Path dir) throws IOException {
    String[] names = {"units", "organizations", "activities", "data-values", "facts"};
    String[] args = new String[names.length + 2];
    args[0] = "validate";
    args[1] = "--own-units";
    for (int i = 0; i < names.length; i++) {
      args[i + 2] = "../docs/examples/csv/" + names[i] + ".csv";
    }
    Run good = run(args);
    assertEquals(0, good.code(), good.out());
    assertTrue(good.out().contains(": valid, CSV dataset, "), good.out());
    Path bad = dir.resolve("activities.csv");
    Files.writeString(bad, "id,type,unit,date\nd1,dialogue,16708,31/02/2020\n");
    Run run = run("validate", bad.toString());
    assertEquals(1, run.code(), run.out());
    assertTrue(
        run.out()
            .contains(
                "activities.csv:2 date: expected a date yyyy-MM-dd or dd/MM/yyyy: '31/02/2020'"),
        run.out());
    Path again = dir.resolve("more-activities.csv");
    Files.writeString(again, "id,type,unit,date\nd2,dialogue,16708,2020-03-01\n");
    Run twice = run("validate", bad.toString(), again.toString());
    assertEquals(2, twice.code());
    assertTrue(
        twice.err().contains("are both activities files; give one of each kind"), twice.err());
    Path unknown = dir.resolve("other.csv");
    Files.writeString(unknown, "colour,size\nred,2\n");
    Run other = run("validate", unknown.toString());
    assertEquals(1, other.code()); // an invalid file, not a wrong command line
    assertTrue(
        other.out().contains("other.csv:1: header 'colour,size' matches no CSV template (units,"),
        other.out());
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    Run nothing = run("validate", empty.toString());
    assertEquals(1, nothing.code());
    assertTrue(
        nothing.out().contains("empty.csv:1: empty file; expected a header row naming the columns"),
        nothing.out());
  }

  @Test
  void reportEvaluatesTheNationalPackWithNgheAnsProfileSayingWhichRegimeApplied() {
    Run run = run("report", "--rules", "vn+nghe-an", "--data", "simulated");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .contains(
                "Rule VN-R24 (Chỉ tiêu đối thoại của tỉnh) on simulated, parameters"
                    + " {provincialDialoguesPerYear=2}\n  Văn bản của tỉnh [U]; applied"
                    + " 2016-01-01/2020-12-31\n"),
        run.out());
    assertTrue(run.out().contains("NĐ 159/2016/NĐ-CP; applied 2017-02-01/2020-12-31\n"), run.out());
    assertTrue(
        run.out().contains("Luật 10/2022/QH15, Điều 36; applied on no day of the period\n"),
        run.out());
  }

  @Test
  void reportReadsCsvFilesTogetherAndRefusesDatasetsOfOtherUnits() {
    String[] names = {"units", "organizations", "activities", "data-values", "facts"};
    java.util.List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "report",
                "--rules",
                "vn",
                "--scope",
                "40",
                "--period",
                "2020",
                "--format",
                "csv",
                "--own-units"));
    for (String name : names) {
      args.add("--dataset");
      args.add("../docs/examples/csv/" + name + ".csv");
    }
    Run run = run(args.toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("indicator,cell,value,text\n"), run.out());
    assertTrue(run.err().contains("qcdc: reading 5 CSV files as one dataset..."), run.err());
    args.add("--dataset");
    args.add("../docs/examples/dataset.json");
    Run mixed = run(args.toArray(String[]::new));
    assertEquals(2, mixed.code(), mixed.out());
    assertTrue(
        mixed
            .err()
            .contains(
                "qcdc: the units of ../docs/examples/dataset.json are not those of the CSV files;"
                    + " datasets read together must share their units"),
        mixed.err());
  }
}

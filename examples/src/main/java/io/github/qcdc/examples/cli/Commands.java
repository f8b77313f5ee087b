package io.github.qcdc.examples.cli;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ClaimMatch;
import io.github.qcdc.audit.Confidence;
import io.github.qcdc.audit.ReportText;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.examples.nghean.SeedReport;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.io.gso.GsoImportResult;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.io.json.ActivityNdjson;
import io.github.qcdc.io.json.ClaimsJson;
import io.github.qcdc.io.json.DatasetJson;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.io.json.ReportJson;
import io.github.qcdc.io.json.RulePackJson;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.text.NumberStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The commands of {@link Qcdc}. */
final class Commands {
  private Commands() {}

  /** The file named {@code name}; a usage error if there is none. */
  static Path existing(String name) {
    Path path = Path.of(name);
    if (!Files.isRegularFile(path)) {
      throw new UsageException("no such file: " + name);
    }
    return path;
  }

  /** {@code audit [--text FILE | --claims FILE]}: 1 if a claim does not hold. */
  /** {@code audit} of the bundled seed text, as the main job prints it. */
  static int audit(List<String> args, PrintStream out) throws IOException {
    return audit(
        args,
        out,
        new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
  }

  static int audit(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = new Options("audit", args);
    Optional<String> text = options.value("--text");
    Optional<String> claimsFile = options.value("--claims");
    List<String> files = options.values("--dataset");
    boolean ownUnits = options.flag("--own-units");
    Optional<String> rules = options.value("--rules");
    Optional<String> scopeText = options.value("--scope");
    Optional<ReportingPeriod> period =
        options
            .value("--period")
            .map(p -> ReportCommand.parse("--period", p, ReportingPeriod::parse));
    String format = options.value("--format").orElse("text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format: expected one of text, json, got '" + format + "'");
    }
    options.noneLeft();
    if (text.isPresent() && claimsFile.isPresent()) {
      throw new UsageException("audit: give --text or --claims, not both");
    }
    boolean against = !files.isEmpty() || rules.isPresent();
    if (against
        && (files.isEmpty() || rules.isEmpty() || scopeText.isEmpty() || period.isEmpty())) {
      throw new UsageException(
          "audit: to check the figures against the data give --dataset, --rules, --scope and"
              + " --period together");
    }
    List<ReportedFigure> claims;
    String source;
    String body = "";
    if (claimsFile.isPresent()) {
      Path file = existing(claimsFile.get());
      try (InputStream in = Files.newInputStream(file)) {
        claims = ClaimsJson.read(in, file.getFileName().toString()).claims();
      }
      source = claimsFile.get();
    } else if (text.isPresent()) {
      try {
        body = ReportText.decode(Files.readAllBytes(existing(text.get())), text.get());
      } catch (QcdcException e) {
        // a text the audit cannot read is not a finding: its own exit code
        err.println("qcdc: " + e.getMessage());
        e.problems().forEach(p -> err.println("  " + p));
        return Qcdc.UNREADABLE;
      }
      claims = ClaimExtractor.extract(body);
      source = text.get();
    } else {
      body = SeedReport.text();
      claims = ClaimExtractor.extract(body);
      source = SeedReport.NAME + " (bundled seed report)";
    }
    List<AuditFinding> findings = new ArrayList<>(Audit.consistency(claims));
    List<ClaimMatch> matches = List.of();
    if (against) {
      Dataset dataset = ReportCommand.read(files, ownUnits, err);
      RulePack pack = Packs.named(rules.orElseThrow());
      UnitCode scope =
          Scopes.resolve(scopeText.orElseThrow(), dataset.gazetteer(), period.orElseThrow().end());
      Progress.step(err, "evaluating " + pack.id() + " to check the figures against");
      Report report = Evaluator.of(pack).evaluate(dataset, scope, period.orElseThrow()).report();
      matches = ClaimMatch.all(body, claims, report);
      for (ClaimMatch m : matches) {
        m.finding()
            .ifPresent(
                f ->
                    findings.add(
                        new AuditFinding(
                            f.figure(),
                            f.status(),
                            f.check(),
                            m.figure().orElseThrow()
                                + " ("
                                + m.how().name().toLowerCase(java.util.Locale.ROOT)
                                + "): "
                                + f.computation())));
      }
    }
    long mismatch = count(findings, AuditFinding.Status.MISMATCH);
    if (format.equals("json")) {
      ClaimsJson.write(
          new ClaimsJson.Document(ImmutableList.copyOf(claims), ImmutableList.copyOf(findings)),
          out);
      return mismatch > 0 ? Qcdc.FOUND_PROBLEMS : 0;
    }
    out.printf(java.util.Locale.ROOT, "Kiểm tra số liệu / audit of %s%n", source);
    out.printf(java.util.Locale.ROOT, "Claims / số liệu trích ra (%s):%n", claims.size());
    for (ReportedFigure claim : claims) {
      out.printf(
          java.util.Locale.ROOT,
          "  L%-4s %-8s %s%s%n",
          claim.line(),
          kind(claim.claim()),
          claim.text(),
          claim.confidence() == Confidence.LOW ? "  (low confidence / cần xác nhận)" : "");
    }
    out.println("Findings / kết quả:");
    for (AuditFinding f : findings) {
      // against the data, a claim matched to a figure that cannot be checked exactly says why
      if (f.status() != AuditFinding.Status.UNVERIFIABLE || against) {
        out.printf(
            java.util.Locale.ROOT,
            "  %-8s %s%n           %s%n",
            f.status(),
            f.figure().id(),
            f.computation());
      }
    }
    for (ClaimMatch m : matches) {
      if (m.how() == ClaimMatch.How.UNMATCHED) {
        out.printf(java.util.Locale.ROOT, "  %-8s %s%n", "UNMATCHED", m.claim().id());
      }
    }
    NumberStyle vi = NumberStyle.VIETNAMESE;
    long match = count(findings, AuditFinding.Status.MATCH);
    long toConfirm = count(findings, AuditFinding.Status.TO_CONFIRM);
    out.printf(
        java.util.Locale.ROOT,
        "%s figures found; %s can be checked%s: %s hold, %s do not%s%s%n",
        vi.format(claims.size()),
        vi.format(match + mismatch + toConfirm),
        against ? "" : " from the text alone",
        vi.format(match),
        vi.format(mismatch),
        toConfirm == 0
            ? ""
            : ", "
                + vi.format(toConfirm)
                + " to confirm (read with low confidence: for a person to check)",
        against
            ? "; "
                + vi.format(
                    matches.stream().filter(m -> m.how() == ClaimMatch.How.UNMATCHED).count())
                + " match no figure"
                + unverifiable(findings)
            : "");
    return mismatch > 0 ? Qcdc.FOUND_PROBLEMS : 0;
  }

  private static String kind(Claim claim) {
    if (claim instanceof Claim.Count) {
      return "count";
    } else if (claim instanceof Claim.Ratio) {
      return "ratio";
    } else if (claim instanceof Claim.Percent) {
      return "percent";
    } else if (claim instanceof Claim.Range) {
      return "range";
    } else if (claim instanceof Claim.Listed) {
      return "listed";
    } else if (claim instanceof Claim.Change) {
      return "change";
    } else if (claim instanceof Claim.Rates) {
      return "rates";
    }
    return "parts";
  }

  private static String unverifiable(List<AuditFinding> findings) {
    long n = count(findings, AuditFinding.Status.UNVERIFIABLE);
    return n == 0
        ? ""
        : "; "
            + NumberStyle.VIETNAMESE.format(n)
            + " match a figure that cannot check them exactly";
  }

  private static long count(List<AuditFinding> findings, AuditFinding.Status status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }

  /** {@code validate FILE...}: 1 if a document is invalid. */
  static int validate(List<String> given, PrintStream out, PrintStream err) throws IOException {
    List<String> args = new ArrayList<>(given);
    boolean ownUnits = args.remove("--own-units");
    boolean strict = args.remove("--strict");
    Options options = new Options("validate", args);
    Optional<String> rulesName = options.value("--rules");
    args = options.rest();
    @org.jspecify.annotations.Nullable
    RulePack against = rulesName.isPresent() ? Packs.named(rulesName.get()) : null;
    int[] warnings = {0};
    if (args.isEmpty()) {
      throw new UsageException("validate: give at least one file");
    }
    int code = 0;
    List<Path> csv = new ArrayList<>();
    for (String name : args) {
      Path file = existing(name);
      if (name.endsWith(".csv")) {
        csv.add(file);
        continue;
      }
      Progress.step(err, "checking " + name);
      code =
          Math.max(
              code,
              report(
                  name, () -> check(file, d -> warnings[0] += lint(against, d, name, err)), out));
    }
    if (!csv.isEmpty()) {
      String names = csv.stream().map(Path::toString).collect(Collectors.joining(", "));
      Progress.step(err, "checking " + names + " as one dataset");
      code =
          Math.max(
              code,
              report(
                  names,
                  () -> {
                    Dataset d = CsvFiles.read(csv, ownUnits);
                    warnings[0] += lint(against, d, names, err);
                    return "CSV dataset, "
                        + d.organizations().size()
                        + " organizations, "
                        + d.activities().size()
                        + " activities, "
                        + d.dataValues().size()
                        + " data values, "
                        + d.facts().size()
                        + " facts";
                  },
                  out));
    }
    if (strict && warnings[0] > 0) {
      err.println("qcdc: --strict: " + warnings[0] + (warnings[0] == 1 ? " warning" : " warnings"));
      code = Math.max(code, Qcdc.FOUND_PROBLEMS);
    }
    return code;
  }

  /** Work that checks a document and says what it holds. */
  private interface Check {
    String run() throws IOException;
  }

  private static int report(String name, Check check, PrintStream out) throws IOException {
    try {
      out.println(name + ": valid, " + check.run());
      return 0;
    } catch (QcdcException e) {
      out.println(name + ": " + e.problems().size() + " problems");
      for (Problem p : e.problems()) {
        out.println("  " + p);
      }
      return Qcdc.FOUND_PROBLEMS;
    }
  }

  /**
   * Prints on {@code err} what {@code pack} reads that {@code dataset} never mentions, if a pack is
   * given; returns the number of warnings.
   */
  private static int lint(
      @org.jspecify.annotations.Nullable RulePack pack,
      Dataset dataset,
      String name,
      PrintStream err) {
    if (pack == null) {
      return 0;
    }
    List<String> warnings = Evaluator.of(pack).namesMissingFrom(dataset);
    for (String warning : warnings) {
      err.println("qcdc: warning: " + name + " against " + pack.id() + ": " + warning);
    }
    return warnings.size();
  }

  private static String check(Path file, java.util.function.Consumer<Dataset> lint)
      throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".ndjson")) {
      Dataset d = ActivityNdjson.read(VietnamUnits.gazetteer(), file);
      lint.accept(d);
      return "NDJSON activities over the bundled GSO list, "
          + d.activities().size()
          + " activities";
    }
    Optional<String> format = QcdcJson.formatOf(file);
    if (format.isEmpty()) {
      if (Files.size(file) < (1 << 20)
          && Files.readString(file, StandardCharsets.ISO_8859_1).isBlank()) {
        throw new QcdcException(
            "invalid document " + name,
            List.of(
                Problem.of(
                    name + ":1:1",
                    "empty file; expected a JSON object with a \"format\" field (%s, %s, %s or %s)",
                    DatasetJson.FORMAT,
                    RulePackJson.FORMAT,
                    ReportJson.FORMAT,
                    ClaimsJson.FORMAT)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        DatasetJson.read(in, name); // says where the object or its format is missing
      }
      throw new QcdcException(
          "invalid document " + name,
          List.of(Problem.of(name + ":1:1", "not a JSON object with a \"format\" field")));
    }
    try (InputStream in = Files.newInputStream(file)) {
      switch (format.get()) {
        case DatasetJson.FORMAT -> {
          Dataset d = DatasetJson.read(in, name);
          lint.accept(d);
          return DatasetJson.FORMAT + ", " + d.activities().size() + " activities";
        }
        case RulePackJson.FORMAT -> {
          var pack = RulePackJson.read(in, name);
          return RulePackJson.FORMAT
              + ", "
              + pack.indicators().size()
              + " indicators, "
              + pack.rules().size()
              + " rules";
        }
        case ReportJson.FORMAT -> {
          var report = ReportJson.read(in, name);
          return ReportJson.FORMAT + ", " + report.figures().size() + " figures";
        }
        case ClaimsJson.FORMAT -> {
          var claims = ClaimsJson.read(in, name);
          return ClaimsJson.FORMAT + ", " + claims.claims().size() + " claims";
        }
        default ->
            throw new QcdcException(
                "invalid document " + name,
                List.of(
                    Problem.of(
                        name + " /format",
                        "unknown format %s; qcdc reads %s, %s, %s and %s",
                        format.get(),
                        DatasetJson.FORMAT,
                        RulePackJson.FORMAT,
                        ReportJson.FORMAT,
                        ClaimsJson.FORMAT)));
      }
    }
  }

  /** {@code import-gso FILE [-o OUT] [--lenient]}: 1 if a strict import cannot place a row. */
  static int importGso(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = new Options("import-gso", args);
    Optional<String> output = options.value("-o");
    boolean lenient = options.flag("--lenient");
    List<String> rest = options.rest();
    if (rest.size() != 1) {
      throw new UsageException("import-gso: give exactly one GSO list file");
    }
    Path file = existing(rest.get(0));
    Progress.step(err, "reading " + rest.get(0));
    GsoImportResult result = (lenient ? GsoImport.lenient() : GsoImport.strict()).read(file);
    Dataset dataset = Dataset.builder(result.gazetteer()).build();
    if (output.isPresent()) {
      QcdcJson.writeDataset(dataset, Path.of(output.get()));
    } else {
      DatasetJson.write(dataset, (OutputStream) out);
      out.flush();
    }
    err.printf(
        java.util.Locale.ROOT,
        "%s rows read, %s units, %s rows not placed%n",
        result.rowsRead(),
        result.gazetteer().size(),
        result.unplaced().size());
    result.unplaced().forEach(p -> err.println("  " + p));
    return 0;
  }
}

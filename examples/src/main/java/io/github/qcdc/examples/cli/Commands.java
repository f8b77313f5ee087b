package io.github.qcdc.examples.cli;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.examples.nghean.SeedReport;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.io.gso.GsoImportResult;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.io.json.ActivityNdjson;
import io.github.qcdc.io.json.ClaimsJson;
import io.github.qcdc.io.json.DatasetJson;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.io.json.ReportJson;
import io.github.qcdc.io.json.RulePackJson;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.text.NumberStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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
  static int audit(List<String> args, PrintStream out) throws IOException {
    Options options = new Options("audit", args);
    Optional<String> text = options.value("--text");
    Optional<String> claimsFile = options.value("--claims");
    options.noneLeft();
    if (text.isPresent() && claimsFile.isPresent()) {
      throw new UsageException("audit: give --text or --claims, not both");
    }
    List<ReportedFigure> claims;
    String source;
    if (claimsFile.isPresent()) {
      Path file = existing(claimsFile.get());
      try (InputStream in = Files.newInputStream(file)) {
        claims = ClaimsJson.read(in, file.getFileName().toString()).claims();
      }
      source = claimsFile.get();
    } else if (text.isPresent()) {
      claims = ClaimExtractor.extract(Files.readString(existing(text.get())));
      source = text.get();
    } else {
      claims = ClaimExtractor.extract(SeedReport.text());
      source = SeedReport.NAME + " (bundled seed report)";
    }
    List<AuditFinding> findings = Audit.consistency(claims);
    out.printf("Kiểm tra số liệu / audit of %s%n", source);
    for (AuditFinding f : findings) {
      if (f.status() != AuditFinding.Status.UNVERIFIABLE) {
        out.printf("  %-8s %s%n           %s%n", f.status(), f.figure().id(), f.computation());
      }
    }
    NumberStyle vi = NumberStyle.VIETNAMESE;
    long match = count(findings, AuditFinding.Status.MATCH);
    long mismatch = count(findings, AuditFinding.Status.MISMATCH);
    out.printf(
        "%s figures found; %s can be checked from the text alone: %s hold, %s do not%n",
        vi.format(claims.size()),
        vi.format(match + mismatch),
        vi.format(match),
        vi.format(mismatch));
    return count(findings, AuditFinding.Status.MISMATCH) > 0 ? Qcdc.FOUND_PROBLEMS : 0;
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
      err.println("qcdc: warning: " + name + " against " + pack.id() + ": " + Text.safe(warning));
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
      throw new QcdcException(
          "invalid document " + name,
          List.of(Problem.of(name, "not a JSON object with a \"format\" field")));
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
        "%s rows read, %s units, %s rows not placed%n",
        result.rowsRead(), result.gazetteer().size(), result.unplaced().size());
    result.unplaced().forEach(p -> err.println("  " + p));
    return 0;
  }
}

package io.github.qcdc.examples.cli;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluation;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.engine.EvidenceDetail;
import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.examples.nghean.NgheAnData;
import io.github.qcdc.examples.nghean.NgheAnPack;
import io.github.qcdc.examples.nghean.NgheAnToday;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.io.json.ActivityNdjson;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code report} and {@code explain}: a pack evaluated over datasets, scope and period. With no
 * option, the Nghệ An pack over both bundled datasets for 2016/2020, each seed figure beside the
 * computed ones.
 */
final class ReportCommand {
  /** The seed of the bundled simulation. */
  static final long SEED = 2021;

  private ReportCommand() {}

  /** What the options of {@code report} and {@code explain} ask for. */
  record Request(
      RulePack pack,
      boolean bundledPack,
      Map<String, Dataset> datasets,
      boolean strict,
      Optional<UnitCode> scope,
      ReportingPeriod period,
      EvaluationOptions options,
      String format,
      Language language,
      Optional<Path> output,
      Optional<Path> auditText) {

    /** Whether the seed report's figures apply: the bundled pack over Nghệ An for 2016/2020. */
    boolean seedApplies() {
      return bundledPack
          && scope.equals(Optional.of(UnitCode.of("40")))
          && period.equals(NgheAnPack.PERIOD);
    }

    /** The evaluation over the scope, or over every unit of the dataset for {@code --scope all}. */
    Evaluation evaluate(Dataset dataset) {
      Evaluator evaluator = Evaluator.of(pack);
      return scope.isPresent()
          ? evaluator.evaluate(dataset, scope.get(), period, options)
          : evaluator.evaluateAll(dataset, period, options);
    }
  }

  /** The {@code --scope} of every unit of the dataset: the whole country with the bundled units. */
  static final String ALL = "all";

  /** {@code report [OPTIONS]}. */
  static int report(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = new Options("report", args);
    Request request = request(options, Optional.empty(), err);
    Map<String, Evaluation> evaluations = new LinkedHashMap<>();
    int warnings = 0;
    for (Map.Entry<String, Dataset> d : request.datasets().entrySet()) {
      Progress.step(err, "evaluating " + request.pack().id() + " on " + d.getKey());
      Evaluation evaluation = request.evaluate(d.getValue());
      for (String warning : evaluation.report().diagnostics().warnings()) {
        err.println("qcdc: warning: " + d.getKey() + ": " + warning);
        warnings++;
      }
      evaluations.put(d.getKey(), evaluation);
    }
    if (request.output().isPresent()) {
      ReportOutput.writeTo(request, evaluations, request.output().get());
    } else {
      ReportOutput.write(request, evaluations, out);
    }
    if (request.strict() && warnings > 0) {
      err.println("qcdc: --strict: " + warnings + (warnings == 1 ? " warning" : " warnings"));
      return Qcdc.FOUND_PROBLEMS;
    }
    return 0;
  }

  /** {@code explain ID [OPTIONS] [--page N]}. */
  static int explain(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options = new Options("explain", args);
    List<String> all = options.rest();
    if (all.isEmpty() || all.get(0).startsWith("--")) {
      throw new UsageException("explain: give the figure or rule id first");
    }
    String id = all.get(0);
    options.take(id);
    int page = options.value("--page").map(p -> whole("--page", p)).orElse(1);
    if (page < 1) {
      throw new UsageException("--page: pages are numbered from 1, got " + page);
    }
    Request request = request(options, Optional.of(id), err);
    for (Map.Entry<String, Dataset> d : request.datasets().entrySet()) {
      Progress.step(err, "evaluating " + request.pack().id() + " on " + d.getKey());
      Explain.print(
          id, d.getKey(), d.getValue(), request.evaluate(d.getValue()), page, request, out);
    }
    return 0;
  }

  private static void known(RulePack pack, String id) {
    if (pack.indicators().stream().noneMatch(i -> i.id().equals(id)) && pack.rule(id).isEmpty()) {
      throw new UsageException("explain: pack " + pack.id() + " has no indicator or rule " + id);
    }
  }

  /** The request of {@code options}, all checked before any work; {@code figure} for explain. */
  private static Request request(Options options, Optional<String> figure, PrintStream err)
      throws IOException {
    List<String> files = options.values("--dataset");
    boolean ownUnits = options.flag("--own-units");
    boolean strict = options.flag("--strict");
    Optional<String> data = options.value("--data");
    long seed = options.value("--seed").map(s -> (long) whole("--seed", s)).orElse(SEED);
    Optional<String> rules = options.value("--rules");
    Optional<String> scopeGiven = options.value("--scope");
    String scopeText = scopeGiven.orElse("40");
    boolean everyUnit = scopeText.equals(ALL);
    if (!everyUnit && Scopes.isCode(scopeText)) {
      parse("--scope", scopeText, UnitCode::of); // a malformed code fails before any work
    }
    Optional<ReportingPeriod> periodGiven =
        options.value("--period").map(p -> parse("--period", p, ReportingPeriod::parse));
    if (!files.isEmpty()) {
      List<String> missing = new ArrayList<>();
      if (rules.isEmpty()) {
        missing.add("--rules PACK");
      }
      if (scopeGiven.isEmpty()) {
        missing.add("--scope UNIT (a code or a name)");
      }
      if (periodGiven.isEmpty()) {
        missing.add("--period P");
      }
      if (!missing.isEmpty()) {
        throw new UsageException(
            "--dataset: give "
                + String.join(", ", missing)
                + "; the bundled Nghệ An pack, scope and period apply only to the bundled data");
      }
    }
    EvaluationOptions evaluation = EvaluationOptions.defaults().withParallelism(parts(options));
    Optional<String> evidence = options.value("--evidence");
    if (evidence.isPresent()) {
      if (figure.isPresent()) {
        throw new UsageException("explain shows the evidence: --evidence is an option of report");
      }
      String detail = oneOf("--evidence", evidence.get(), "none", "summary", "full");
      evaluation = evaluation.withEvidence(EvidenceDetail.valueOf(detail.toUpperCase(Locale.ROOT)));
    }
    Optional<String> asOf = options.value("--as-of");
    if (asOf.isPresent()) {
      evaluation = evaluation.asOf(parse("--as-of", asOf.get(), LocalDate::parse));
    }
    String format =
        oneOf(
            "--format",
            options.value("--format").orElse("text"),
            "text",
            "json",
            "csv",
            "html",
            "xlsx");
    Optional<Path> output = options.value("-o").map(ReportCommand::writable);
    Optional<Path> auditText = options.value("--audit").map(Commands::existing);
    if (figure.isPresent() && (output.isPresent() || auditText.isPresent())) {
      throw new UsageException("explain: -o and --audit are options of report");
    }
    if (format.equals("xlsx") && output.isEmpty()) {
      throw new UsageException("--format xlsx writes a workbook, not text: give -o FILE.xlsx");
    }
    if (auditText.isPresent() && !format.equals("html")) {
      throw new UsageException(
          "--audit: a report text is audited on the HTML page: give --format html (or use the"
              + " audit command)");
    }
    Language language =
        oneOf("--lang", options.value("--lang").orElse("vi"), "vi", "en").equals("vi")
            ? Language.VI
            : Language.EN;
    if (!files.isEmpty() && data.isPresent()) {
      throw new UsageException("give --dataset or --data, not both");
    }
    String which =
        oneOf("--data", data.orElse("both"), "as-reported", "simulated", "both", "reform");
    boolean reform = which.equals("reform");
    ReportingPeriod period = periodGiven.orElse(reform ? NgheAnToday.PERIOD : NgheAnPack.PERIOD);
    Optional<String> categories = options.value("--category");
    options.noneLeft();
    if (files.isEmpty() && which.equals("both") && !format.equals("text")) {
      throw new UsageException(
          "--format " + format + " writes one report: choose --data as-reported or simulated");
    }
    RulePack pack =
        narrowed(
            Packs.named(rules.orElse(reform ? Packs.NGHE_AN_TODAY : Packs.NGHE_AN_REPORT)),
            categories);
    figure.ifPresent(id -> known(pack, id));
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    if (!files.isEmpty()) {
      datasets.put(String.join(", ", files), read(files, ownUnits, err));
    } else {
      Progress.step(err, "reading the bundled units");
      Gazetteer gazetteer = VietnamUnits.gazetteer();
      if (reform) {
        Progress.step(
            err, "simulating the records of 2021-2026 over today's units (seed " + seed + ")");
        datasets.put("simulated 2021-2026", NgheAnToday.simulated(gazetteer, seed));
      } else if (!which.equals("simulated")) {
        datasets.put("as-reported", NgheAnData.asReported(gazetteer));
      }
      if (!reform && !which.equals("as-reported")) {
        Progress.step(err, "simulating the records behind the report (seed " + seed + ")");
        datasets.put("simulated", NgheAnData.simulated(gazetteer, seed));
      }
    }
    Gazetteer units = datasets.values().iterator().next().gazetteer();
    LocalDate day = evaluation.asOf().orElse(pack.calendar().interval(period).end());
    Optional<UnitCode> scope =
        everyUnit ? Optional.empty() : Optional.of(Scopes.resolve(scopeText, units, day));
    return new Request(
        pack,
        pack.id().equals(NgheAnPack.ID),
        datasets,
        strict,
        scope,
        period,
        evaluation,
        format,
        language,
        output,
        auditText);
  }

  /** The file {@code name} names, if its directory exists; a usage error if not. */
  static Path writable(String name) {
    Path file = Path.of(name).toAbsolutePath();
    Path dir = file.getParent();
    if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
      throw new UsageException("-o: no such directory for " + name);
    }
    if (java.nio.file.Files.isDirectory(file)) {
      throw new UsageException("-o: " + name + " is a directory; give a file name");
    }
    return file;
  }

  /**
   * The datasets of {@code files}, as one: they must describe the same units. CSV files are read
   * together first; NDJSON activities are read into the CSV files' dataset, or else the first
   * dataset document given (so their organisers may be the organisations of either), and over the
   * bundled units only when there is neither.
   */
  static Dataset read(List<String> files, boolean ownUnits, PrintStream err) throws IOException {
    List<Dataset> all = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Path> csv = new ArrayList<>();
    List<Path> workbooks = new ArrayList<>();
    List<String> ndjson = new ArrayList<>();
    for (String name : files) {
      Path file = Commands.existing(name);
      if (name.endsWith(".csv")) {
        csv.add(file); // CSV files are read together, as one dataset
      } else if (name.endsWith(".xlsx")) {
        workbooks.add(file); // a sheet a template: read with the CSV files
      } else if (name.endsWith(".ndjson")) {
        ndjson.add(name);
      } else {
        Progress.step(err, "reading " + name);
        sources.add(name);
        all.add(QcdcJson.readDataset(file));
      }
    }
    if (!csv.isEmpty() || !workbooks.isEmpty()) {
      List<String> counted = new ArrayList<>();
      if (!csv.isEmpty()) {
        counted.add(csv.size() + " CSV files");
      }
      if (!workbooks.isEmpty()) {
        counted.add(workbooks.size() + (workbooks.size() == 1 ? " workbook" : " workbooks"));
      }
      Progress.step(err, "reading " + String.join(" and ", counted) + " as one dataset");
      all.add(0, CsvFiles.read(csv, workbooks, ownUnits));
      sources.add(
          0,
          workbooks.isEmpty()
              ? "the CSV files"
              : csv.isEmpty() ? "the workbooks" : "the CSV files and workbooks");
    }
    if (!ndjson.isEmpty()) {
      // NDJSON activities join the first dataset read (their organisers may be in it)
      Dataset base = all.isEmpty() ? null : all.remove(0);
      String baseSource = sources.isEmpty() ? ndjson.get(0) : sources.remove(0);
      for (String name : ndjson) {
        Progress.step(err, "reading " + name);
        Path file = Commands.existing(name);
        base =
            base == null
                ? ActivityNdjson.read(VietnamUnits.gazetteer(), file)
                : ActivityNdjson.read(base, file);
      }
      all.add(0, base);
      sources.add(0, baseSource);
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    Gazetteer gazetteer = all.get(0).gazetteer();
    Dataset.Builder merged = Dataset.builder(gazetteer);
    for (int i = 0; i < all.size(); i++) {
      Dataset d = all.get(i);
      if (!d.gazetteer().equals(gazetteer)) {
        throw new UsageException(
            "the units of "
                + sources.get(i)
                + " are not those of "
                + sources.get(0)
                + "; datasets read together must share their units");
      }
      merged.addOrganizations(d.organizations());
      merged.addActivities(d.activities().toList());
      merged.addDataValues(d.dataValues());
      merged.addFacts(d.facts());
    }
    return merged.build();
  }

  /**
   * The parts the records are read in: {@code --parts N} (or its older name {@code --parallelism
   * N}), 1 to 256; by default one a processor, as the report is the same whatever the parts.
   */
  private static int parts(Options options) {
    Optional<String> parts = options.value("--parts");
    Optional<String> parallelism = options.value("--parallelism");
    if (parts.isPresent() && parallelism.isPresent()) {
      throw new UsageException("--parts and --parallelism are one option: give one");
    }
    String option = parts.isPresent() ? "--parts" : "--parallelism";
    Optional<String> value = parts.isPresent() ? parts : parallelism;
    if (value.isEmpty()) {
      return Math.min(256, Runtime.getRuntime().availableProcessors());
    }
    int n = whole(option, value.get());
    if (n < 1 || n > 256) {
      throw new UsageException(option + ": expected 1 to 256 parts, got " + n);
    }
    return n;
  }

  static int whole(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException(option + ": expected a whole number, got '" + value + "'");
    }
  }

  /**
   * The pack narrowed to the content categories {@code --category} names ({@code
   * publicity,supervision}), if given; a usage error if none of its rules and indicators is about
   * them.
   */
  private static RulePack narrowed(RulePack pack, Optional<String> categories) {
    if (categories.isEmpty()) {
      return pack;
    }
    java.util.Set<io.github.qcdc.indicator.Topic.Category> wanted =
        java.util.EnumSet.noneOf(io.github.qcdc.indicator.Topic.Category.class);
    for (String key : categories.get().split(",", -1)) {
      wanted.add(
          parse("--category", key.strip(), io.github.qcdc.indicator.Topic.Category::fromKey));
    }
    RulePack about = pack.about(wanted);
    if (about.rules().isEmpty() && about.indicators().isEmpty()) {
      throw new UsageException(
          "--category "
              + categories.get()
              + ": pack "
              + pack.id()
              + " has no rule or indicator about it (a pack states each one's topic)");
    }
    return about;
  }

  static <T> T parse(String option, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  private static String oneOf(String option, String value, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      throw new UsageException(
          option + ": expected one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }
    return value;
  }
}

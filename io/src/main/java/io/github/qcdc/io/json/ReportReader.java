package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.indicator.Topic;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Explanation;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The strict reader of {@link ReportJson} documents. */
final class ReportReader {
  private static final String DECIMAL = "a plain decimal string such as \"621.9\"";
  private static final String QUALIFIER = "exact, more-than, at-least, nearly or about";
  private static final Set<String> HEADER =
      Set.of("pack", "dataFingerprint", "scope", "period", "days", "asOf", "diagnostics");

  private final String source;
  private final ProblemList problems = new ProblemList();
  private final ObjectNode header = JsonNodeFactory.instance.objectNode();
  private final java.util.Map<String, String> headerPlaces = new java.util.HashMap<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<RuleResult> rules = new ArrayList<>();

  ReportReader(String source) {
    this.source = source;
  }

  Report read(InputStream in) throws IOException {
    boolean report =
        new DocumentScanner(source, ReportJson.FORMAT, "report", problems)
            .scan(
                ReportJson.MAPPER,
                in,
                Set.of("figures", "rules"),
                (array, node, place, pointer) -> {
                  Parts parts = new Parts(place, problems);
                  if (array.equals("figures")) {
                    Optional.ofNullable(parts.figure(node, pointer))
                        .ifPresent(
                            figure -> {
                              if (figures.stream().anyMatch(x -> x.id().equals(figure.id()))) {
                                problems.add(
                                    Problem.of(
                                        place + " " + pointer + "/id",
                                        "figure %s is given twice",
                                        figure.id()));
                              } else {
                                figures.add(figure);
                              }
                            });
                  } else {
                    Optional.ofNullable(parts.rule(node, pointer)).ifPresent(rules::add);
                  }
                },
                (name, value, place) -> {
                  header.set(name, value);
                  headerPlaces.put(name, place);
                });
    Report read = report ? header() : null;
    if (read == null || !problems.isEmpty()) {
      throw problems.failure("report", source);
    }
    return read;
  }

  private String placeOf(String field) {
    return headerPlaces.getOrDefault(field, source);
  }

  private @Nullable Report header() {
    Fields f = new Fields(header, "", HEADER, problems, this::placeOf);
    Optional<String> data = f.text("dataFingerprint", true);
    Optional<UnitCode> scope = f.value("scope", false, "a unit code", UnitCode::of);
    Optional<ReportingPeriod> period =
        f.value("period", true, "a reporting period such as 2020", ReportingPeriod::parse);
    Optional<DateInterval> days =
        f.value("days", true, "a date interval start/end", DateInterval::parse);
    Optional<LocalDate> asOf = f.date("asOf", true);
    JsonNode pack = f.raw("pack", true);
    JsonNode diagnostics = f.raw("diagnostics", true);
    Report.Diagnostics d =
        diagnostics == null
            ? null
            : new Parts(placeOf("diagnostics"), problems).diagnostics(diagnostics);
    if (pack == null) {
      return null;
    }
    Parts parts = new Parts(placeOf("pack"), problems);
    Fields p =
        new Fields(
            pack, "/pack", placeOf("pack"), Set.of("id", "version", "fingerprint"), problems);
    Optional<String> id = p.text("id", true);
    Optional<String> version = p.text("version", true);
    Optional<String> fingerprint = p.text("fingerprint", true);
    if (f.failed() || p.failed() || d == null) {
      return null;
    }
    return parts.build(
        p,
        () ->
            new Report(
                id.orElseThrow(),
                version.orElseThrow(),
                fingerprint.orElseThrow(),
                data.orElseThrow(),
                scope,
                period.orElseThrow(),
                days.orElseThrow(),
                asOf.orElseThrow(),
                ImmutableList.copyOf(figures),
                ImmutableList.copyOf(rules),
                d));
  }

  /** The parts of one figure or rule, placed at its line and column. */
  static final class Parts extends PartReader {
    private static final Set<String> FIGURE =
        Set.of("id", "title", "value", "breakdowns", "explanation", "format", "topic");
    private static final Set<String> EXPLANATION =
        Set.of(
            "sentence",
            "numerator",
            "denominator",
            "failing",
            "noData",
            "excluded",
            "recordsCounted",
            "parameters",
            "legalBasis",
            "rounding");
    private static final Set<String> RULE =
        Set.of(
            "id",
            "version",
            "title",
            "legalBasis",
            "topic",
            "applied",
            "parameters",
            "excluded",
            "verdicts");
    private static final Set<String> CHECK =
        Set.of("what", "window", "observed", "required", "outcome", "recordCount", "records");

    private final Definitions definitions;

    Parts(String place, List<Problem> problems) {
      super(place, problems);
      this.definitions = new Definitions(place, problems);
    }

    Report.@Nullable Diagnostics diagnostics(JsonNode node) {
      return checked(
          node,
          "/diagnostics",
          Set.of(
              "recordsOutsideTree",
              "recordsRemapped",
              "recordsGeneralised",
              "subjectsWithoutData",
              "warnings"),
          f ->
              new Report.Diagnostics(
                  f.count("recordsOutsideTree", true).orElseThrow(),
                  f.count("recordsRemapped", true).orElseThrow(),
                  f.count("recordsGeneralised", true).orElseThrow(),
                  f.count("subjectsWithoutData", true).orElseThrow(),
                  com.google.common.collect.ImmutableList.copyOf(
                      f.list("warnings", false, "a warning", w -> w))));
    }

    @Nullable Figure figure(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          FIGURE,
          f -> {
            Phrase title = sub(node, "title", pointer, definitions::phrase);
            FigureValue value = sub(node, "value", pointer, this::value);
            List<BreakdownTable> tables = allItems(node, pointer, "breakdowns", this::table);
            Explanation explanation = sub(node, "explanation", pointer, this::explanation);
            FigureFormat format = sub(node, "format", pointer, definitions::format);
            return new Figure(
                f.text("id", true).orElseThrow(),
                required(title),
                required(value),
                ImmutableList.copyOf(required(tables)),
                required(explanation),
                required(format),
                f.value("topic", false, RulePackJson.TOPIC, Topic::parse));
          });
    }

    @Nullable FigureValue value(JsonNode node, String pointer) {
      String kind =
          kind(node, pointer, Set.of("count", "ratio", "decimal", "percentage", "undefined"));
      if (kind == null) {
        return null;
      }
      return switch (kind) {
        case "count" ->
            checked(
                node,
                pointer,
                with("count"),
                f -> FigureValue.of(f.count("count", true).orElseThrow()));
        case "ratio" ->
            checked(
                node,
                pointer,
                with("numerator", "denominator"),
                f ->
                    FigureValue.of(
                        Fraction.of(
                            f.whole("numerator", true).orElseThrow(),
                            f.count("denominator", true).orElseThrow())));
        case "decimal" ->
            checked(
                node,
                pointer,
                with("value", "qualifier", "measureUnit"),
                f ->
                    new FigureValue.Decimal(
                        f.value("value", true, DECIMAL, ReportJson::plainDecimal).orElseThrow(),
                        f.value("qualifier", true, QUALIFIER, Qualifier::fromKey).orElseThrow(),
                        f.text("measureUnit", false)));
        case "percentage" ->
            checked(
                node,
                pointer,
                with("percent", "qualifier"),
                f ->
                    new FigureValue.Percentage(
                        f.value("percent", true, DECIMAL, ReportJson::plainDecimal).orElseThrow(),
                        f.value("qualifier", true, QUALIFIER, Qualifier::fromKey).orElseThrow()));
        default ->
            checked(
                node,
                pointer,
                with("reason"),
                f -> FigureValue.undefined(f.text("reason", true).orElseThrow()));
      };
    }

    private @Nullable BreakdownTable table(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          Set.of("dimensions", "cells"),
          f ->
              new BreakdownTable(
                  ImmutableList.copyOf(f.list("dimensions", true, "a breakdown", Breakdown::parse)),
                  ImmutableList.copyOf(items(node, pointer, "cells", this::cell))));
    }

    private @Nullable Cell cell(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          Set.of("labels", "value"),
          f ->
              new Cell(
                  ImmutableList.copyOf(f.list("labels", true, "a label", s -> s)),
                  required(sub(node, "value", pointer, this::value))));
    }

    private @Nullable Explanation explanation(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          EXPLANATION,
          f -> {
            Phrase sentence = sub(node, "sentence", pointer, definitions::phrase);
            List<Population.Exclusion> excluded =
                allItems(node, pointer, "excluded", definitions::exclusion);
            Phrase rounding = sub(node, "rounding", pointer, definitions::phrase);
            Optional<Long> numerator = f.whole("numerator", false);
            Optional<Long> denominator = f.count("denominator", false);
            Optional<Long> failing = f.count("failing", true);
            Optional<Long> noData = f.count("noData", true);
            Optional<Long> counted = f.count("recordsCounted", true);
            ImmutableSortedMap<String, Long> parameters = f.wholes("parameters");
            Optional<String> basis = f.text("legalBasis", false);
            return new Explanation(
                required(sentence),
                numerator,
                denominator,
                failing.orElseThrow(),
                noData.orElseThrow(),
                ImmutableList.copyOf(required(excluded)),
                counted.orElseThrow(),
                parameters,
                basis,
                required(rounding));
          });
    }

    @Nullable RuleResult rule(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          RULE,
          f -> {
            Phrase title = sub(node, "title", pointer, definitions::phrase);
            List<Population.Exclusion> excluded =
                allItems(node, pointer, "excluded", definitions::exclusion);
            List<SubjectVerdict> verdicts = allItems(node, pointer, "verdicts", this::verdict);
            Optional<String> id = f.text("id", true);
            Optional<Long> version = f.whole("version", true);
            Optional<String> basis = f.text("legalBasis", true);
            Optional<DateInterval> applied =
                f.value("applied", false, "a date interval start/end", DateInterval::parse);
            ImmutableSortedMap<String, Long> parameters = f.wholes("parameters");
            return new RuleResult(
                id.orElseThrow(),
                Math.toIntExact(version.orElseThrow()),
                required(title),
                basis.orElseThrow(),
                applied,
                parameters,
                ImmutableList.copyOf(required(excluded)),
                ImmutableList.copyOf(required(verdicts)),
                f.value("topic", false, RulePackJson.TOPIC, Topic::parse));
          });
    }

    private @Nullable SubjectVerdict verdict(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          Set.of("subject", "name", "verdict", "evidence"),
          f -> {
            List<Evidence.Check> checks = allItems(node, pointer, "evidence", this::check);
            Optional<String> subject = f.text("subject", true);
            Optional<String> name = f.text("name", true);
            Optional<Verdict> verdict = verdict(f, "verdict");
            return new SubjectVerdict(
                subject.orElseThrow(),
                name.orElseThrow(),
                verdict.orElseThrow(),
                new Evidence(ImmutableList.copyOf(required(checks))));
          });
    }

    private Evidence.@Nullable Check check(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          CHECK,
          f -> {
            Phrase what = sub(node, "what", pointer, definitions::phrase);
            Optional<String> window = f.text("window", true);
            Optional<Long> observed = f.whole("observed", false);
            Optional<String> required = f.text("required", true);
            Optional<Verdict> outcome = verdict(f, "outcome");
            Optional<Long> count = f.count("recordCount", true);
            List<String> records = f.list("records", true, "a record id", s -> s);
            return new Evidence.Check(
                required(what),
                window.orElseThrow(),
                observed,
                required.orElseThrow(),
                outcome.orElseThrow(),
                count.orElseThrow(),
                ImmutableList.copyOf(records));
          });
    }

    private static Optional<Verdict> verdict(Fields f, String field) {
      return f.value(
          field, true, "pass, fail, no-data or not-applicable", t -> constant(Verdict.class, t));
    }
  }
}

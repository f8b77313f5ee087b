package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.Confidence;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.records.Qualifier;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The strict reader of {@link ClaimsJson} documents. */
final class ClaimsReader {
  private final String source;
  private final ProblemList problems = new ProblemList();
  private final List<ReportedFigure> claims = new ArrayList<>();
  private final Map<String, String> claimPlaces = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  /** A finding as read, its claim still a name. */
  private record Finding(
      String claim, AuditFinding.Status status, Phrase check, String computation, String at) {}

  ClaimsReader(String source) {
    this.source = source;
  }

  ClaimsJson.Document read(InputStream in) throws IOException {
    boolean claimsDocument =
        new DocumentScanner(source, ClaimsJson.FORMAT, "claims", problems)
            .scan(
                ClaimsJson.MAPPER,
                in,
                Set.of("claims", "findings"),
                (array, node, place, pointer) -> {
                  Parts parts = new Parts(place, problems);
                  if (array.equals("claims")) {
                    ReportedFigure claim = parts.claim(node, pointer);
                    if (claim != null) {
                      String first = claimPlaces.putIfAbsent(claim.id(), place + " " + pointer);
                      if (first == null) {
                        claims.add(claim);
                      } else {
                        problems.add(
                            Problem.of(
                                place + " " + pointer + "/id",
                                "duplicate claim id %s, first at %s",
                                claim.id(),
                                first));
                      }
                    }
                  } else {
                    Optional.ofNullable(parts.finding(node, pointer)).ifPresent(findings::add);
                  }
                },
                (name, value, place) ->
                    problems.add(
                        Problem.of(
                            place + " /" + Fields.escape(name),
                            "unknown field; expected format, claims or findings")));
    if (!claimsDocument || !problems.isEmpty()) {
      throw problems.failure("claims document", source);
    }
    Map<String, ReportedFigure> byId = new HashMap<>();
    claims.forEach(c -> byId.put(c.id(), c));
    List<AuditFinding> resolved = new ArrayList<>();
    for (Finding f : findings) {
      ReportedFigure claim = byId.get(f.claim());
      if (claim == null) {
        problems.add(
            Problem.of(f.at() + "/claim", "unknown claim %s; no claim has this id", f.claim()));
      } else {
        resolved.add(new AuditFinding(claim, f.status(), f.check(), f.computation()));
      }
    }
    if (!problems.isEmpty()) {
      throw problems.failure("claims document", source);
    }
    return new ClaimsJson.Document(ImmutableList.copyOf(claims), ImmutableList.copyOf(resolved));
  }

  /** The parts of one claim or finding, placed at its line and column. */
  static final class Parts extends PartReader {
    private static final Set<String> KINDS =
        Set.of("count", "ratio", "percent", "range", "parts", "listed", "change", "rates");
    private static final String QUALIFIERS = "exact, more-than, at-least, nearly or about";

    private final Definitions definitions;

    Parts(String place, List<Problem> problems) {
      super(place, problems);
      this.definitions = new Definitions(place, problems);
    }

    @Nullable ReportedFigure claim(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          Set.of("id", "line", "text", "claim", "confidence"),
          f -> {
            Claim claim = sub(node, "claim", pointer, this::claimOf);
            Optional<String> id = f.text("id", true);
            Optional<Long> line = f.whole("line", true);
            Optional<String> text = f.text("text", true);
            Optional<Confidence> confidence =
                f.value("confidence", false, "high or low", t -> constant(Confidence.class, t));
            return new ReportedFigure(
                id.orElseThrow(),
                text.orElseThrow(),
                Math.toIntExact(line.orElseThrow()),
                required(claim),
                confidence.orElse(Confidence.HIGH));
          });
    }

    @Nullable Claim claimOf(JsonNode node, String pointer) {
      String kind = kind(node, pointer, KINDS);
      if (kind == null) {
        return null;
      }
      return switch (kind) {
        case "count" -> checked(node, pointer, with("value", "qualifier"), this::count);
        case "ratio" ->
            checked(
                node,
                pointer,
                with("numerator", "denominator", "percent", "decimals"),
                this::ratio);
        case "percent" ->
            checked(node, pointer, with("value", "decimals", "qualifier"), this::percent);
        case "range" -> checked(node, pointer, with("low", "high"), this::range);
        case "listed" -> checked(node, pointer, with("count", "items"), this::listed);
        case "rates" -> checked(node, pointer, with("total", "parts"), f -> rates(node, pointer));
        case "change" ->
            checked(
                node,
                pointer,
                with("value", "base", "change", "percent", "qualifier"),
                this::change);
        default ->
            checked(
                node, pointer, with("total", "parts", "exhaustive"), f -> parts(f, node, pointer));
      };
    }

    private Claim count(Fields f) {
      Optional<Long> value = f.whole("value", true);
      Optional<Qualifier> qualifier = qualifier(f);
      return new Claim.Count(value.orElseThrow(), qualifier.orElseThrow());
    }

    private Claim ratio(Fields f) {
      Optional<Long> numerator = f.whole("numerator", true);
      Optional<Long> denominator = f.whole("denominator", true);
      Optional<BigDecimal> percent = decimal(f, "percent", false);
      Optional<Long> decimals = f.whole("decimals", true);
      return new Claim.Ratio(
          numerator.orElseThrow(),
          denominator.orElseThrow(),
          percent,
          Math.toIntExact(decimals.orElseThrow()));
    }

    private Claim percent(Fields f) {
      Optional<BigDecimal> value = decimal(f, "value", true);
      Optional<Long> decimals = f.whole("decimals", true);
      Optional<Qualifier> qualifier = qualifier(f);
      return new Claim.Percent(
          value.orElseThrow(), Math.toIntExact(decimals.orElseThrow()), qualifier.orElseThrow());
    }

    private Claim range(Fields f) {
      Optional<BigDecimal> low = decimal(f, "low", true);
      Optional<BigDecimal> high = decimal(f, "high", true);
      return new Claim.Range(low.orElseThrow(), high.orElseThrow());
    }

    private Claim listed(Fields f) {
      Optional<Long> count = f.whole("count", true);
      List<String> items = f.list("items", true, "an item's text", Function.identity());
      return new Claim.Listed(count.orElseThrow(), ImmutableList.copyOf(items));
    }

    private Claim rates(JsonNode node, String pointer) {
      Claim total = sub(node, "total", pointer, this::claimOf);
      List<Claim.RatePart> parts = allItems(node, pointer, "parts", this::ratePart);
      return new Claim.Rates(required(total), ImmutableList.copyOf(required(parts)));
    }

    private Claim change(Fields f) {
      Optional<Long> value = f.whole("value", true);
      Optional<Long> base = f.whole("base", true);
      Optional<BigDecimal> change = decimal(f, "change", true);
      boolean percent = f.flag("percent").orElse(false);
      Optional<Qualifier> qualifier = qualifier(f);
      return new Claim.Change(
          value.orElseThrow(),
          base.orElseThrow(),
          change.orElseThrow(),
          percent,
          qualifier.orElseThrow());
    }

    private Claim parts(Fields f, JsonNode node, String pointer) {
      List<Claim.Part> parts = allItems(node, pointer, "parts", this::part);
      Optional<Long> total = f.whole("total", true);
      boolean exhaustive = f.flag("exhaustive").orElse(true);
      return new Claim.Parts(
          total.orElseThrow(), ImmutableList.copyOf(required(parts)), exhaustive);
    }

    private Claim.@Nullable Part part(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          Set.of("label", "value"),
          f -> {
            Optional<String> label = f.text("label", true);
            Optional<Long> value = f.whole("value", true);
            return new Claim.Part(label.orElseThrow(), value.orElseThrow());
          });
    }

    private Claim.@Nullable RatePart ratePart(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          Set.of("label", "numerator", "denominator"),
          f -> {
            Optional<String> label = f.text("label", true);
            Optional<Long> numerator = f.whole("numerator", true);
            Optional<Long> denominator = f.whole("denominator", true);
            return new Claim.RatePart(
                label.orElseThrow(), numerator.orElseThrow(), denominator.orElseThrow());
          });
    }

    @Nullable Finding finding(JsonNode node, String pointer) {
      return checked(
          node,
          pointer,
          Set.of("claim", "status", "check", "computation"),
          f -> {
            Phrase check = sub(node, "check", pointer, definitions::phrase);
            Optional<String> claim = f.text("claim", true);
            Optional<AuditFinding.Status> status = status(f);
            Optional<String> computation = f.text("computation", true);
            return new Finding(
                claim.orElseThrow(),
                status.orElseThrow(),
                required(check),
                computation.orElseThrow(),
                place + " " + pointer);
          });
    }

    /** A finding standing alone, its reported figure inside it under {@code figure}. */
    @Nullable AuditFinding standaloneFinding(JsonNode node, Set<String> known) {
      return checked(
          node,
          "",
          known,
          f -> {
            ReportedFigure figure = sub(node, "figure", "", this::claim);
            Phrase check = sub(node, "check", "", definitions::phrase);
            Optional<AuditFinding.Status> status = status(f);
            Optional<String> computation = f.text("computation", true);
            return new AuditFinding(
                required(figure), status.orElseThrow(), required(check), computation.orElseThrow());
          });
    }

    private static Optional<AuditFinding.Status> status(Fields f) {
      return f.value(
          "status",
          true,
          "match, mismatch, to-confirm or unverifiable",
          t -> constant(AuditFinding.Status.class, t));
    }

    private static Optional<Qualifier> qualifier(Fields f) {
      return f.value("qualifier", true, QUALIFIERS, t -> constant(Qualifier.class, t));
    }

    private static Optional<BigDecimal> decimal(Fields f, String field, boolean required) {
      return f.value(
          field, required, "a decimal written as a string, such as \"68.13\"", BigDecimal::new);
    }
  }
}

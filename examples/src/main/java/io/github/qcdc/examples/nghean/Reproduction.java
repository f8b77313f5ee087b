package io.github.qcdc.examples.nghean;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.text.NumberStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each figure of the seed report beside the value qcdc computes for it from a report of the {@link
 * NgheAnPack}, with the audit's verdict: MATCH, MISMATCH (with the computation) or UNVERIFIABLE
 * (with why: not a QCDC record, no record in the dataset, the report gives a percentage without its
 * counts).
 */
public final class Reproduction {
  private static final NumberStyle VI = NumberStyle.VIETNAMESE;
  private static final Phrase CHECK =
      Phrase.of("so với số liệu qcdc tính", "against qcdc's figure");

  /**
   * One seed figure, checked.
   *
   * @param claim the claim as extracted from the report
   * @param seed where qcdc computes it
   * @param figure the computed figure, if any
   * @param finding the verdict
   */
  public record Row(
      ReportedFigure claim, SeedFigure seed, Optional<Figure> figure, AuditFinding finding) {}

  private Reproduction() {}

  private static final com.google.common.collect.ImmutableMap<String, ReportedFigure> SEED_CLAIMS =
      ClaimExtractor.extract(SeedReport.text()).stream()
          .collect(
              com.google.common.collect.ImmutableMap.toImmutableMap(
                  ReportedFigure::id, Function.identity()));

  /** The claims the extractor finds in the seed report, by id, in the report's order. */
  public static Map<String, ReportedFigure> seedClaims() {
    return SEED_CLAIMS;
  }

  /** The claim {@code id} of the seed report. */
  public static ReportedFigure seedClaim(String id) {
    ReportedFigure claim = SEED_CLAIMS.get(id);
    if (claim == null) {
      throw new IllegalStateException("the seed report has no claim " + id);
    }
    return claim;
  }

  /** Every seed figure checked against {@code report}, computed with {@code pack}. */
  public static ImmutableList<Row> check(Report report, RulePack pack) {
    Map<String, ReportedFigure> claims = SEED_CLAIMS;
    List<Row> rows = new ArrayList<>();
    for (SeedFigure seed : SeedFigure.all()) {
      ReportedFigure claim = claims.get(seed.claimId());
      if (claim == null) {
        claim = seedClaim(seed.claimId()); // throws, naming the claim
      }
      Optional<Figure> figure = report.figure(seed.target());
      rows.add(new Row(claim, seed, figure, finding(claim, seed, figure, report, pack)));
    }
    return ImmutableList.copyOf(rows);
  }

  private static AuditFinding finding(
      ReportedFigure claim,
      SeedFigure seed,
      Optional<Figure> figure,
      Report report,
      RulePack pack) {
    switch (seed.how()) {
      case ABSENT -> {
        return unverifiable(claim, seed.absence().en());
      }
      case PARAMETER -> {
        Long value = pack.parameters().get(seed.target());
        if (value == null || !(claim.claim() instanceof Claim.Count norm)) {
          return unverifiable(claim, "the pack sets no parameter " + seed.target());
        }
        return new AuditFinding(
            claim,
            value == norm.value() ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
            CHECK,
            "pack parameter " + seed.target() + " = " + value + ", stated " + norm.value());
      }
      default -> {
        if (figure.isEmpty()) {
          return unverifiable(claim, "the pack has no indicator " + seed.target());
        }
        Figure f = figure.get();
        if (f.value() instanceof FigureValue.Count c
            && c.count() == 0
            && f.explanation().recordsCounted() == 0) {
          return unverifiable(claim, "no record in this dataset counts for " + f.id());
        }
        return switch (seed.how()) {
          case LEVELS -> parts(claim, f, part -> tierCell(f, part));
          case PARTS ->
              parts(
                  claim,
                  f,
                  part ->
                      Optional.ofNullable(seed.parts().get(part))
                          .flatMap(report::figure)
                          .map(Figure::value));
          case EVERY_YEAR -> everyYear(claim, f);
          default -> Audit.against(claim, f.value());
        };
      }
    }
  }

  /** The total, and each part ("cấp tỉnh: 15") against the value {@code part} gives for it. */
  private static AuditFinding parts(
      ReportedFigure claim, Figure figure, Function<String, Optional<FigureValue>> part) {
    AuditFinding total = Audit.against(claim, figure.value());
    if (!(claim.claim() instanceof Claim.Parts parts)) {
      return total;
    }
    boolean all = total.status() == AuditFinding.Status.MATCH;
    List<String> terms = new ArrayList<>();
    for (Claim.Part stated : parts.parts()) {
      Optional<FigureValue> computed = part.apply(stated.label());
      boolean same =
          computed.isPresent()
              && computed.get() instanceof FigureValue.Count c
              && c.count() == stated.value();
      all &= same;
      terms.add(
          stated.label()
              + " "
              + computed.map(Reproduction::format).orElse("?")
              + (same ? "" : " (stated " + VI.format(stated.value()) + ")"));
    }
    return new AuditFinding(
        claim,
        all ? AuditFinding.Status.MATCH : AuditFinding.Status.MISMATCH,
        CHECK,
        total.computation() + "; " + String.join(", ", terms));
  }

  /** The cell of the tier the report calls {@code label} ("cấp huyện"). */
  private static Optional<FigureValue> tierCell(Figure figure, String label) {
    if (figure.breakdowns().isEmpty()) {
      return Optional.empty();
    }
    Map<String, FigureValue> byTier = cells(figure);
    return java.util.Arrays.stream(Tier.values())
        .filter(t -> t.vietnamese().equalsIgnoreCase(label))
        .findFirst()
        .map(t -> byTier.get(t.key()));
  }

  /** A range ("từ 55% đến 60%" each year) against every year of the figure. */
  private static AuditFinding everyYear(ReportedFigure claim, Figure figure) {
    if (figure.breakdowns().isEmpty()) {
      return Audit.against(claim, figure.value());
    }
    List<String> years = new ArrayList<>();
    AuditFinding.Status status = AuditFinding.Status.MATCH;
    int checked = 0;
    for (Cell cell : figure.breakdowns().get(0).cells()) {
      String year = cell.labels().get(0);
      if (year.equals("none")) {
        continue;
      }
      AuditFinding one = Audit.against(claim, cell.value());
      if (one.status() == AuditFinding.Status.UNVERIFIABLE) {
        continue;
      }
      checked++;
      if (one.status() == AuditFinding.Status.MISMATCH) {
        status = AuditFinding.Status.MISMATCH;
      }
      years.add(year + ": " + one.computation());
    }
    if (checked == 0) {
      return unverifiable(claim, "no year of " + figure.id() + " has a value in this dataset");
    }
    return new AuditFinding(claim, status, CHECK, String.join("; ", years));
  }

  private static Map<String, FigureValue> cells(Figure figure) {
    return figure.breakdowns().get(0).cells().stream()
        .collect(Collectors.toMap(c -> c.labels().get(0), Cell::value));
  }

  private static String format(FigureValue value) {
    return value instanceof FigureValue.Count c ? VI.format(c.count()) : value.toString();
  }

  private static AuditFinding unverifiable(ReportedFigure claim, String why) {
    return new AuditFinding(claim, AuditFinding.Status.UNVERIFIABLE, CHECK, why);
  }
}

package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.records.Qualifier;
import io.github.qcdc.testing.SeedReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit of the seed report: the Nghệ An review of five years of Conclusion 120-KL/TW. */
class SeedReportAuditTest {
  /** The seed report's three breakdowns, as the audit checks them. */
  static final List<String> LEVEL_SPLITS =
      List.of(
          "MATCH 1.454 = 778 + 676",
          "MATCH 2.849 = 15 + 226 + 2.608",
          "MATCH 1.014 = 7 + 51 + 956");

  private static List<ReportedFigure> figures = List.of();

  @BeforeAll
  static void extract() {
    figures = ClaimExtractor.extract(SeedReport.text());
  }

  @Test
  void flagsTheNewRuralPercentageAsWrong() {
    List<AuditFinding> mismatches =
        Audit.consistency(figures).stream()
            .filter(f -> f.status() == AuditFinding.Status.MISMATCH)
            .toList();
    assertEquals(1, mismatches.size());
    assertEquals(
        "L35:281/411 xã về đích nông thôn mới, đạt 68,13%", mismatches.get(0).figure().id());
    assertEquals(
        "281/411 = 68,37%, not 68,13%; 68,13% is 280/411", mismatches.get(0).computation());
  }

  @Test
  void confirmsThatTheLevelSplitsAddUp() {
    List<String> parts =
        Audit.consistency(figures).stream()
            .filter(f -> f.figure().claim() instanceof Claim.Parts)
            .map(f -> f.status() + " " + f.computation())
            .toList();
    assertEquals(LEVEL_SPLITS, parts);
  }

  @Test
  void findsEveryFractionOfTheReport() {
    List<String> ratios =
        figures.stream()
            .filter(f -> f.claim() instanceof Claim.Ratio)
            .map(
                f ->
                    f.line()
                        + " "
                        + ((Claim.Ratio) f.claim()).numerator()
                        + "/"
                        + ((Claim.Ratio) f.claim()).denominator())
            .toList();
    assertEquals(
        List.of(
            "7 11/21",
            "13 21/21",
            "13 7/7",
            "13 28/28",
            "17 480/480",
            "31 21/21",
            "35 281/411",
            "35 460/460"),
        ratios);
  }

  @Test
  void findsCountsWithQualifiersRangesAndPercentages() {
    assertTrue(has(new Claim.Count(42, Qualifier.EXACT)));
    assertTrue(has(new Claim.Count(125, Qualifier.EXACT)));
    assertTrue(has(new Claim.Count(350, Qualifier.MORE_THAN)));
    assertTrue(has(new Claim.Count(371, Qualifier.EXACT)));
    assertTrue(has(new Claim.Count(7676, Qualifier.EXACT)));
    assertTrue(has(new Claim.Count(7664, Qualifier.EXACT)));
    assertTrue(has(new Claim.Count(22360, Qualifier.EXACT)));
    assertTrue(has(new Claim.Count(2, Qualifier.AT_LEAST)));
    assertTrue(has(new Claim.Range(new BigDecimal("55"), new BigDecimal("60"))));
    assertTrue(has(new Claim.Percent(new BigDecimal("81"), 0, Qualifier.EXACT)));
  }

  @Test
  void skipsDatesDocumentNumbersYearsAndTheNewsListBelowTheReport() {
    assertTrue(figures.stream().noneMatch(f -> f.line() > 58), figures.toString());
    assertTrue(
        figures.stream()
            .noneMatch(
                f ->
                    f.claim() instanceof Claim.Count c
                        && (c.value() == 2016 || c.value() == 120 || c.value() == 13)),
        figures.toString());
  }

  private static boolean has(Claim claim) {
    return figures.stream().anyMatch(f -> f.claim().equals(claim));
  }
}

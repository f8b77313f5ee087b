package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditTest {
  private static ReportedFigure claim(Claim claim) {
    return new ReportedFigure("c", "text", 1, claim);
  }

  private static String check(Claim claim, FigureValue computed) {
    AuditFinding finding = Audit.against(claim(claim), computed);
    return finding.status() + " " + finding.computation();
  }

  @Test
  void checksCountsWithTheirQualifier() {
    assertEquals(
        "MATCH computed 2.849, stated 2.849",
        check(new Claim.Count(2849, Qualifier.EXACT), FigureValue.of(2849)));
    assertEquals(
        "MISMATCH computed 2.848, stated 2.849",
        check(new Claim.Count(2849, Qualifier.EXACT), FigureValue.of(2848)));
    assertEquals(
        "MATCH computed 351, stated more than 350",
        check(new Claim.Count(350, Qualifier.MORE_THAN), FigureValue.of(351)));
    assertEquals(
        "MISMATCH computed 350, stated more than 350",
        check(new Claim.Count(350, Qualifier.MORE_THAN), FigureValue.of(350)));
    assertEquals(
        "MATCH computed 2, stated at least 2",
        check(new Claim.Count(2, Qualifier.AT_LEAST), FigureValue.of(2)));
    assertEquals(
        "UNVERIFIABLE an approximate figure is not checked exactly; computed 40",
        check(new Claim.Count(40, Qualifier.ABOUT), FigureValue.of(40)));
  }

  @Test
  void checksFractionsPercentagesAndRanges() {
    FigureValue newRural = FigureValue.of(Fraction.of(281, 411));
    assertEquals(
        "MATCH computed 281/411", check(new Claim.Ratio(281, 411, Optional.empty(), 0), newRural));
    assertEquals(
        "MISMATCH computed 281/411, stated 280/411",
        check(new Claim.Ratio(280, 411, Optional.empty(), 0), newRural));
    assertEquals(
        "MISMATCH computed 281/411 = 68,37%, stated 68,13%",
        check(new Claim.Ratio(281, 411, Optional.of(new BigDecimal("68.13")), 2), newRural));
    assertEquals(
        "MATCH computed 281/411 = 68,37%",
        check(new Claim.Ratio(281, 411, Optional.of(new BigDecimal("68.37")), 2), newRural));
    assertEquals(
        "MISMATCH computed 281/411 = 68,37%, stated 68,13%",
        check(new Claim.Percent(new BigDecimal("68.13"), 2, Qualifier.EXACT), newRural));
    assertEquals(
        "MATCH 57/100 = 57,00%, inside 55%-60%",
        check(
            new Claim.Range(new BigDecimal("55"), new BigDecimal("60")),
            FigureValue.of(Fraction.of(57, 100))));
    assertEquals(
        "MISMATCH 61/100 = 61,00%, outside 55%-60%",
        check(
            new Claim.Range(new BigDecimal("55"), new BigDecimal("60")),
            FigureValue.of(Fraction.of(61, 100))));
  }

  @Test
  void cannotCheckAgainstAnUndefinedOrDifferentFigure() {
    assertEquals(
        "UNVERIFIABLE the computed figure is undefined: the population is empty",
        check(
            new Claim.Count(1, Qualifier.EXACT), FigureValue.undefined("the population is empty")));
    assertEquals(
        "UNVERIFIABLE the report states a count; the computed figure is a fraction",
        check(new Claim.Count(1, Qualifier.EXACT), FigureValue.of(Fraction.of(1, 2))));
  }

  @Test
  void checksPartsAndPercentagesAgainstThemselves() {
    List<AuditFinding> findings =
        Audit.consistency(
            List.of(
                claim(
                    new Claim.Parts(
                        2849,
                        ImmutableList.of(
                            new Claim.Part("cấp tỉnh", 15), new Claim.Part("cấp xã", 2826)))),
                claim(new Claim.Ratio(460, 460, Optional.of(new BigDecimal("100")), 0)),
                claim(new Claim.Ratio(1, 3, Optional.of(new BigDecimal("33.4")), 1)),
                claim(new Claim.Ratio(5, 0, Optional.of(new BigDecimal("1")), 0))));
    assertEquals(
        List.of(
            "MISMATCH 15 + 2.826 = 2.841, not 2.849 (difference 8)",
            "MATCH 460/460 = 100%",
            "MISMATCH 1/3 = 33,3%, not 33,4%; no numerator over 3 gives 33,4%",
            "UNVERIFIABLE the denominator is zero"),
        findings.stream().map(f -> f.status() + " " + f.computation()).toList());
  }

  @Test
  void anOverallRateIsSummedNumeratorsOverSummedDenominators() {
    List<Fraction> districts = List.of(Fraction.of(1, 10), Fraction.of(9, 10), Fraction.of(10, 80));
    assertEquals(
        "MATCH 20/100 = 20%",
        result(
            Audit.aggregate(
                claim(new Claim.Percent(new BigDecimal("20"), 0, Qualifier.EXACT)), districts)));
    assertEquals(
        "MISMATCH 20/100 = 20%, not 38%; the stated value is the average of the parts' percentages",
        result(
            Audit.aggregate(
                claim(new Claim.Percent(new BigDecimal("38"), 0, Qualifier.EXACT)), districts)));
  }

  private static String result(AuditFinding finding) {
    return finding.status() + " " + finding.computation();
  }
}

package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.records.Qualifier;
import io.github.qcdc.report.FigureValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A computed figure that is itself qualified (a sum of qualified parts) is read by its meaning. */
class QualifiedFiguresAuditTest {
  private static String check(Claim claim, FigureValue computed) {
    AuditFinding f = Audit.against(new ReportedFigure("c", "text", 1, claim), computed);
    return f.status() + ": " + f.computation();
  }

  private static FigureValue decimal(String value, Qualifier q) {
    return new FigureValue.Decimal(new BigDecimal(value), q, Optional.empty());
  }

  @Test
  void anExactDecimalIsComparedExactly() {
    assertEquals(
        "MATCH: computed 6.773, stated 6.773",
        check(new Claim.Count(6773, Qualifier.EXACT), decimal("6773", Qualifier.EXACT)));
    assertEquals(
        "MISMATCH: computed 621,9 km, stated 622",
        check(
            new Claim.Count(622, Qualifier.EXACT),
            new FigureValue.Decimal(new BigDecimal("621.9"), Qualifier.EXACT, Optional.of("km"))));
  }

  @Test
  void aStatedValueBelowAComputedLowerBoundIsAMismatch() {
    assertEquals(
        "MISMATCH: computed trên 11.000, stated 10.000",
        check(new Claim.Count(10_000, Qualifier.EXACT), decimal("11000", Qualifier.MORE_THAN)));
    assertEquals(
        "MISMATCH: computed trên 11.000, stated 11.000",
        check(new Claim.Count(11_000, Qualifier.EXACT), decimal("11000", Qualifier.MORE_THAN)));
  }

  @Test
  void aStatedValueThatTheBoundAllowsIsConsistentButNotChecked() {
    assertEquals(
        "UNVERIFIABLE: consistent with the computed figure (tối thiểu 11.000), not checkable"
            + " exactly",
        check(new Claim.Count(11_000, Qualifier.EXACT), decimal("11000", Qualifier.AT_LEAST)));
    assertEquals(
        "UNVERIFIABLE: consistent with the computed figure (trên 11.000), not checkable exactly",
        check(new Claim.Count(10_000, Qualifier.MORE_THAN), decimal("11000", Qualifier.MORE_THAN)));
  }

  @Test
  void anApproximateComputedFigureIsNeverCheckedExactly() {
    assertEquals(
        "UNVERIFIABLE: the computed figure is approximate (gần 6.773); stated 6.773, not checked"
            + " exactly",
        check(new Claim.Count(6773, Qualifier.EXACT), decimal("6773", Qualifier.NEARLY)));
  }

  @Test
  void aReportedPercentageIsCheckedAgainstAStatedOne() {
    FigureValue reported = new FigureValue.Percentage(new BigDecimal("97.25"), Qualifier.EXACT);
    assertEquals(
        "MATCH: computed 97,25%, stated 97,25%",
        check(new Claim.Percent(new BigDecimal("97.25"), 2, Qualifier.EXACT), reported));
    assertEquals(
        "MISMATCH: computed 97,25%, stated 95%",
        check(new Claim.Percent(new BigDecimal("95"), 0, Qualifier.EXACT), reported));
  }
}

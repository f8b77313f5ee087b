package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.records.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of lists of items and of changes against a base, and of unsure readings. */
class ListsAndChangesAuditTest {
  private static String check(Claim claim, Confidence confidence) {
    AuditFinding f =
        Audit.consistency(List.of(new ReportedFigure("c", "text", 1, claim, confidence))).get(0);
    return f.status() + " " + f.computation();
  }

  private static String check(Claim claim) {
    return check(claim, Confidence.HIGH);
  }

  private static Claim.Change change(long value, long base, String by, boolean percent) {
    return new Claim.Change(value, base, new BigDecimal(by), percent, Qualifier.EXACT);
  }

  @Test
  void aListHoldsWhenAsManyItemsAreListedAsStated() {
    Claim.Listed three = new Claim.Listed(3, ImmutableList.of("công khai", "bàn", "giám sát"));
    assertEquals("MATCH 3 listed: công khai; bàn; giám sát", check(three));
    Claim.Listed four = new Claim.Listed(4, three.items());
    assertEquals("MISMATCH 4 stated, 3 listed: công khai; bàn; giám sát", check(four));
  }

  @Test
  void aChangeInACountIsTheValueLessItsBase() {
    assertEquals("MATCH 150 − 138 = +12", check(change(150, 138, "12", false)));
    assertEquals("MISMATCH 150 − 138 = +12, stated +21", check(change(150, 138, "21", false)));
    assertEquals("MATCH 126 − 138 = −12", check(change(126, 138, "-12", false)));
    assertEquals("MISMATCH 126 − 138 = −12, stated +12", check(change(126, 138, "12", false)));
  }

  @Test
  void aChangeInPercentIsRoundedHalfUpToTheStatedDecimals() {
    assertEquals(
        "MATCH 5.973 − 5.495 = +478, +478/5.495 = +8,7%", check(change(5973, 5495, "8.7", true)));
    assertEquals(
        "MISMATCH 5.973 − 5.495 = +478, +478/5.495 = +8,7%, stated +9,7%",
        check(change(5973, 5495, "9.7", true)));
    assertEquals("MATCH 518 − 545 = −27, −27/545 = −5%", check(change(518, 545, "-5", true)));
    assertEquals("UNVERIFIABLE the base is zero", check(change(5, 0, "100", true)));
  }

  @Test
  void aQualifiedChangeIsABoundAndAnApproximateOneIsNotChecked() {
    Claim more = new Claim.Change(46, 35, BigDecimal.TEN, false, Qualifier.MORE_THAN);
    assertEquals("MATCH 46 − 35 = +11", check(more));
    Claim notMore = new Claim.Change(45, 35, BigDecimal.TEN, false, Qualifier.MORE_THAN);
    assertEquals("MISMATCH 45 − 35 = +10, stated more than +10", check(notMore));
    Claim about = new Claim.Change(46, 35, BigDecimal.TEN, false, Qualifier.ABOUT);
    assertEquals(
        "UNVERIFIABLE 46 − 35 = +11; stated about +10, approximate: not checked exactly",
        check(about));
  }

  @Test
  void aChangeInACountMustBeWhole() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> change(10, 8, "1.5", false));
    assertEquals("a change in a count is whole: 1.5", e.getMessage());
  }

  @Test
  void aFailedCheckOfAnUnsureReadingIsToConfirm() {
    Claim parts =
        new Claim.Parts(
            317,
            ImmutableList.of(
                new Claim.Part("cấp tỉnh", 6),
                new Claim.Part("cấp huyện", 40),
                new Claim.Part("cấp xã", 270)));
    assertEquals(
        "TO_CONFIRM 6 + 40 + 270 = 316, not 317 (difference 1)", check(parts, Confidence.LOW));
    assertEquals(
        "MISMATCH 6 + 40 + 270 = 316, not 317 (difference 1)", check(parts, Confidence.HIGH));
    assertEquals("MATCH 150 − 138 = +12", check(change(150, 138, "12", false), Confidence.LOW));
  }

  @Test
  void theReaderStatesItsConfidence() {
    List<ReportedFigure> across =
        ClaimExtractor.extract(
            "Giám sát 316 nội dung.\n\nTrong đó, cấp tỉnh 6 nội dung, cấp huyện 40 nội dung"
                + " và cấp xã 270 nội dung.");
    assertEquals(Confidence.LOW, across.get(0).confidence());
    List<ReportedFigure> within =
        ClaimExtractor.extract(
            "Giám sát 316 nội dung. Trong đó, cấp tỉnh 6 nội dung, cấp huyện 40 nội dung và"
                + " cấp xã 270 nội dung.");
    assertEquals(Confidence.HIGH, within.get(0).confidence());
  }

  @Test
  void anOverallRateIsTheSummedNumeratorsOverTheSummedDenominators() {
    ImmutableList<Claim.RatePart> parts =
        ImmutableList.of(
            new Claim.RatePart("huyện A", 20, 25), new Claim.RatePart("huyện B", 30, 40));
    Claim right = new Claim.Rates(new Claim.Ratio(50, 65, java.util.Optional.empty(), 0), parts);
    assertEquals("MATCH 20 + 30 = 50 of 25 + 40 = 65", check(right));
    Claim wrong = new Claim.Rates(new Claim.Ratio(50, 66, java.util.Optional.empty(), 0), parts);
    assertEquals("MISMATCH 20 + 30 = 50 of 25 + 40 = 65, not 50/66", check(wrong));
    Claim average =
        new Claim.Rates(new Claim.Percent(new BigDecimal("77.5"), 1, Qualifier.EXACT), parts);
    assertEquals(
        "MISMATCH 50/65 = 76,9%, not 77,5%; the stated value is the average of the parts'"
            + " percentages",
        check(average));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Claim.Rates(new Claim.Count(50, Qualifier.EXACT), parts));
    assertEquals("an overall rate is a fraction or a percentage, not a count", e.getMessage());
  }
}

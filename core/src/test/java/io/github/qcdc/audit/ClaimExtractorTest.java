package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.records.Qualifier;
import io.github.qcdc.testing.SeedReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  @Test
  void theSameTextTwiceOnALineGetsTwoIdsInOrder() {
    List<ReportedFigure> figures =
        ClaimExtractor.extract("Khối tỉnh đạt 100%, khối huyện đạt 95%, khối xã đạt 100%.");
    assertEquals(
        List.of("L1:100%", "L1:95%", "L1:100%#2"),
        figures.stream().map(ReportedFigure::id).toList());
    assertEquals(
        new Claim.Percent(new BigDecimal("95"), 0, Qualifier.EXACT), figures.get(1).claim());
  }

  @Test
  void everyFigureOfTheSeedReportHasItsOwnId() {
    List<ReportedFigure> figures = ClaimExtractor.extract(SeedReport.text());
    assertEquals(
        figures.size(), figures.stream().map(ReportedFigure::id).distinct().count(), "ids unique");
  }

  @Test
  void figuresAreNumberedByLineAndQualified() {
    List<ReportedFigure> figures = ClaimExtractor.extract("\nTổ chức hơn 2.849 cuộc giám sát.");
    assertEquals(1, figures.size());
    assertEquals(2, figures.get(0).line());
    assertEquals(new Claim.Count(2849, Qualifier.MORE_THAN), figures.get(0).claim());
  }

  @Test
  void readsPartsWithOrWithoutColonsUpToTheEndOfTheSentence() {
    Claim.Parts expected =
        new Claim.Parts(
            2849,
            com.google.common.collect.ImmutableList.of(
                new Claim.Part("cấp tỉnh", 15),
                new Claim.Part("cấp huyện", 226),
                new Claim.Part("cấp xã", 2608)));
    assertEquals(
        expected,
        ClaimExtractor.extract(
                "Tổ chức 2.849 cuộc giám sát, trong đó: cấp tỉnh 15, cấp huyện 226, cấp xã 2.608.")
            .get(0)
            .claim());
    assertEquals(
        expected,
        ClaimExtractor.extract(
                "Tổ chức 2.849 cuộc giám sát, trong đó: Cấp tỉnh: 15 cuộc, cấp huyện: 226 cuộc, cấp"
                    + " xã: 2.608 cuộc")
            .get(0)
            .claim());
  }
}

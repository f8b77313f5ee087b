package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Expr;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.LegalBasis;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.NgheAn;
import io.github.qcdc.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values as reports write them: decimals with a unit, qualified amounts, reported percentages. */
class ReportedAmountsTest {
  private static final Gazetteer UNITS = NgheAn.snapshot().build();
  private static final ReportingPeriod YEAR = ReportingPeriod.parse("2020");
  private static final DataElement ROADS = DataElement.of("rural-roads");

  private static Dataset values(String... amounts) {
    Dataset.Builder data = Dataset.builder(UNITS);
    String[] units = {"412", "413", "414", "415"};
    for (int i = 0; i < amounts.length; i++) {
      data.add(
          DataValue.builder()
              .id(RecordId.of("dv-" + i))
              .element(ROADS)
              .unit(UnitCode.of(units[i]))
              .period(YEAR)
              .amount(Amount.parse(amounts[i]))
              .build());
    }
    return data.build();
  }

  private static Figure figure(Indicator indicator, Dataset data) {
    return Evaluator.of(RulePack.of("p", "1").with(indicator))
        .evaluate(data, UnitCode.of("40"), YEAR)
        .report()
        .figure(indicator.id())
        .orElseThrow();
  }

  private static Figure total(String... amounts) {
    return figure(
        Indicator.measure("roads", Measure.dataValues(ROADS)).by(Breakdown.unitAt(Tier.DISTRICT)),
        values(amounts));
  }

  private static String vi(Figure f) {
    return FigureText.format(f.value(), f.format(), Language.VI);
  }

  @Test
  void decimalsAddExactlyAndKeepTheLargestScale() {
    Figure f = total("621.9 km", "10.25 km", "1 km");
    assertEquals("633.15 km", f.value().toString());
    assertEquals("633,15 km", vi(f));
  }

  @Test
  void aTotalOfQualifiedPartsIsQualified() {
    assertEquals("gần 900", total("gần 800", "100").value().toString());
    assertEquals("trên 11500", total("trên 11000", "tối thiểu 500").value().toString());
    assertEquals("khoảng 1100", total("gần 800", "trên 300").value().toString());
    List<String> cells =
        total("gần 800", "100").breakdowns().get(0).cells().stream()
            .map(c -> c.value().toString())
            .filter(v -> !v.equals("0"))
            .sorted()
            .toList();
    assertEquals(List.of("100", "gần 800"), cells);
  }

  @Test
  void amountsInDifferentUnitsGiveNoFigureAndSayWhy() {
    assertEquals(
        FigureValue.undefined("the amounts added are in different measure units: km, tỷ đồng"),
        total("621.9 km", "800 tỷ đồng").value());
    assertEquals(
        FigureValue.undefined("the amounts added are in different measure units: (no unit), km"),
        total("621.9 km", "800").value());
  }

  @Test
  void aReportedPercentageIsAFigureOfItsOwnNeverAdded() {
    Figure one = total("95%");
    assertEquals(FigureValue.Percentage.class, one.value().getClass());
    assertEquals("95%", vi(one));
    assertEquals("trên 97,25%", vi(total("trên 97.25%")));
    assertEquals(
        FigureValue.undefined(
            "2 reported percentages cannot be added; a reported percentage is a figure of its own"),
        total("95%", "90%").value());
  }

  @Test
  void aRatioOfAmountsThatAreNotWholeCountsHasNoValue() {
    Figure f =
        figure(
            Indicator.ratio(
                "share", Measure.dataValues(ROADS), Measure.dataValues(DataElement.of("x"))),
            values("621.9"));
    assertEquals(
        FigureValue.undefined(
            "the numerator adds amounts that are not exact whole counts (decimal, qualified or in"
                + " a measure unit); a ratio is of whole counts"),
        f.value());
  }

  @Test
  void aRuleReadingAQualifiedAmountIsRefusedWithTheValue() {
    ComplianceRule rule =
        ComplianceRule.of(
            "roads",
            Phrase.of("Đường", "Roads"),
            LegalBasis.of("thử"),
            Population.units(Tier.DISTRICT),
            Condition.atLeast(Expr.constant(1), Measure.dataValues(ROADS)));
    QcdcException e =
        assertThrows(
            QcdcException.class,
            () ->
                Evaluator.of(RulePack.of("p", "1").with(rule))
                    .evaluate(values("gần 800"), UnitCode.of("40"), YEAR)
                    .report());
    assertEquals(
        "data value dv-0: rule roads reads exact whole counts, and the amount is 'gần 800' (a"
            + " decimal, qualified or in a measure unit); report the count, or read the element"
            + " with a value indicator",
        e.problems().get(0).toString());
  }
}

package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Counts of a population's subjects, and data values that state the level they count. */
class CountsTest {
  private static final Gazetteer GAZETTEER = NgheAn.snapshot().build();
  private static final ReportingPeriod FIVE_YEARS = ReportingPeriod.parse("2016/2020");
  private static final DataElement SUPERVISIONS = DataElement.of("supervisions");

  private static Figure figure(Dataset dataset, Indicator indicator) {
    return Evaluator.of(RulePack.of("t", "1").with(indicator))
        .evaluate(dataset, NgheAn.PROVINCE, FIVE_YEARS)
        .report()
        .figure(indicator.id())
        .orElseThrow();
  }

  private static Map<String, FigureValue> cells(Figure figure) {
    return figure.breakdowns().get(0).cells().stream()
        .collect(Collectors.toMap(c -> String.join("/", c.labels()), Cell::value));
  }

  private static DataValue atLevel(String id, String level, long count) {
    return DataValue.builder()
        .id(RecordId.of(id))
        .element(SUPERVISIONS)
        .unit(NgheAn.PROVINCE)
        .period(FIVE_YEARS)
        .putDisaggregation("level", level)
        .amount(Amount.of(count))
        .build();
  }

  @Test
  void subjectsOfAUnitPopulationAreTheGazetteersCount() {
    Dataset empty = Dataset.builder(GAZETTEER).build();
    assertEquals(
        FigureValue.of(411),
        figure(
                empty,
                Indicator.measure(
                    "xa", Measure.subjects(Population.units(Tier.COMMUNE, UnitType.XA))))
            .value());
    Figure communes =
        figure(
            empty,
            Indicator.measure("communes", Measure.subjects(Population.units(Tier.COMMUNE)))
                .by(Breakdown.UNIT_TYPE));
    assertEquals(FigureValue.of(460), communes.value());
    assertEquals(FigureValue.of(32), cells(communes).get("phuong"));
    assertEquals(FigureValue.of(17), cells(communes).get("thi-tran"));
  }

  @Test
  void subjectsLeaveOutTheExcludedOnesAndServeAsADenominator() {
    Dataset empty = Dataset.builder(GAZETTEER).build();
    Population districts =
        Population.units(Tier.DISTRICT).excluding("412", Phrase.of("thử", "test"));
    assertEquals(
        FigureValue.of(20),
        figure(empty, Indicator.measure("d", Measure.subjects(districts))).value());
    Dataset reported =
        Dataset.builder(GAZETTEER)
            .add(DataValue.of("v1", DataElement.of("mountain-districts"), "40", FIVE_YEARS, 11))
            .build();
    assertEquals(
        FigureValue.of(Fraction.of(11, 21)),
        figure(
                reported,
                Indicator.ratio(
                    "mountain",
                    Measure.dataValues(DataElement.of("mountain-districts")),
                    Measure.subjects(Population.units(Tier.DISTRICT))))
            .value());
  }

  @Test
  void aDataValueThatStatesItsLevelCountsAtThatTierAlongsideActivities() {
    Dataset dataset =
        Dataset.builder(GAZETTEER)
            .add(atLevel("p", "province", 15))
            .add(atLevel("d", "district", 226))
            .add(atLevel("c", "commune", 2608))
            .add(Activity.of("a1", ActivityType.SUPERVISION, "16708", LocalDate.of(2018, 5, 1)))
            .add(DataValue.of("plain", SUPERVISIONS, "412", FIVE_YEARS, 5))
            .build();
    Figure figure =
        figure(
            dataset,
            Indicator.measure(
                    "s",
                    Measure.sumOf(
                        Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)),
                        Measure.dataValues(SUPERVISIONS)))
                .by(Breakdown.TIER));
    assertEquals(FigureValue.of(15 + 226 + 2608 + 1 + 5), figure.value());
    Map<String, FigureValue> byTier = cells(figure);
    assertEquals(FigureValue.of(15), byTier.get("province"));
    assertEquals(FigureValue.of(226 + 5), byTier.get("district"));
    assertEquals(FigureValue.of(2608 + 1), byTier.get("commune"));
  }

  @Test
  void aLevelThatNamesNoTierFallsBackToTheUnitsTier() {
    Dataset dataset = Dataset.builder(GAZETTEER).add(atLevel("x", "ward-group", 7)).build();
    Figure figure =
        figure(
            dataset, Indicator.measure("s", Measure.dataValues(SUPERVISIONS)).by(Breakdown.TIER));
    assertEquals(FigureValue.of(7), cells(figure).get("province"));
  }
}

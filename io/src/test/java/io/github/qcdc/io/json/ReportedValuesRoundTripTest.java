package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.io.csv.DataValueCsv;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.DomainSamples;
import io.github.qcdc.testing.NgheAn;
import io.github.qcdc.text.NumberStyle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Values as reports write them round-trip exactly through CSV (both styles) and JSON. */
class ReportedValuesRoundTripTest {
  private static final Gazetteer NGHE_AN = NgheAn.snapshot().build();
  private static final Schemas DATASET_SCHEMA = Schemas.load(DatasetJson.schema());
  private static final Schemas REPORT_SCHEMA = Schemas.load(ReportJson.schema());

  /** The example, as a data officer types it in a Vietnamese spreadsheet. */
  static final String VIETNAMESE_CSV =
      "id,element,unit,period,value:vi,as_of,source\r\n"
          + "r1,rural-roads,412,2020,\"621,9 km\",,\r\n"
          + "r2,supervisions,413,2020,5.973,,\r\n"
          + "r3,supervisions,414,2020,gần 800,,báo cáo dòng 12\r\n";

  private static Dataset readCsv(String csv) {
    try {
      return DataValueCsv.read(NGHE_AN, new StringReader(csv), "values.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String writeCsv(List<DataValue> values, NumberStyle style) {
    StringWriter out = new StringWriter();
    try {
      DataValueCsv.write(values, style, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Amount amountOf(Dataset data, String id) {
    return data.dataValues().stream()
        .filter(v -> v.id().value().equals(id))
        .findFirst()
        .orElseThrow()
        .amount();
  }

  @Test
  void vietnameseStyleValuesAreReadExactly() {
    Dataset data = readCsv(VIETNAMESE_CSV);
    assertEquals(Amount.of(new BigDecimal("621.9")).withMeasureUnit("km"), amountOf(data, "r1"));
    assertEquals(Amount.of(5973), amountOf(data, "r2"));
    assertEquals(Amount.of(800).withQualifier(Qualifier.NEARLY), amountOf(data, "r3"));
  }

  @Test
  void theExampleRoundTripsThroughCsvAndJsonExactly() {
    Dataset data = readCsv(VIETNAMESE_CSV);
    String csv = writeCsv(data.dataValues(), NumberStyle.VIETNAMESE);
    assertEquals(data, readCsv(csv));
    assertEquals(csv, writeCsv(readCsv(csv).dataValues(), NumberStyle.VIETNAMESE));
    assertEquals(
        List.of("\"621,9 km\"", "5.973", "gần 800"),
        csv.lines().skip(1).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[4]).toList());
    byte[] json = DatasetJsonTest.write(data);
    assertEquals(List.of(), DATASET_SCHEMA.violations(json));
    assertEquals(data, DatasetJsonTest.read(json));
  }

  @Test
  void generatedAmountsRoundTripThroughBothCsvStylesAndJson() {
    qt().withExamples(60)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(1, 30))
        .checkAssert(
            (seed, size) -> {
              DomainSamples samples = new DomainSamples(seed);
              List<DataValue> values = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                values.add(
                    DataValue.builder()
                        .id(RecordId.of("v" + i))
                        .element(DataElement.of("e"))
                        .unit(UnitCode.of("412"))
                        .period(ReportingPeriod.ofYear(2016 + i % 5))
                        .putDisaggregation("part", "p" + i)
                        .amount(samples.amount())
                        .build());
              }
              Dataset data = Dataset.builder(NGHE_AN).addDataValues(values).build();
              for (NumberStyle style : NumberStyle.values()) {
                assertEquals(data, readCsv(writeCsv(data.dataValues(), style)));
              }
              byte[] json = DatasetJsonTest.write(data);
              assertEquals(List.of(), DATASET_SCHEMA.violations(json));
              assertEquals(data, DatasetJsonTest.read(json));
            });
  }

  @Test
  void reportsOfDecimalQualifiedAndPercentageFiguresRoundTrip() throws IOException {
    Dataset data =
        readCsv(
            VIETNAMESE_CSV
                + "r4,supervisions,415,2020,trên 100,,\r\n"
                + "r5,answered,412,2020,\"97,25%\",,\r\n");
    RulePack pack =
        RulePack.of("reported", "1")
            .with(
                Indicator.measure("roads", Measure.dataValues(DataElement.of("rural-roads"))),
                Indicator.measure(
                        "supervisions", Measure.dataValues(DataElement.of("supervisions")))
                    .by(Breakdown.unitAt(Tier.DISTRICT)),
                Indicator.measure("answered", Measure.dataValues(DataElement.of("answered"))));
    Report report =
        Evaluator.of(pack)
            .evaluate(data, UnitCode.of("40"), ReportingPeriod.parse("2020"))
            .report();
    assertEquals(
        new FigureValue.Decimal(new BigDecimal("621.9"), Qualifier.EXACT, Optional.of("km")),
        report.figure("roads").orElseThrow().value());
    assertEquals(
        new FigureValue.Decimal(new BigDecimal("6873"), Qualifier.ABOUT, Optional.empty()),
        report.figure("supervisions").orElseThrow().value());
    assertEquals(
        new FigureValue.Percentage(new BigDecimal("97.25"), Qualifier.EXACT),
        report.figure("answered").orElseThrow().value());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportJson.write(report, out);
    assertEquals(List.of(), REPORT_SCHEMA.violations(out.toByteArray()));
    Report back = ReportJson.read(new ByteArrayInputStream(out.toByteArray()), "report.json");
    for (String id : List.of("roads", "supervisions", "answered")) {
      assertEquals(report.figure(id).orElseThrow(), back.figure(id).orElseThrow());
    }
  }
}

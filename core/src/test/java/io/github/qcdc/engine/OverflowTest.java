package io.github.qcdc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.qcdc.QcdcException;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.NgheAn;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every sum is exact or refused with a clear problem: never a wrapped, wrong figure. */
class OverflowTest {
  private static final Gazetteer UNITS = NgheAn.snapshot().build();
  private static final ReportingPeriod YEAR = ReportingPeriod.parse("2020");
  private static final RulePack VALUES =
      RulePack.of("p", "1")
          .with(Indicator.measure("n", Measure.dataValues(DataElement.of("supervisions"))));
  private static final RulePack QUANTITIES =
      RulePack.of("q", "1")
          .with(Indicator.measure("n", Measure.sum(ActivityFilter.any(), "participants")));

  /** Extreme amounts: the largest long and its neighbours, and small ones. */
  private static final List<Long> EXTREMES =
      List.of(
          Long.MAX_VALUE,
          Long.MAX_VALUE - 1,
          Long.MAX_VALUE / 2 + 1,
          1L,
          0L,
          4_611_686_018_427_387_903L);

  private static Dataset values(List<Long> amounts) {
    Dataset.Builder data = Dataset.builder(UNITS);
    for (int i = 0; i < amounts.size(); i++) {
      data.add(
          DataValue.builder()
              .id(RecordId.of("dv-" + i))
              .element(DataElement.of("supervisions"))
              .unit(UnitCode.of("40"))
              .period(YEAR)
              .amount(Amount.of(amounts.get(i)))
              .putDisaggregation("part", "p" + i) // values of one element, unit and period
              .build());
    }
    return data.build();
  }

  private static Dataset quantities(List<Long> amounts) {
    Dataset.Builder data = Dataset.builder(UNITS);
    for (int i = 0; i < amounts.size(); i++) {
      data.add(
          Activity.builder()
              .id(RecordId.of("a-" + i))
              .type(ActivityType.COMMUNITY_MEETING)
              .unit(UnitCode.of("16708"))
              .date(LocalDate.of(2020, 3, 1 + i % 28))
              .putQuantities("participants", amounts.get(i))
              .build());
    }
    return data.build();
  }

  private static String problem(RulePack pack, Dataset data) {
    QcdcException e =
        assertThrows(
            QcdcException.class,
            () -> Evaluator.of(pack).evaluate(data, UnitCode.of("40"), YEAR).report());
    return e.problems().get(0).toString();
  }

  @Test
  void twoDataValuesPastTheLargestLongAreRefusedNotWrapped() {
    assertEquals(
        "pack p, scope 40, period 2020: a sum of the records' amounts passes 9223372036854775807,"
            + " the largest exact count: no figure is given rather than a wrong one (check the data"
            + " values and quantities for an amount entered wrong)",
        problem(VALUES, values(List.of(Long.MAX_VALUE, 1L))));
  }

  @Test
  void twoQuantitiesOfTheLargestLongAreRefusedNotWrapped() {
    assertTrue(
        problem(QUANTITIES, quantities(List.of(Long.MAX_VALUE, Long.MAX_VALUE)))
            .startsWith("pack q"));
  }

  @Test
  void everySumIsExactOrRefused() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, EXTREMES.size() - 1)).ofSizeBetween(1, 6),
            integers().between(1, 3))
        .checkAssert(
            (picks, parts) -> {
              List<Long> amounts = picks.stream().map(EXTREMES::get).toList();
              BigInteger exact =
                  amounts.stream()
                      .map(BigInteger::valueOf)
                      .reduce(BigInteger.ZERO, BigInteger::add);
              for (boolean asQuantities : new boolean[] {false, true}) {
                Dataset data = asQuantities ? quantities(amounts) : values(amounts);
                RulePack pack = asQuantities ? QUANTITIES : VALUES;
                EvaluationOptions options = EvaluationOptions.defaults().withParallelism(parts);
                if (exact.bitLength() < 64) {
                  assertEquals(
                      FigureValue.of(exact.longValueExact()),
                      Evaluator.of(pack)
                          .evaluate(data, UnitCode.of("40"), YEAR, options)
                          .report()
                          .figure("n")
                          .orElseThrow()
                          .value());
                } else {
                  assertThrows(
                      QcdcException.class,
                      () -> Evaluator.of(pack).evaluate(data, UnitCode.of("40"), YEAR, options));
                }
              }
            });
  }

  @Test
  void partsThatAddUpPastTheLargestLongCannotBeCheckedExactly() {
    ReportedFigure claim =
        new ReportedFigure(
            "L1",
            "tổng",
            1,
            new Claim.Parts(
                5,
                com.google.common.collect.ImmutableList.of(
                    new Claim.Part("a", Long.MAX_VALUE), new Claim.Part("b", Long.MAX_VALUE))));
    AuditFinding finding = Audit.consistency(List.of(claim)).get(0);
    assertEquals(AuditFinding.Status.UNVERIFIABLE, finding.status());
  }

  private static void assertTrue(boolean condition) {
    org.junit.jupiter.api.Assertions.assertTrue(condition);
  }
}

package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluation on a synthetic national dataset: the units of the GSO list with 10 villages per
 * commune, 10 million activities over 2016-2020 and about a million data values, and a pack of 50
 * indicators and rules broken down by district and by year.
 *
 * <p>{@code java -Xmx12g -jar benchmarks/target/benchmarks.jar EvaluationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EvaluationBenchmark {
  static final ReportingPeriod PERIOD = ReportingPeriod.parse("2016/2020");
  static final UnitCode NGHE_AN = UnitCode.of("40");

  private Dataset dataset = Dataset.builder(Gazetteer.of(java.util.List.of())).build();
  private Evaluator wholePack = Evaluator.of(RulePack.of("empty", "1"));
  private Evaluator oneIndicator = Evaluator.of(RulePack.of("empty", "1"));

  /** Builds the data and the evaluators once. */
  @Setup(Level.Trial)
  public void setUp() {
    Gazetteer gazetteer = NationalData.gazetteer(10);
    dataset = NationalData.dataset(gazetteer, 10_000_000, 2, 20_260_101L);
    RulePack pack = NationalPack.create();
    wholePack = Evaluator.of(pack);
    oneIndicator = Evaluator.of(RulePack.of("one", "1").with(pack.indicators().get(0)));
  }

  /** The whole pack for the whole country, in two parallel parts. */
  @Benchmark
  public Report wholePackWholeCountry() {
    return wholePack
        .evaluateAll(dataset, PERIOD, EvaluationOptions.defaults().withParallelism(2))
        .report();
  }

  /** One indicator (supervisions by district and year) for Nghệ An, in one part. */
  @Benchmark
  public Report oneIndicatorOneProvince() {
    return oneIndicator.evaluate(dataset, NGHE_AN, PERIOD).report();
  }

  /** One indicator (supervisions by district and year) for Nghệ An, in two parallel parts. */
  @Benchmark
  public Report oneIndicatorOneProvinceTwoParts() {
    return oneIndicator
        .evaluate(dataset, NGHE_AN, PERIOD, EvaluationOptions.defaults().withParallelism(2))
        .report();
  }
}

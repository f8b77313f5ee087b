package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.engine.EvidenceDetail;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.json.ReportJson;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Measures a national report with each {@link EvidenceDetail}: the evaluation of the national pack
 * over the benchmark's national data (10 million activities, two parts), then its report JSON
 * written to a stream that only counts the bytes: {@code java -Xmx14g -cp
 * benchmarks/target/benchmarks.jar io.github.qcdc.benchmarks.ReportWriting}. Three rounds; the
 * first warms up.
 */
public final class ReportWriting {
  private ReportWriting() {}

  /** Prints, per round and detail, the evaluation time, the writing time and the bytes. */
  public static void main(String[] args) throws IOException {
    int activities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    Gazetteer gazetteer = NationalData.gazetteer(10);
    Dataset dataset = NationalData.dataset(gazetteer, activities, 2, 20_260_101L);
    Evaluator evaluator = Evaluator.of(NationalPack.create());
    ReportingPeriod period = ReportingPeriod.parse("2016/2020");
    for (int round = 1; round <= 3; round++) {
      for (EvidenceDetail detail : EvidenceDetail.values()) {
        long start = System.nanoTime();
        Report report =
            evaluator
                .evaluateAll(
                    dataset,
                    period,
                    EvaluationOptions.defaults().withParallelism(2).withEvidence(detail))
                .report();
        long evaluated = System.nanoTime();
        Counting out = new Counting();
        ReportJson.write(report, out);
        long written = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "round %d, evidence %s: evaluated in %,d ms, JSON written in %,d ms, %,d bytes%n",
            round,
            detail,
            (evaluated - start) / 1_000_000,
            (written - evaluated) / 1_000_000,
            out.bytes);
      }
    }
  }

  /** A stream that counts what is written to it. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
      bytes += length;
    }
  }
}

package io.github.qcdc.benchmarks;

import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.UnitHistory;
import io.github.qcdc.io.gso.VietnamUnits;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled units through time ({@link VietnamUnits}): reading the four lists and the reform's
 * edges, building the history and answering one name look-up, in a warm JVM. {@code java -jar
 * benchmarks/target/benchmarks.jar UnitHistoryBenchmark}; the heap the history holds: {@code java
 * -cp benchmarks/target/benchmarks.jar io.github.qcdc.benchmarks.UnitHistoryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class UnitHistoryBenchmark {
  /** Loads the history anew and finds "Thanh Hoá" in it. */
  @Benchmark
  public List<AdminUnit> loadAndFind() {
    return VietnamUnits.load().gazetteer().find("Thanh Hoá");
  }

  /** One look-up by name on a day, the history loaded. */
  @Benchmark
  public List<AdminUnit> findOnADay() {
    return VietnamUnits.gazetteer().find("Thanh Hoá", LocalDate.of(2026, 1, 1));
  }

  /** Prints the heap the bundled history holds once loaded (growth of the heap after GC). */
  public static void main(String[] args) {
    long before = used();
    UnitHistory history = VietnamUnits.load();
    history.gazetteer().find("Thanh Hoá"); // the name index too
    long after = used();
    System.out.printf(
        Locale.ROOT,
        "history: %d unit codes, %d versions, %d successions; heap held: %d KiB%n",
        history.gazetteer().size(),
        history.gazetteer().units().size(),
        history.gazetteer().successions().size(),
        (after - before) / 1024);
    if (history.gazetteer().size() == 0) {
      throw new AssertionError("keeps the history reachable until after the measure");
    }
  }

  private static long used() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

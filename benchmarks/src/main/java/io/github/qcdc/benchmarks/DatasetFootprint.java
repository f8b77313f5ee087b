package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Measures the memory a {@link Dataset} takes per activity ({@link NationalData#realistic}: a
 * 9-character id, an organiser and a quantity each): the bytes of its columns, and the growth of
 * the heap after full garbage collections. Run with a heap large enough for the build: {@code java
 * -Xmx8g -cp benchmarks/target/benchmarks.jar io.github.qcdc.benchmarks.DatasetFootprint 10000000}.
 */
public final class DatasetFootprint {
  private DatasetFootprint() {}

  /**
   * Builds a national dataset of {@code args[0]} activities (10 million by default) and prints its
   * footprint.
   */
  public static void main(String[] args) {
    int activities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    Gazetteer gazetteer = NationalData.gazetteer(10);
    long before = usedAfterGc();
    long start = System.nanoTime();
    Dataset dataset = NationalData.realistic(gazetteer, activities, 20_260_101L);
    long buildMillis = (System.nanoTime() - start) / 1_000_000;
    long after = usedAfterGc();
    long columns = dataset.activities().columnBytes();
    System.out.printf(
        Locale.ROOT,
        "units: %d (with %s)%nactivities: %d, built in %d ms%ncolumn bytes: %d (%s per"
            + " activity)%nheap growth after GC: %d bytes (%s per activity)%n",
        gazetteer.size(),
        "10 villages per commune; organisations of 10,565 communes",
        dataset.activities().size(),
        buildMillis,
        columns,
        perActivity(columns, activities),
        after - before,
        perActivity(after - before, activities));
  }

  private static BigDecimal perActivity(long bytes, int activities) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(activities), 2, RoundingMode.HALF_UP);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

package io.github.qcdc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.csv.ActivityCsv;
import io.github.qcdc.io.json.ActivityNdjson;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.io.json.QcdcModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures how fast a dataset document, an activities NDJSON and an activities CSV are read, and
 * the peak heap while reading: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * io.github.qcdc.benchmarks.ReadThroughput 1000000}.
 */
public final class ReadThroughput {
  private ReadThroughput() {}

  /**
   * Writes {@code args[0]} activities (a million by default) as JSON and CSV and reads them back.
   */
  public static void main(String[] args) throws IOException {
    int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Gazetteer gazetteer = NationalData.gazetteer(10);
    Dataset dataset = NationalData.dataset(gazetteer, activities, 1L);
    Path directory = Files.createTempDirectory("qcdc-read");
    Path json = directory.resolve("national.json");
    Path csv = directory.resolve("activities.csv");
    Path ndjson = directory.resolve("activities.ndjson");
    QcdcJson.writeDataset(dataset, json);
    writeCsv(dataset, csv);
    writeNdjson(dataset, ndjson);
    dataset = null;
    for (int round = 1; round <= 3; round++) {
      measure("json round " + round, json, activities, () -> QcdcJson.readDataset(json));
      measure("csv  round " + round, csv, activities, () -> ActivityCsv.read(gazetteer, csv));
      measure(
          "ndjson round " + round,
          ndjson,
          activities,
          () -> ActivityNdjson.read(gazetteer, ndjson));
    }
    Files.delete(json);
    Files.delete(csv);
    Files.delete(ndjson);
    Files.delete(directory);
  }

  @FunctionalInterface
  private interface Read {
    Dataset read() throws IOException;
  }

  private static void measure(String what, Path file, int activities, Read read)
      throws IOException {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    Dataset back = read.read();
    long nanos = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    BigDecimal seconds =
        BigDecimal.valueOf(nanos)
            .divide(BigDecimal.valueOf(1_000_000_000L), 3, RoundingMode.HALF_UP);
    BigDecimal perSecond =
        BigDecimal.valueOf(activities)
            .multiply(BigDecimal.valueOf(1_000_000_000L))
            .divide(BigDecimal.valueOf(nanos), 0, RoundingMode.HALF_UP);
    System.out.printf(
        Locale.ROOT,
        "%s: %d activities, %d MB file, %s s, %s activities/s, peak heap (sum of pools) %d MB%n",
        what,
        back.activities().size(),
        Files.size(file) / 1_000_000,
        seconds,
        perSecond,
        peak / 1_000_000);
  }

  private static void writeNdjson(Dataset dataset, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new QcdcModule());
    ActivityTable table = dataset.activities();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int row = 0; row < table.size(); row++) {
        out.write(mapper.writeValueAsString(table.get(row)));
        out.write('\n');
      }
    }
  }

  private static void writeCsv(Dataset dataset, Path csv) throws IOException {
    ActivityTable table = dataset.activities();
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("id,type,unit,date\n");
      for (int row = 0; row < table.size(); row++) {
        out.write(table.idText(row));
        out.write(',');
        out.write(table.types().get(table.typeId(row)).key());
        out.write(',');
        out.write(dataset.gazetteer().codeAt(table.unit(row)).value());
        out.write(',');
        out.write(table.date(row).toString());
        out.write('\n');
      }
    }
  }
}

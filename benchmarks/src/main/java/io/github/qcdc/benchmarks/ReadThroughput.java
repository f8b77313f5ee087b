package io.github.qcdc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.csv.CsvDataset;
import io.github.qcdc.io.json.ActivityNdjson;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.io.json.QcdcModule;
import io.github.qcdc.organization.Organization;
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
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast a dataset document, an activities NDJSON, an activities CSV and an activities
 * workbook (.xlsx) are read, and the peak heap while reading: {@code java -Xmx8g -cp
 * benchmarks/target/benchmarks.jar io.github.qcdc.benchmarks.ReadThroughput 1000000
 * [json,csv,ndjson,xlsx] [DIRECTORY]} (the files are kept in {@code DIRECTORY} when one is given).
 * The activities are {@link NationalData#realistic}: random order, 9-character ids, an organiser
 * and a quantity each.
 */
public final class ReadThroughput {
  private ReadThroughput() {}

  /**
   * Writes {@code args[0]} activities (a million by default) as JSON and CSV and reads them back.
   */
  public static void main(String[] args) throws IOException {
    int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Gazetteer gazetteer = NationalData.gazetteer(10);
    Dataset dataset = NationalData.realistic(gazetteer, activities, 1L);
    boolean keep = args.length > 2;
    Path directory =
        keep ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("qcdc-read");
    Path json = directory.resolve("national.json");
    Path csv = directory.resolve("activities.csv");
    Path organizations = directory.resolve("organizations.csv");
    Path ndjson = directory.resolve("activities.ndjson");
    Path xlsx = directory.resolve("activities.xlsx");
    QcdcJson.writeDataset(dataset, json);
    writeCsv(dataset, csv);
    writeOrganizations(dataset, organizations);
    writeNdjson(dataset, ndjson);
    List<String> formats = List.of((args.length > 1 ? args[1] : "json,csv,ndjson").split(","));
    if (formats.contains("xlsx")) {
      ActivityWorkbook.write(dataset, xlsx);
    }
    dataset = null;
    for (int round = 1; round <= 3; round++) {
      if (formats.contains("json")) {
        measure("json round " + round, json, activities, () -> QcdcJson.readDataset(json));
      }
      if (formats.contains("csv")) {
        measure(
            "csv  round " + round,
            csv,
            activities,
            () -> CsvDataset.over(gazetteer).organizations(organizations).activities(csv).read());
      }
      if (formats.contains("xlsx")) {
        measure(
            "xlsx round " + round,
            xlsx,
            activities,
            () ->
                io.github.qcdc.excel.ExcelDataset.addTo(
                        CsvDataset.over(gazetteer).organizations(organizations), xlsx)
                    .read());
      }
      if (formats.contains("ndjson")) {
        measure(
            "ndjson round " + round,
            ndjson,
            activities,
            () ->
                ActivityNdjson.read(
                    CsvDataset.over(gazetteer).organizations(organizations).read(), ndjson));
      }
    }
    for (Path file : List.of(json, csv, organizations, ndjson, xlsx, directory)) {
      if (!keep && Files.exists(file)) {
        Files.delete(file);
      }
    }
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

  static void writeNdjson(Dataset dataset, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new QcdcModule());
    ActivityTable table = dataset.activities();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int row = 0; row < table.size(); row++) {
        out.write(mapper.writeValueAsString(table.get(row)));
        out.write('\n');
      }
    }
  }

  static void writeOrganizations(Dataset dataset, Path csv) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("id,name,kind,unit\n");
      for (Organization o : dataset.organizations()) {
        out.write(
            o.id().value() + ",\"" + o.name() + "\"," + o.kind().key() + "," + o.unit() + "\n");
      }
    }
  }

  static void writeCsv(Dataset dataset, Path csv) throws IOException {
    ActivityTable table = dataset.activities();
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("id,type,unit,date,organiser,quantity.participants\n");
      for (int row = 0; row < table.size(); row++) {
        out.write(table.idText(row));
        out.write(',');
        out.write(table.types().get(table.typeId(row)).key());
        out.write(',');
        out.write(dataset.gazetteer().codeAt(table.unit(row)).value());
        out.write(',');
        out.write(table.date(row).toString());
        out.write(',');
        out.write(dataset.organizations().get(table.organiser(row)).id().value());
        out.write(',');
        out.write(String.valueOf(table.get(row).quantities().getOrDefault("participants", 0L)));
        out.write('\n');
      }
    }
  }
}

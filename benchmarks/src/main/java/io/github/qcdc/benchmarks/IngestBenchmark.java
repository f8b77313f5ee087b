package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.csv.CsvDataset;
import io.github.qcdc.io.json.ActivityNdjson;
import io.github.qcdc.io.json.QcdcJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a million activities as a province keeps them ({@link NationalData#realistic}: random
 * order, 9-character ids, an organiser and a quantity each) from an activities CSV with its
 * organisations CSV, from NDJSON with the same organisations, and from a dataset document. One
 * operation reads the whole file: a million activities, so {@code 1 s/op} is a million a second.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar IngestBenchmark}. The heap is fixed and
 * touched at start ({@code -Xms8g -XX:+AlwaysPreTouch}): on a virtual machine the first touch of
 * fresh memory costs more than the reading, and it is the reading this measures; {@link
 * ReadThroughput} gives the rounds of a cold JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class IngestBenchmark {
  static final int ACTIVITIES = 1_000_000;

  private Gazetteer gazetteer = Gazetteer.of(java.util.List.of());
  private Path directory = Path.of(".");
  private Path activitiesCsv = Path.of(".");
  private Path organizationsCsv = Path.of(".");
  private Path ndjson = Path.of(".");
  private Path json = Path.of(".");

  /** Writes the files once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    gazetteer = NationalData.gazetteer(10);
    Dataset dataset = NationalData.realistic(gazetteer, ACTIVITIES, 1L);
    directory = Files.createTempDirectory("qcdc-ingest");
    activitiesCsv = directory.resolve("activities.csv");
    organizationsCsv = directory.resolve("organizations.csv");
    ndjson = directory.resolve("activities.ndjson");
    json = directory.resolve("national.json");
    ReadThroughput.writeCsv(dataset, activitiesCsv);
    ReadThroughput.writeOrganizations(dataset, organizationsCsv);
    ReadThroughput.writeNdjson(dataset, ndjson);
    QcdcJson.writeDataset(dataset, json);
  }

  /** Deletes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    for (Path file : new Path[] {activitiesCsv, organizationsCsv, ndjson, json, directory}) {
      Files.deleteIfExists(file);
    }
  }

  /** The activities CSV with the organisations CSV. */
  @Benchmark
  public Dataset csv() throws IOException {
    return CsvDataset.over(gazetteer)
        .organizations(organizationsCsv)
        .activities(activitiesCsv)
        .read();
  }

  /** The organisations CSV, then the NDJSON activities into its dataset. */
  @Benchmark
  public Dataset ndjson() throws IOException {
    return ActivityNdjson.read(
        CsvDataset.over(gazetteer).organizations(organizationsCsv).read(), ndjson);
  }

  /** The dataset document. */
  @Benchmark
  public Dataset json() throws IOException {
    return QcdcJson.readDataset(json);
  }
}

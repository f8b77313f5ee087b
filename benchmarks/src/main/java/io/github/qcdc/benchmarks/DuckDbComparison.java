package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.io.csv.CsvDataset;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.rule.RulePack;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * qcdc beside DuckDB on the same files, from the CSVs to one figure: supervisions by province and
 * year over 2016-2020, on {@link NationalData#realistic} activities (random order, ids, organisers,
 * a quantity). qcdc reads the activities and organisations CSVs over the units it holds and
 * evaluates; DuckDB reads the activities CSV and a two-column CSV of each unit's province, and
 * groups. Each round prints both times, their ratio, and whether every cell is equal.
 *
 * <p>{@code java -Xmx16g -cp benchmarks/target/benchmarks.jar
 * io.github.qcdc.benchmarks.DuckDbComparison 10000000}. DuckDB checks nothing qcdc checks (known
 * units, units in force on the day, organisers, duplicate ids): the comparison is of work that is
 * not the same, and says so.
 */
public final class DuckDbComparison {
  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2016/2020");

  private DuckDbComparison() {}

  /** Writes {@code args[0]} activities (10 million by default) and runs three rounds. */
  public static void main(String[] args) throws IOException, SQLException {
    int activities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    Gazetteer gazetteer = NationalData.gazetteer(10);
    Dataset generated = NationalData.realistic(gazetteer, activities, 20_260_101L);
    Path directory = Files.createTempDirectory("qcdc-duckdb");
    Path csv = directory.resolve("activities.csv");
    Path organizations = directory.resolve("organizations.csv");
    Path provinces = directory.resolve("provinces.csv");
    ReadThroughput.writeCsv(generated, csv);
    ReadThroughput.writeOrganizations(generated, organizations);
    writeProvinces(gazetteer, provinces);
    generated = null;
    Evaluator evaluator =
        Evaluator.of(
            RulePack.of("comparison", "1")
                .with(
                    Indicator.measure(
                            "supervisions",
                            Measure.count(ActivityFilter.type(ActivityType.SUPERVISION)))
                        .by(Breakdown.unitAt(Tier.PROVINCE), Breakdown.YEAR)));
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      Dataset dataset =
          CsvDataset.over(gazetteer).organizations(organizations).activities(csv).read();
      long read = System.nanoTime();
      Figure figure =
          evaluator
              .evaluateAll(dataset, PERIOD, EvaluationOptions.defaults().withParallelism(2))
              .report()
              .figure("supervisions")
              .orElseThrow();
      long qcdc = System.nanoTime() - start;
      dataset = null;
      long duckStart = System.nanoTime();
      Map<String, Long> duck = duckDb(csv, provinces);
      long duckDb = System.nanoTime() - duckStart;
      Map<String, Long> ours = cells(figure);
      System.out.printf(
          Locale.ROOT,
          "round %d: %d activities; qcdc %d ms (read %d, evaluate %d); DuckDB %d ms; qcdc/DuckDB"
              + " %s; %d cells, %s%n",
          round,
          activities,
          qcdc / 1_000_000,
          (read - start) / 1_000_000,
          (qcdc - (read - start)) / 1_000_000,
          duckDb / 1_000_000,
          BigDecimal.valueOf(qcdc).divide(BigDecimal.valueOf(duckDb), 2, RoundingMode.HALF_EVEN),
          ours.size(),
          ours.equals(duck) ? "every cell equal" : "CELLS DIFFER: " + difference(ours, duck));
    }
    for (Path file : new Path[] {csv, organizations, provinces, directory}) {
      Files.delete(file);
    }
  }

  /** Each unit's province (itself for a province), for DuckDB to group by. */
  private static void writeProvinces(Gazetteer gazetteer, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("code,province\n");
      for (int i = 0; i < gazetteer.size(); i++) {
        UnitCode code = gazetteer.codeAt(i);
        out.write(code.value() + "," + province(gazetteer, code).value() + "\n");
      }
    }
  }

  private static UnitCode province(Gazetteer gazetteer, UnitCode code) {
    AdminUnit unit = gazetteer.versions(code).get(0);
    while (unit.tier() != Tier.PROVINCE) {
      unit = gazetteer.versions(unit.parent().orElseThrow()).get(0);
    }
    return unit.code();
  }

  private static Map<String, Long> duckDb(Path csv, Path provinces) throws SQLException {
    Map<String, Long> cells = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE units AS SELECT * FROM read_csv('"
              + provinces
              + "', header = true, columns = {'code': 'VARCHAR', 'province': 'VARCHAR'})");
      s.execute(
          "CREATE TABLE activities AS SELECT * FROM read_csv('"
              + csv
              + "', header = true, columns = {'id': 'VARCHAR', 'type': 'VARCHAR', 'unit':"
              + " 'VARCHAR', 'date': 'DATE', 'organiser': 'VARCHAR', 'quantity.participants':"
              + " 'BIGINT'})");
      try (ResultSet r =
          s.executeQuery(
              "SELECT u.province, year(a.date), count(*) FROM activities a JOIN units u ON"
                  + " a.unit = u.code WHERE a.type = 'supervision' AND a.date BETWEEN"
                  + " DATE '2016-01-01' AND DATE '2020-12-31' GROUP BY 1, 2")) {
        while (r.next()) {
          cells.put(r.getString(1) + "/" + r.getInt(2), r.getLong(3));
        }
      }
    }
    return cells;
  }

  /** The figure's cells with a count above 0, by {@code province/year}. */
  private static Map<String, Long> cells(Figure figure) {
    Map<String, Long> cells = new TreeMap<>();
    for (Cell cell : figure.breakdowns().get(0).cells()) {
      if (cell.value() instanceof FigureValue.Count count && count.count() > 0) {
        cells.put(String.join("/", cell.labels()), count.count());
      }
    }
    return cells;
  }

  private static String difference(Map<String, Long> ours, Map<String, Long> duck) {
    Map<String, String> differ = new TreeMap<>();
    for (Map.Entry<String, Long> cell : ours.entrySet()) {
      if (!cell.getValue().equals(duck.get(cell.getKey()))) {
        differ.put(cell.getKey(), cell.getValue() + " vs " + duck.get(cell.getKey()));
      }
    }
    duck.keySet().stream()
        .filter(k -> !ours.containsKey(k))
        .forEach(k -> differ.put(k, "- vs " + duck.get(k)));
    return differ.size() + " " + differ.entrySet().stream().limit(5).toList();
  }
}

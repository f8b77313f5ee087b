package io.github.qcdc.examples.embed;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.nio.file.Path;

/**
 * qcdc inside an application: read a dataset and a rule pack, evaluate them for a unit and a
 * period, write the report as JSON and print its figures the Vietnamese way.
 *
 * <p>{@code java -cp qcdc.jar io.github.qcdc.examples.embed.EmbedQcdc DATASET PACK UNIT PERIOD OUT}
 */
public final class EmbedQcdc {
  private EmbedQcdc() {}

  /** Runs the example on the command line's files. */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: EmbedQcdc DATASET.json PACK.json UNIT PERIOD OUT.json");
      System.exit(2);
    }
    Report report =
        run(
            Path.of(args[0]),
            Path.of(args[1]),
            UnitCode.of(args[2]),
            ReportingPeriod.parse(args[3]),
            Path.of(args[4]));
    System.out.print(summary(report));
  }

  /**
   * Evaluates the pack in {@code packFile} over the dataset in {@code datasetFile} and writes the
   * report to {@code out}.
   *
   * @throws io.github.qcdc.QcdcException if a document is invalid (every problem with its file,
   *     line and JSON pointer) or the scope is not on the period's tree
   */
  public static Report run(
      Path datasetFile, Path packFile, UnitCode scope, ReportingPeriod period, Path out)
      throws IOException {
    Dataset dataset = QcdcJson.readDataset(datasetFile);
    RulePack pack = QcdcJson.readRulePack(packFile);
    Report report = Evaluator.of(pack).evaluate(dataset, scope, period).report();
    QcdcJson.writeReport(report, out); // whole or not at all
    return report;
  }

  /** One line per figure: {@code na-pib: 460/460 xã, phường, thị trấn, đạt 100%}. */
  public static String summary(Report report) {
    StringBuilder text = new StringBuilder();
    for (Figure f : report.figures()) {
      text.append(f.id())
          .append(": ")
          .append(FigureText.format(f.value(), f.format(), Language.VI))
          .append('\n');
    }
    return text.toString();
  }
}

package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qcdc.QcdcException;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Explanation;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.report.SubjectVerdict;
import io.github.qcdc.rule.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads and writes report documents, {@code "format": "qcdc.report/1"}: what was evaluated (pack,
 * data fingerprint, scope, period, days, as-of date), the evaluation's diagnostics, every figure
 * with its value, breakdown tables and explanation, and every rule's verdict table with its
 * evidence.
 *
 * <p>Values are exact: a count is a whole number, a ratio its numerator and denominator, an
 * undefined figure its reason; there is no float anywhere. Each value, like each definition, is an
 * object with an explicit {@code kind}. Evidence lists the record ids the evaluation kept ({@link
 * io.github.qcdc.engine.EvaluationOptions}) beside the full {@code recordCount}.
 *
 * <p>Writing is deterministic, one figure or rule a line, so a report written twice from the same
 * evaluation gives the same bytes. Reading is strict like {@link DatasetJson}: unknown or missing
 * fields, wrong types and bad values are problems naming the source, the line and column of the
 * figure or rule, and the JSON pointer; every problem is reported, not only the first. The limits
 * of {@link DatasetJson} hold, with documents of at most {@value #MAX_DOCUMENT} bytes. A report is
 * read one figure or rule at a time, each as a small tree.
 *
 * @since 0.1
 */
public final class ReportJson {
  /** The format this version reads and writes. */
  public static final String FORMAT = "qcdc.report/1";

  /** Largest report document accepted, in bytes (1 GiB). */
  public static final long MAX_DOCUMENT = 1L << 30;

  static final ObjectMapper MAPPER =
      DatasetJson.exact(new ObjectMapper(DatasetJson.factory(MAX_DOCUMENT)));
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  /**
   * Writes {@code report} to {@code out}; does not close {@code out}.
   *
   * @param report the report
   * @param out where it is written; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Report report, OutputStream out) throws IOException {
    DocumentPrinter.document(
        out,
        FORMAT,
        g -> {
          ObjectNode pack =
              NODES
                  .objectNode()
                  .put("id", report.packId())
                  .put("version", report.packVersion())
                  .put("fingerprint", report.packFingerprint());
          g.writeFieldName("pack");
          g.writeTree(pack);
          g.writeStringField("dataFingerprint", report.dataFingerprint());
          if (report.scope().isPresent()) {
            g.writeStringField("scope", report.scope().get().value());
          }
          g.writeStringField("period", report.period().toString());
          g.writeStringField("days", report.days().toString());
          g.writeStringField("asOf", report.asOf().toString());
          Report.Diagnostics d = report.diagnostics();
          g.writeFieldName("diagnostics");
          com.fasterxml.jackson.databind.node.ObjectNode diagnostics =
              NODES
                  .objectNode()
                  .put("recordsOutsideTree", d.recordsOutsideTree())
                  .put("recordsRemapped", d.recordsRemapped())
                  .put("recordsGeneralised", d.recordsGeneralised())
                  .put("subjectsWithoutData", d.subjectsWithoutData());
          if (!d.warnings().isEmpty()) {
            d.warnings().forEach(diagnostics.putArray("warnings")::add);
          }
          g.writeTree(diagnostics);
          g.writeArrayFieldStart("figures");
          for (Figure figure : report.figures()) {
            g.writeTree(write(figure));
          }
          g.writeEndArray();
          g.writeArrayFieldStart("rules");
          for (RuleResult rule : report.rules()) {
            write(rule, g);
          }
          g.writeEndArray();
        });
  }

  /** {@return the JSON Schema (2020-12) of report documents, shipped in this jar} */
  public static InputStream schema() {
    return DocumentScanner.schema(FORMAT);
  }

  /**
   * Reads a report document; {@code source} names it in problems.
   *
   * @param in the document's bytes, UTF-8; not closed
   * @param source the name problems give the text ({@code activities.csv})
   * @return the report read
   * @throws QcdcException listing every problem, each with its place
   * @throws IOException if the stream fails
   */
  public static Report read(InputStream in, String source) throws IOException {
    return new ReportReader(source).read(in);
  }

  static ObjectNode write(Figure figure) {
    ObjectNode n = NODES.objectNode().put("id", figure.id());
    n.set("title", DefinitionWriter.write(figure.title()));
    n.set("value", write(figure.value()));
    ArrayNode tables = n.putArray("breakdowns");
    for (BreakdownTable table : figure.breakdowns()) {
      ObjectNode t = tables.addObject();
      ArrayNode dimensions = t.putArray("dimensions");
      table.dimensions().stream().map(Breakdown::toString).forEach(dimensions::add);
      ArrayNode cells = t.putArray("cells");
      for (Cell cell : table.cells()) {
        ObjectNode c = cells.addObject();
        strings(c.putArray("labels"), cell.labels());
        c.set("value", write(cell.value()));
      }
    }
    n.set("explanation", write(figure.explanation()));
    n.set("format", DefinitionWriter.write(figure.format()));
    figure.topic().ifPresent(t -> n.put("topic", t.toString()));
    return n;
  }

  static ObjectNode write(FigureValue value) {
    ObjectNode n = NODES.objectNode();
    if (value instanceof FigureValue.Count c) {
      n.put("kind", "count").put("count", c.count());
    } else if (value instanceof FigureValue.Ratio r) {
      n.put("kind", "ratio")
          .put("numerator", r.fraction().numerator())
          .put("denominator", r.fraction().denominator());
    } else if (value instanceof FigureValue.Decimal d) {
      n.put("kind", "decimal")
          .put("value", d.value().toPlainString())
          .put("qualifier", d.qualifier().key());
      d.measureUnit().ifPresent(u -> n.put("measureUnit", u));
    } else if (value instanceof FigureValue.Percentage p) {
      n.put("kind", "percentage")
          .put("percent", p.percent().toPlainString())
          .put("qualifier", p.qualifier().key());
    } else {
      n.put("kind", "undefined").put("reason", ((FigureValue.Undefined) value).reason());
    }
    return n;
  }

  /**
   * A decimal as reports' JSON writes it, a string of plain digits ({@code "621.9"}), so no reader
   * takes it through a binary float.
   *
   * @throws IllegalArgumentException naming the text
   */
  static BigDecimal plainDecimal(String text) {
    if (!text.matches("\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("'" + text + "' is not a plain decimal such as 621.9");
    }
    return new BigDecimal(text);
  }

  private static ObjectNode write(Explanation e) {
    ObjectNode n = NODES.objectNode();
    n.set("sentence", DefinitionWriter.write(e.sentence()));
    e.numerator().ifPresent(v -> n.put("numerator", v));
    e.denominator().ifPresent(v -> n.put("denominator", v));
    n.put("failing", e.failing()).put("noData", e.noData());
    n.set("excluded", DefinitionWriter.exclusions(e.excluded()));
    n.put("recordsCounted", e.recordsCounted());
    n.set("parameters", DefinitionWriter.parameters(e.parameters()));
    e.legalBasis().ifPresent(b -> n.put("legalBasis", b));
    n.set("rounding", DefinitionWriter.write(e.rounding()));
    return n;
  }

  /**
   * Writes {@code rule} with {@code g}: its fields, then its verdicts one by one, so that a rule of
   * a million subjects is never held as a tree.
   */
  static void write(RuleResult rule, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", rule.ruleId());
    g.writeNumberField("version", rule.version());
    g.writeFieldName("title");
    g.writeTree(DefinitionWriter.write(rule.title()));
    g.writeStringField("legalBasis", rule.legalBasis());
    if (rule.topic().isPresent()) {
      g.writeStringField("topic", rule.topic().get().toString());
    }
    if (rule.applied().isPresent()) {
      g.writeStringField("applied", rule.applied().get().toString());
    }
    g.writeFieldName("parameters");
    g.writeTree(DefinitionWriter.parameters(rule.parameters()));
    g.writeFieldName("excluded");
    g.writeTree(DefinitionWriter.exclusions(rule.excluded()));
    g.writeArrayFieldStart("verdicts");
    for (SubjectVerdict v : rule.verdicts()) {
      g.writeStartObject();
      g.writeStringField("subject", v.subject());
      g.writeStringField("name", v.name());
      g.writeStringField("verdict", DefinitionWriter.key(v.verdict()));
      g.writeArrayFieldStart("evidence");
      for (Evidence.Check c : v.evidence().checks()) {
        write(c, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void write(Evidence.Check c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("what");
    g.writeTree(DefinitionWriter.write(c.what()));
    g.writeStringField("window", c.window());
    if (c.observed().isPresent()) {
      g.writeNumberField("observed", c.observed().get());
    }
    g.writeStringField("required", c.required());
    g.writeStringField("outcome", DefinitionWriter.key(c.outcome()));
    g.writeNumberField("recordCount", c.recordCount());
    g.writeArrayFieldStart("records");
    for (String record : c.records()) {
      g.writeString(record);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}

package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Report;
import io.github.qcdc.report.RuleResult;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The module's definition, result and document types. A definition or result (indicator, rule,
 * figure, value, rule result, claim, reported figure, finding) is the object its document holds; a
 * whole document (dataset, gazetteer, rule pack, report, claims) is the document itself, read with
 * the strict reader of its format.
 */
final class ModuleTypes {
  private ModuleTypes() {}

  @FunctionalInterface
  interface TreeReader<T> {
    @Nullable T read(JsonNode node, String place, List<Problem> problems);
  }

  @FunctionalInterface
  private interface DocumentWriter<T> {
    void write(T value, OutputStream out) throws IOException;
  }

  @FunctionalInterface
  private interface DocumentReader<T> {
    T read(InputStream in, String source) throws IOException;
  }

  static void register(SimpleModule module) {
    DefinitionParts.register(module);
    tree(
        module,
        Indicator.class,
        RulePackJson::write,
        (n, place, problems) -> RulePackJson.indicator(new Definitions(place, problems), n, ""));
    tree(
        module,
        ComplianceRule.class,
        RulePackJson::write,
        (n, place, problems) -> RulePackJson.rule(new Definitions(place, problems), n, ""));
    tree(
        module,
        io.github.qcdc.rule.LegalBasis.class,
        RulePackJson::write,
        (n, place, problems) -> new Definitions(place, problems).legalBasis(n, ""));
    tree(
        module,
        Figure.class,
        ReportJson::write,
        (n, place, problems) -> new ReportReader.Parts(place, problems).figure(n, ""));
    tree(
        module,
        FigureValue.class,
        ReportJson::write,
        (n, place, problems) -> new ReportReader.Parts(place, problems).value(n, ""));
    streamed(
        module,
        RuleResult.class,
        ReportJson::write,
        (n, place, problems) -> new ReportReader.Parts(place, problems).rule(n, ""));
    tree(
        module,
        Claim.class,
        ClaimsJson::write,
        (n, place, problems) -> new ClaimsReader.Parts(place, problems).claimOf(n, ""));
    tree(
        module,
        ReportedFigure.class,
        ClaimsJson::write,
        (n, place, problems) -> new ClaimsReader.Parts(place, problems).claim(n, ""));
    tree(module, AuditFinding.class, ModuleTypes::finding, ModuleTypes::finding);
    document(module, Dataset.class, DatasetJson::write, DatasetJson::read);
    document(module, Gazetteer.class, ModuleTypes::gazetteer, ModuleTypes::gazetteer);
    document(module, RulePack.class, RulePackJson::write, RulePackJson::read);
    document(module, Report.class, ReportJson::write, ReportJson::read);
    document(module, ClaimsJson.Document.class, ClaimsJson::write, ClaimsJson::read);
  }

  static <T> void tree(
      SimpleModule module, Class<T> type, Function<T, JsonNode> write, TreeReader<T> read) {
    streamed(module, type, (value, g) -> g.writeTree(write.apply(value)), read);
  }

  /** Writes a value with a generator, token by token. */
  @FunctionalInterface
  interface StreamWriter<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** A type written token by token ({@code write}) and read from a tree ({@code read}). */
  private static <T> void streamed(
      SimpleModule module, Class<T> type, StreamWriter<T> write, TreeReader<T> read) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            write.write(value, g);
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String place = place(p.currentTokenLocation());
            JsonNode node = p.readValueAsTree();
            List<Problem> problems = new ArrayList<>();
            T value = read.read(node, place, problems);
            if (value == null || !problems.isEmpty()) {
              return context.reportInputMismatch(type, "%s", message(type, problems));
            }
            return value;
          }
        });
  }

  /**
   * A document as a value: written as its document, read with its strict reader, problems naming
   * the value's place and each problem's JSON pointer. Line and column numbers inside problems
   * count the document as qcdc lays it out (one record a line), not as the input did.
   */
  private static <T> void document(
      SimpleModule module, Class<T> type, DocumentWriter<T> write, DocumentReader<T> read) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write.write(value, bytes);
            g.writeTree(DatasetJson.MAPPER.readTree(bytes.toByteArray()));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String place = place(p.currentTokenLocation());
            JsonNode node = p.readValueAsTree();
            byte[] bytes = DatasetJson.MAPPER.writer(new DocumentPrinter()).writeValueAsBytes(node);
            try {
              return read.read(new ByteArrayInputStream(bytes), "value at " + place);
            } catch (QcdcException e) {
              return context.reportInputMismatch(type, "%s", message(type, e.problems()));
            }
          }
        });
  }

  private static String place(JsonLocation at) {
    return "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static String message(Class<?> type, List<Problem> problems) {
    return "invalid "
        + type.getSimpleName()
        + ": "
        + String.join("; ", problems.stream().map(Problem::toString).toList());
  }

  private static JsonNode finding(AuditFinding finding) {
    ObjectNode n = DatasetJson.MAPPER.createObjectNode();
    n.set("figure", ClaimsJson.write(finding.figure()));
    n.put("status", DefinitionWriter.key(finding.status()));
    n.set("check", DefinitionWriter.write(finding.check()));
    n.put("computation", finding.computation());
    return n;
  }

  private static @Nullable AuditFinding finding(
      JsonNode node, String place, List<Problem> problems) {
    ClaimsReader.Parts parts = new ClaimsReader.Parts(place, problems);
    return parts.standaloneFinding(node, Set.of("figure", "status", "check", "computation"));
  }

  private static void gazetteer(Gazetteer gazetteer, OutputStream out) throws IOException {
    DatasetJson.write(Dataset.builder(gazetteer).build(), out);
  }

  private static Gazetteer gazetteer(InputStream in, String source) throws IOException {
    Dataset dataset = DatasetJson.read(in, source);
    if (dataset.activities().size() > 0
        || !dataset.organizations().isEmpty()
        || !dataset.dataValues().isEmpty()
        || !dataset.facts().isEmpty()) {
      throw new QcdcException(
          "invalid gazetteer " + source,
          List.of(
              Problem.of(
                  source,
                  "a gazetteer holds units and successions only; this document has records")));
    }
    return dataset.gazetteer();
  }
}

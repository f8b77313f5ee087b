package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.rule.RuleExample;
import io.github.qcdc.rule.Verdict;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack's worked examples in its document: {@code name}, {@code target}, {@code scope},
 * {@code period}, the expected {@code verdicts} by subject and the expected {@code figure} (when
 * the target is an indicator), and the records {@code given} as a nested dataset document.
 */
final class RuleExamples {
  static final Set<String> FIELDS =
      Set.of("name", "target", "scope", "period", "verdicts", "figure", "given");

  private RuleExamples() {}

  /** Writes {@code example} as one element of the pack's {@code examples}. */
  static void write(JsonGenerator g, RuleExample example) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", example.name());
    g.writeStringField("target", example.target());
    g.writeStringField("scope", example.scope().toString());
    g.writeStringField("period", example.period().toString());
    g.writeObjectFieldStart("verdicts");
    for (Map.Entry<String, Verdict> expected : example.verdicts().entrySet()) {
      g.writeStringField(expected.getKey(), DefinitionWriter.key(expected.getValue()));
    }
    g.writeEndObject();
    if (example.figure().isPresent()) {
      g.writeStringField("figure", example.figure().get());
    }
    g.writeFieldName("given");
    DatasetJson.writeNested(g, example.given());
    g.writeEndObject();
  }

  /**
   * Reads the example {@code node}, element {@code pointer} of the document, standing at {@code
   * place}; null (with its problems in {@code problems}) if it has any.
   */
  static @Nullable RuleExample read(
      JsonNode node, String place, String pointer, List<Problem> problems) throws IOException {
    int before = problems.size();
    Fields f = new Fields(node, pointer, place, FIELDS, problems);
    if (!node.isObject()) {
      return null; // the one problem: not an object
    }
    Optional<String> name = f.text("name", true);
    Optional<String> target = f.text("target", true);
    Optional<UnitCode> scope = f.value("scope", true, "a unit code", UnitCode::of);
    Optional<ReportingPeriod> period =
        f.value("period", true, "a reporting period", ReportingPeriod::parse);
    Optional<String> figure = f.text("figure", false);
    Map<String, Verdict> verdicts = new TreeMap<>();
    for (Map.Entry<String, String> expected : f.texts("verdicts").entrySet()) {
      try {
        verdicts.put(expected.getKey(), PartReader.constant(Verdict.class, expected.getValue()));
      } catch (IllegalArgumentException e) {
        f.fail(
            "verdicts/" + Fields.escape(expected.getKey()),
            "expected pass, fail, no-data or not-applicable, got '" + expected.getValue() + "'");
      }
    }
    JsonNode given = node.get("given");
    Optional<Dataset> dataset = Optional.empty();
    if (given == null) {
      f.fail("given", "required field is missing");
    } else {
      dataset =
          DatasetJson.readNested(
              DatasetJson.MAPPER.writeValueAsBytes(given), place, pointer + "/given", problems);
    }
    if (problems.size() > before || f.failed()) {
      return null;
    }
    try {
      return new RuleExample(
          name.orElseThrow(),
          target.orElseThrow(),
          dataset.orElseThrow(),
          scope.orElseThrow(),
          period.orElseThrow(),
          ImmutableSortedMap.copyOf(verdicts),
          figure);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of(place + " " + pointer, "%s", String.valueOf(e.getMessage())));
      return null;
    }
  }
}

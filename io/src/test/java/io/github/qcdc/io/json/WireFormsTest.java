package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import io.github.qcdc.testing.DomainSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every public type of core and io has one wire form or none, decided here: a type of the module
 * (or a subtype of one), a part that travels only inside another type's form, or no data at all (a
 * service, a builder, a reader). A public type added without a decision fails this test. For the
 * module's types, the module writes what the documents write.
 */
class WireFormsTest {
  private static final ObjectMapper MODULE =
      new ObjectMapper()
          .registerModule(new QcdcModule())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Parts that travel inside another type's form: the part, then where. */
  private static final Map<String, String> INSIDE =
      Map.ofEntries(
          Map.entry("io.github.qcdc.Problem", "a document reader's problems (QcdcException)"),
          Map.entry("io.github.qcdc.Problem$Item", "Problem"),
          Map.entry("io.github.qcdc.audit.Claim$Part", "Claim"),
          Map.entry("io.github.qcdc.audit.Claim$RatePart", "Claim"),
          Map.entry("io.github.qcdc.audit.ClaimMatch", "AuditFinding"),
          Map.entry("io.github.qcdc.audit.ClaimMatch$How", "AuditFinding"),
          Map.entry("io.github.qcdc.dataset.ActivityTable", "Dataset (its activities)"),
          Map.entry("io.github.qcdc.geo.LegalAct", "Succession (act, act date, clause)"),
          Map.entry("io.github.qcdc.geo.SuccessionEdge", "Succession (one edge a row in CSV)"),
          Map.entry("io.github.qcdc.indicator.Breakdown", "Indicator, Figure"),
          Map.entry("io.github.qcdc.indicator.Indicator$Definition", "Indicator"),
          Map.entry("io.github.qcdc.indicator.Population$Exclusion", "Population, RuleResult"),
          Map.entry("io.github.qcdc.indicator.Population$Reference", "Population"),
          Map.entry("io.github.qcdc.indicator.Population$Subjects", "Population"),
          Map.entry("io.github.qcdc.period.ReportingPeriod$Kind", "ReportingPeriod (its text)"),
          Map.entry("io.github.qcdc.records.FactValue", "Fact"),
          Map.entry("io.github.qcdc.records.Subject$Kind", "Subject (its text)"),
          Map.entry("io.github.qcdc.report.BreakdownTable", "Figure"),
          Map.entry("io.github.qcdc.report.Cell", "Figure"),
          Map.entry(
              "io.github.qcdc.report.CategoryTable",
              "Report (computed from the topics of its rules and figures)"),
          Map.entry("io.github.qcdc.report.CategoryTable$Row", "Report (CategoryTable)"),
          Map.entry("io.github.qcdc.report.Explanation", "Figure"),
          Map.entry("io.github.qcdc.report.Report$Diagnostics", "Report"),
          Map.entry("io.github.qcdc.report.SubjectVerdict", "RuleResult"),
          Map.entry("io.github.qcdc.report.VerdictList", "RuleResult"),
          Map.entry("io.github.qcdc.rule.Evidence", "RuleResult"),
          Map.entry("io.github.qcdc.rule.Evidence$Check", "RuleResult"),
          Map.entry("io.github.qcdc.rule.RuleExample", "RulePack (examples)"));

  /** Types that are not data: services, builders, readers and writers, texts. */
  private static final List<String> NOT_DATA =
      List.of(
          "io.github.qcdc.QcdcException",
          "io.github.qcdc.QcdcVersion",
          "io.github.qcdc.audit.Audit",
          "io.github.qcdc.audit.ClaimExtractor",
          "io.github.qcdc.audit.ReportText",
          "io.github.qcdc.dataset.Dataset$Builder",
          "io.github.qcdc.dataset.Dataset$Names",
          "io.github.qcdc.engine.Evaluation",
          "io.github.qcdc.engine.Evaluation$RecordPage",
          "io.github.qcdc.engine.EvaluationOptions",
          "io.github.qcdc.engine.Evaluator",
          "io.github.qcdc.engine.Examples",
          "io.github.qcdc.engine.Examples$Outcome",
          "io.github.qcdc.geo.AdminTree",
          "io.github.qcdc.geo.Gazetteer$Builder",
          "io.github.qcdc.geo.UnitHistory",
          "io.github.qcdc.geo.UnitHistory$Builder",
          "io.github.qcdc.national.ProfileProvider",
          "io.github.qcdc.national.ProvincialProfile",
          "io.github.qcdc.national.Regime",
          "io.github.qcdc.national.VietnamPack",
          "io.github.qcdc.national.VietnamPack$IndicatorEntry",
          // a calendar, read from its own file (WorkingDays.parse), never part of a document
          "io.github.qcdc.period.WorkingDays",
          "io.github.qcdc.period.WorkingDays$DayKind",
          "io.github.qcdc.period.WorkingDays$WorkingDayCount",
          "io.github.qcdc.report.FigureText",
          "io.github.qcdc.text.NumberStyle",
          "io.github.qcdc.text.VietnameseNames",
          "io.github.qcdc.io.");

  private static List<String> publicTypes(Path api) throws IOException {
    List<String> types = new ArrayList<>();
    for (String line : Files.readAllLines(api)) {
      int at = line.indexOf(" = public");
      if (at > 0) {
        types.add(line.substring(0, at));
      }
    }
    return types;
  }

  private static String decision(String name, List<Class<?>> moduleTypes) throws Exception {
    if (NOT_DATA.stream().anyMatch(n -> n.equals(name) || (n.endsWith(".") && name.startsWith(n)))
        && !name.equals(ClaimsJson.Document.class.getName())) {
      return "no wire form";
    }
    if (name.endsWith("$Builder")) {
      return "no wire form"; // a builder of Immutables, or of a module type
    }
    Class<?> type = Class.forName(name);
    for (Map.Entry<String, String> part : INSIDE.entrySet()) {
      if (Class.forName(part.getKey()).isAssignableFrom(type)) {
        return "inside " + part.getValue();
      }
    }
    for (Class<?> module : moduleTypes) {
      if (module.isAssignableFrom(type)) {
        return "module " + module.getSimpleName();
      }
    }
    return "UNDECIDED";
  }

  @Test
  void everyPublicTypeHasOneDecidedWireFormOrNone() throws Exception {
    List<Class<?>> moduleTypes = new QcdcModule().types();
    Map<String, String> undecided = new TreeMap<>();
    int decided = 0;
    for (Path api : List.of(Path.of("..", "core", "api.txt"), Path.of("api.txt"))) {
      for (String name : publicTypes(api)) {
        String decision = decision(name, moduleTypes);
        if (decision.equals("UNDECIDED")) {
          undecided.put(name, decision);
        } else {
          decided++;
        }
      }
    }
    assertEquals(Map.of(), undecided, "public types with no decided wire form");
    assertTrue(decided > 190, "types decided: " + decided);
  }

  /** The compact text of a tree or a value, numbers as written (1 whether int or long). */
  private static String text(Object treeOrValue) throws IOException {
    return MODULE.writeValueAsString(treeOrValue);
  }

  private static JsonNode document(Object value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (value instanceof RulePack p) {
      RulePackJson.write(p, out);
    } else if (value instanceof Report r) {
      ReportJson.write(r, out);
    } else {
      DatasetJson.write((Dataset) value, out);
    }
    return MODULE.readTree(out.toByteArray());
  }

  @Test
  void theModuleWritesWhatTheDocumentsWrite() throws IOException {
    RulePack pack = VietnamPack.pack();
    Dataset dataset = new DomainSamples(7L).datasetInputs(300).build();
    Report report =
        Evaluator.of(pack)
            .evaluateAll(dataset, ReportingPeriod.parse("2016/2026"), EvaluationOptions.defaults())
            .report();
    for (Object whole : List.of(pack, dataset, report)) {
      assertEquals(text(document(whole)), text(whole), whole.getClass().getSimpleName());
    }
    JsonNode packDocument = document(pack);
    for (int i = 0; i < pack.rules().size(); i++) {
      assertEquals(text(packDocument.get("rules").get(i)), text(pack.rules().get(i)));
    }
    for (int i = 0; i < pack.indicators().size(); i++) {
      assertEquals(text(packDocument.get("indicators").get(i)), text(pack.indicators().get(i)));
    }
    JsonNode datasetDocument = document(dataset);
    for (int row = 0; row < dataset.activities().size(); row++) {
      assertEquals(
          text(datasetDocument.get("activities").get(row)), text(dataset.activities().get(row)));
    }
    for (int i = 0; i < dataset.facts().size(); i++) {
      assertEquals(text(datasetDocument.get("facts").get(i)), text(dataset.facts().get(i)));
    }
    JsonNode reportDocument = document(report);
    for (int i = 0; i < report.figures().size(); i++) {
      assertEquals(text(reportDocument.get("figures").get(i)), text(report.figures().get(i)));
    }
  }
}

package io.github.qcdc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.engine.EvaluationOptions;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.indicator.Topic;
import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.rule.Verdict;
import io.github.qcdc.testing.DefinitionSamples;
import io.github.qcdc.testing.DomainSamples;
import io.github.qcdc.testing.Generators;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryTableTest {
  private static Optional<Report> report(long seed, io.github.qcdc.rule.RulePack pack) {
    try {
      return Optional.of(
          Evaluator.of(pack)
              .evaluateAll(
                  new DomainSamples(seed).datasetInputs(200).build(),
                  ReportingPeriod.parse("2016/2026"),
                  EvaluationOptions.defaults())
              .report());
    } catch (io.github.qcdc.QcdcException e) {
      return Optional.empty(); // a generated pack refusing the data: no report to break down
    }
  }

  @Test
  void theRowsHoldEveryRuleAndFigureOnceAndTheirVerdictsSumToTheReports() {
    qt().withExamples(60)
        .forAll(Generators.seeds().map(seed -> report(seed, new DefinitionSamples(seed).pack())))
        .assuming(Optional::isPresent)
        .checkAssert(
            evaluated -> {
              Report report = evaluated.orElseThrow();
              CategoryTable table = CategoryTable.of(report);
              List<String> rules = new ArrayList<>();
              List<String> figures = new ArrayList<>();
              Map<Verdict, Long> sum = new EnumMap<>(Verdict.class);
              for (CategoryTable.Row row : table.rows()) {
                rules.addAll(row.rules());
                figures.addAll(row.figures());
                row.verdicts().forEach((v, n) -> sum.merge(v, n, Long::sum));
                for (String id : row.rules()) {
                  assertEquals(
                      row.category(), report.rule(id).orElseThrow().topic().map(Topic::category));
                }
              }
              assertEquals(
                  report.rules().stream().map(RuleResult::ruleId).sorted().toList(),
                  rules.stream().sorted().toList());
              assertEquals(
                  report.figures().stream().map(Figure::id).sorted().toList(),
                  figures.stream().sorted().toList());
              Map<Verdict, Long> total = new EnumMap<>(Verdict.class);
              for (Verdict v : Verdict.values()) {
                total.put(v, 0L);
              }
              report
                  .rules()
                  .forEach(r -> r.counts().forEach((v, n) -> total.merge(v, n, Long::sum)));
              if (!table.rows().isEmpty()) {
                assertEquals(total, sum);
              }
            });
  }

  @Test
  void theNationalReportIsBrokenDownInTheLawsOrder() {
    Report report = report(7L, VietnamPack.pack()).orElseThrow();
    List<Optional<Topic.Category>> order =
        CategoryTable.of(report).rows().stream().map(CategoryTable.Row::category).toList();
    assertEquals(
        List.of(Topic.Category.values()).stream().map(Optional::of).toList(),
        order,
        "every category, and no row without one: every national rule and figure has a topic");
    assertTrue(CategoryTable.of(report).rows().get(3).rules().contains("VN-R05"));
  }
}

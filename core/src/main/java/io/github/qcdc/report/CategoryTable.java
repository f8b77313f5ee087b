package io.github.qcdc.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.indicator.Topic;
import io.github.qcdc.rule.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report broken down by the law's content categories ({@link Topic.Category}): for each category
 * some rule or figure of the report is about, in the law's order, its rules, its figures and the
 * number of subjects with each verdict over its rules; then the rules and figures whose pack states
 * no topic, if any, in a row of their own, so that the rows together hold the whole report.
 *
 * @param rows a row a category, in the law's order, the row without a category last
 * @since 0.2
 */
public record CategoryTable(ImmutableList<CategoryTable.Row> rows) {

  /**
   * One category's part of a report.
   *
   * @param category the category; empty for rules and figures about no stated topic
   * @param rules the ids of its rules, in the report's order
   * @param figures the ids of its figures, in the report's order
   * @param verdicts the number of subjects with each verdict, summed over its rules, every verdict
   *     present
   */
  public record Row(
      Optional<Topic.Category> category,
      ImmutableList<String> rules,
      ImmutableList<String> figures,
      ImmutableSortedMap<Verdict, Long> verdicts) {}

  /**
   * {@return the rows of {@code report}}
   *
   * @param report the report
   */
  public static CategoryTable of(Report report) {
    Map<Topic.Category, List<RuleResult>> rules = new EnumMap<>(Topic.Category.class);
    Map<Topic.Category, List<String>> figures = new EnumMap<>(Topic.Category.class);
    List<RuleResult> rulesWithout = new ArrayList<>();
    List<String> figuresWithout = new ArrayList<>();
    for (RuleResult rule : report.rules()) {
      rule.topic()
          .map(t -> rules.computeIfAbsent(t.category(), c -> new ArrayList<>()))
          .orElse(rulesWithout)
          .add(rule);
    }
    for (Figure figure : report.figures()) {
      figure
          .topic()
          .map(t -> figures.computeIfAbsent(t.category(), c -> new ArrayList<>()))
          .orElse(figuresWithout)
          .add(figure.id());
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Topic.Category category : Topic.Category.values()) {
      if (rules.containsKey(category) || figures.containsKey(category)) {
        rows.add(
            row(
                Optional.of(category),
                rules.getOrDefault(category, List.of()),
                figures.getOrDefault(category, List.of())));
      }
    }
    if (!rulesWithout.isEmpty() || !figuresWithout.isEmpty()) {
      rows.add(row(Optional.empty(), rulesWithout, figuresWithout));
    }
    return new CategoryTable(rows.build());
  }

  private static Row row(
      Optional<Topic.Category> category, List<RuleResult> rules, List<String> figures) {
    Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      verdicts.put(v, 0L);
    }
    for (RuleResult rule : rules) {
      rule.counts().forEach((v, n) -> verdicts.merge(v, n, Math::addExact));
    }
    return new Row(
        category,
        rules.stream().map(RuleResult::ruleId).collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(figures),
        ImmutableSortedMap.copyOf(verdicts));
  }
}

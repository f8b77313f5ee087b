package io.github.qcdc.io.html;

import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.report.BreakdownTable;
import io.github.qcdc.report.Cell;
import io.github.qcdc.report.Explanation;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.text.Language;
import io.github.qcdc.text.NumberStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures: each with its value as written and exact, its explanation, and each breakdown as a
 * table and a bar chart. Cells equal to 0 or undefined are listed under the table, not drawn.
 */
final class FigureBlocks {
  private final Html html;
  private final Language language;
  private final Values values;

  FigureBlocks(Html html, Language language, Values values) {
    this.html = html;
    this.language = language;
    this.values = values;
  }

  /** The id of the element of figure {@code id}. */
  static String anchor(String id) {
    return "figure-" + id;
  }

  void write(List<Figure> figures) {
    Page.section(
        html,
        "figures",
        Words.FIGURES.in(language),
        Words.NO_FIGURES.in(language),
        figures,
        this::figure);
  }

  private void figure(Figure figure) {
    html.open("article", "class", "figure", "id", anchor(figure.id()));
    html.open("h3").text(figure.title().in(language == Language.VI) + " ");
    html.element("span", figure.id(), "class", "id").close("h3");
    html.open("p", "class", "value");
    html.element(
        "span", FigureText.format(figure.value(), figure.format(), language), "class", "written");
    html.text(" ");
    html.element(
        "span", Words.VALUE.in(language) + ": " + Values.exact(figure.value()), "class", "exact");
    html.close("p");
    explanation(figure.explanation());
    for (BreakdownTable table : figure.breakdowns()) {
      breakdown(figure, table);
    }
    html.close("article").newline();
  }

  private void explanation(Explanation e) {
    NumberStyle numbers = language.numbers();
    boolean vi = language == Language.VI;
    html.open("dl", "class", "explanation");
    item(Words.DEFINITION, e.sentence().in(vi));
    e.numerator().ifPresent(n -> item(Words.NUMERATOR, numbers.format(n)));
    e.denominator().ifPresent(d -> item(Words.DENOMINATOR, numbers.format(d)));
    if (e.failing() > 0) {
      item(Words.FAILING, numbers.format(e.failing()));
    }
    if (e.noData() > 0) {
      item(Words.NO_DATA, numbers.format(e.noData()));
    }
    if (!e.excluded().isEmpty()) {
      item(Words.EXCLUDED, exclusions(e.excluded()));
    }
    item(Words.RECORDS_COUNTED, numbers.format(e.recordsCounted()));
    item(Words.PARAMETERS, parameters(e.parameters(), numbers));
    e.legalBasis().ifPresent(b -> item(Words.LEGAL_BASIS, b));
    item(Words.ROUNDING, e.rounding().in(vi));
    html.close("dl");
  }

  /** A term and its description. */
  void item(Words term, String description) {
    html.element("dt", term.in(language)).element("dd", description);
  }

  /** {@code a = 1, b = 2}, or the word for none. */
  String parameters(Map<String, Long> parameters, NumberStyle numbers) {
    if (parameters.isEmpty()) {
      return Words.NONE.in(language);
    }
    List<String> all = new ArrayList<>();
    parameters.forEach((name, value) -> all.add(name + " = " + numbers.format(value)));
    return String.join(", ", all);
  }

  /** {@code 16681 (reason); 16684 (reason)}. */
  String exclusions(List<Population.Exclusion> excluded) {
    List<String> all = new ArrayList<>();
    for (Population.Exclusion x : excluded) {
      all.add(x.id() + " (" + x.reason().in(language == Language.VI) + ")");
    }
    return String.join("; ", all);
  }

  private void breakdown(Figure figure, BreakdownTable table) {
    List<String> dimensions = new ArrayList<>();
    for (Breakdown b : table.dimensions()) {
      dimensions.add(values.dimension(b));
    }
    String title =
        figure.title().in(language == Language.VI)
            + " — "
            + Words.BREAKDOWN.in(language).toLowerCase(java.util.Locale.ROOT)
            + " "
            + String.join(", ", dimensions).toLowerCase(java.util.Locale.ROOT);
    html.open("div", "class", "breakdown");
    html.element("h4", Words.BREAKDOWN.in(language) + " " + String.join(" × ", dimensions));
    List<Charts.Bar> bars = new ArrayList<>();
    List<String> omitted = new ArrayList<>();
    html.open("table", "class", "cells").open("thead").open("tr");
    for (String d : dimensions) {
      html.element("th", d);
    }
    html.element("th", Words.TEXT.in(language)).element("th", Words.VALUE.in(language));
    html.close("tr").close("thead").open("tbody");
    for (Cell cell : table.cells()) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < cell.labels().size(); i++) {
        labels.add(values.label(table.dimensions().get(i), cell.labels().get(i)));
      }
      String label = String.join(" / ", labels);
      if (Values.omitted(cell.value())) {
        omitted.add(label);
        continue;
      }
      String text = FigureText.format(cell.value(), figure.format(), language);
      bars.add(new Charts.Bar(label, cell.value(), text));
      html.open("tr");
      for (int i = 0; i < labels.size(); i++) {
        String key = cell.labels().get(i);
        html.open("td").text(labels.get(i));
        if (!key.equals(labels.get(i))) {
          html.text(" ").element("span", key, "class", "key");
        }
        html.close("td");
      }
      html.element("td", text, "class", "number");
      html.element("td", Values.exact(cell.value()), "class", "number");
      html.close("tr");
    }
    html.close("tbody").close("table");
    if (!omitted.isEmpty()) {
      html.element(
          "p",
          Words.ZEROS_OMITTED.in(language) + ": " + String.join(", ", omitted),
          "class",
          "note");
    }
    if (!bars.isEmpty()) {
      Charts.bars(html, title, bars);
    }
    html.close("div").newline();
  }
}

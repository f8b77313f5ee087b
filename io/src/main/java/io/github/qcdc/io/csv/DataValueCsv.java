package io.github.qcdc.io.csv;

import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.text.NumberStyle;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Data values as the CSV of a spreadsheet: the template {@code
 * id,element,unit,period,value,as_of,source,disaggregation.CATEGORY}.
 *
 * <p>A value cell is {@code n/a}, or a number with an optional qualifier word before it and an
 * optional measure unit after it: {@code 226}, {@code gần 800}, {@code 621,9 km}, {@code trên
 * 11.000 lượt}, {@code 95%}. How the number is written is declared by the header of the column:
 *
 * <ul>
 *   <li>{@code value}: plainly, {@code 5973} and {@code 621.9}, no grouping. A cell that only a
 *       style could read is refused with its place: a comma, or {@code 5.973} (which is 5973 in
 *       Vietnamese and 5.973 in English);
 *   <li>{@code value:vi}: the Vietnamese way, {@code 5.973} and {@code 621,9};
 *   <li>{@code value:en}: the English way, {@code 5,973} and {@code 621.9}.
 * </ul>
 *
 * <p>A decimal keeps its scale ({@code 621,90} stays two places); a qualifier is one of {@code
 * trên}, {@code hơn} (more than), {@code tối thiểu}, {@code ít nhất} (at least), {@code gần}
 * (nearly), {@code khoảng} (about). {@link #write} writes values so that {@link #read} gives them
 * back equal, in the style asked for (always declared in the header).
 *
 * @since 0.1
 */
public final class DataValueCsv {
  private DataValueCsv() {}

  /**
   * Reads the data values of {@code file} into a dataset over {@code gazetteer}.
   *
   * @param gazetteer the units every record's unit must be in
   * @param file the file read
   * @return the dataset read
   * @throws QcdcException listing every problem, each with its file, line and column
   * @throws IOException if the file cannot be read
   */
  public static Dataset read(Gazetteer gazetteer, Path file) throws IOException {
    return CsvDataset.readFile(file, (reader, name) -> read(gazetteer, reader, name));
  }

  /**
   * Reads the data values from {@code reader}; {@code source} names it in problems.
   *
   * @param gazetteer the units every record's unit must be in
   * @param reader the text read
   * @param source the name problems give the text ({@code activities.csv})
   * @return the dataset read
   * @throws QcdcException listing every problem
   * @throws IOException if the reader fails
   */
  public static Dataset read(Gazetteer gazetteer, Reader reader, String source) throws IOException {
    return CsvDataset.over(gazetteer).dataValues(source, () -> reader).read();
  }

  /**
   * Writes {@code values}, in their order, with numbers in {@code style} (declared in the header:
   * {@code value:vi} or {@code value:en}); every category of their disaggregations gets a column.
   *
   * @param values the data values, written in this order
   * @param style how numbers are written: grouped thousands and the decimal mark
   * @param out where it is written; not closed
   * @throws IOException if the writer fails
   */
  public static void write(Iterable<DataValue> values, NumberStyle style, Writer out)
      throws IOException {
    SortedSet<String> categories = new TreeSet<>();
    for (DataValue v : values) {
      categories.addAll(v.disaggregation().keySet());
    }
    StringBuilder header =
        new StringBuilder("id,element,unit,period,value:")
            .append(style == NumberStyle.VIETNAMESE ? "vi" : "en")
            .append(",as_of,source");
    for (String category : categories) {
      header.append(',').append(cell("disaggregation." + category));
    }
    out.write(header.append("\r\n").toString());
    for (DataValue v : values) {
      StringBuilder row = new StringBuilder();
      row.append(cell(v.id().value()))
          .append(',')
          .append(cell(v.element().key()))
          .append(',')
          .append(cell(v.unit().value()))
          .append(',')
          .append(cell(v.period().toString()))
          .append(',')
          .append(cell(CsvAmounts.format(v.amount(), style)))
          .append(',')
          .append(v.asOf().map(Object::toString).orElse(""))
          .append(',')
          .append(cell(v.source().orElse("")));
      for (String category : categories) {
        String option = v.disaggregation().get(category);
        row.append(',').append(option == null ? "" : cell(option));
      }
      out.write(row.append("\r\n").toString());
    }
    out.flush();
  }

  /** A cell, quoted when it holds a separator, a quote, a line break or edge spaces. */
  private static String cell(String text) {
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.equals(text.strip());
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}

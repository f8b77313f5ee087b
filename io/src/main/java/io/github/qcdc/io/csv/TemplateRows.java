package io.github.qcdc.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one CSV template read from a table that is not a CSV file: a spreadsheet's sheet,
 * say. The first row is the header; each row's cells are text, as a CSV file would hold them (a
 * date {@code 2020-05-01}, a number {@code 621.9}). {@link CsvDataset#rows} reads them with the
 * same checks as a CSV file, and places every problem as the {@link Source} writes places.
 *
 * @since 0.2
 */
public interface TemplateRows extends Closeable {
  /**
   * {@return the cells of the next row, untrimmed, or null after the last row} A row the table
   * cannot give as text (a spreadsheet cell holding an error) is a {@link
   * io.github.qcdc.QcdcException} naming its place; the rows after it are still read.
   *
   * @throws IOException if the table cannot be read at all
   */
  @Nullable List<String> next() throws IOException;

  /**
   * {@return the number of the row {@link #next()} returned last, as {@link Source#place(int)}
   * takes it}
   */
  int row();

  /** A table of rows: its name and how places in it are written; opened once per read. */
  interface Source {
    /**
     * {@return the table's name in problems: {@code activities.csv}, {@code book.xlsx!activities}}
     */
    String name();

    /**
     * {@return the place of row {@code row}: {@code activities.csv:12}, {@code
     * book.xlsx!activities!12}}
     *
     * @param row the row's number as {@link TemplateRows#row()} gives it
     */
    String place(int row);

    /**
     * {@return the place of the cell of row {@code row} and column {@code column} (0-based), before
     * which a problem puts the column's header: {@code activities.csv:12} or {@code
     * book.xlsx!activities!C12}}
     *
     * @param row the row's number as {@link TemplateRows#row()} gives it
     * @param column the column, from 0
     */
    String place(int row, int column);

    /**
     * Opens the rows; the caller closes them.
     *
     * @return the rows, open
     * @throws IOException if the rows cannot be opened
     */
    TemplateRows open() throws IOException;
  }
}

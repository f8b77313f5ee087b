package io.github.qcdc.io.csv;

import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads activities from a spreadsheet's CSV: UTF-8 (a byte-order mark is skipped), a header row,
 * one activity a row.
 *
 * <p>Columns, by header name, in any order: {@code id}, {@code type}, {@code unit}, {@code date}
 * (required); {@code organiser} (optional); {@code quantity.KEY} (a whole number, such as {@code
 * quantity.participants}) and {@code attribute.KEY} (a text), as many as needed. Dates are {@code
 * yyyy-MM-dd}, or {@code dd/MM/yyyy} as Vietnamese spreadsheets write them. An empty cell is
 * absent.
 *
 * <p>Every row is checked; every problem names the file, the line and the column's header, and says
 * what was expected; the dataset builder's problems (unknown units, duplicate ids...) are placed on
 * their rows too. Nothing is skipped silently: a file with a problem gives no dataset. For several
 * kinds of records at once, see {@link CsvDataset}.
 *
 * @since 0.1
 */
public final class ActivityCsv {
  private ActivityCsv() {}

  /**
   * Reads the activities of {@code file} into a dataset over {@code gazetteer}.
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
   * Reads the activities from {@code reader}; {@code source} names it in problems.
   *
   * @param gazetteer the units every record's unit must be in
   * @param reader the text read
   * @param source the name problems give the text ({@code activities.csv})
   * @return the dataset read
   * @throws QcdcException listing every problem
   * @throws IOException if the reader fails
   */
  public static Dataset read(Gazetteer gazetteer, Reader reader, String source) throws IOException {
    return CsvDataset.over(gazetteer).activities(source, () -> reader).read();
  }
}

package io.github.qcdc.io.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV text, each numbered by the line it starts on; places are {@code file:line}. The
 * tokenizer's failures (bytes that are not UTF-8, a quote not closed) propagate to {@link CsvRows},
 * which turns them into problems.
 */
final class CsvTable implements TemplateRows {
  private static final CsvMapper MAPPER = mapper();

  private final MappingIterator<String[]> cells;
  private int row;

  private CsvTable(MappingIterator<String[]> cells) {
    this.cells = cells;
  }

  private static CsvMapper mapper() {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    return mapper;
  }

  /** The CSV text {@code source} opens, named {@code name}. */
  static TemplateRows.Source source(String name, CsvDataset.Source text) {
    return new TemplateRows.Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String place(int row) {
        return name + ":" + row;
      }

      @Override
      public String place(int row, int column) {
        return place(row);
      }

      @Override
      public TemplateRows open() throws IOException {
        Reader reader = CsvDataset.buffered(text.open());
        try {
          return new CsvTable(MAPPER.readerFor(String[].class).readValues(reader));
        } catch (IOException | RuntimeException e) {
          reader.close();
          throw e;
        }
      }
    };
  }

  @Override
  public @Nullable List<String> next() throws IOException {
    if (!cells.hasNextValue()) {
      return null;
    }
    // The row's start token sits where the previous row ended: the row starts a line on.
    row = row == 0 ? 1 : cells.getParser().currentTokenLocation().getLineNr() + 1;
    return Arrays.asList(cells.nextValue());
  }

  @Override
  public int row() {
    return row;
  }

  @Override
  public void close() throws IOException {
    cells.close();
  }
}

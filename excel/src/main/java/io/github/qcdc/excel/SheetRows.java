package io.github.qcdc.excel;

import io.github.qcdc.io.csv.TemplateRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet, streamed: a row at a time is held, whatever the sheet's size. Rows whose
 * cells are all empty are skipped (spreadsheets keep formatted empty rows); the header's width
 * bounds each row, empty cells past it dropped. Places are {@code book.xlsx!activities!C12}.
 */
final class SheetRows implements TemplateRows {
  /** Cell formats are read, to tell a date from a number. */
  static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final Source source;
  private boolean[] decimalComma = new boolean[0];
  private int width = -1;
  private int row;

  private SheetRows(ReadableWorkbook workbook, Stream<Row> stream, Source source) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.source = source;
  }

  /** The sheet {@code sheet} of {@code file}, named {@code book.xlsx!sheet} in problems. */
  static TemplateRows.Source source(Path file, String sheet) {
    Path fileName = file.getFileName();
    String name = (fileName == null ? file.toString() : fileName.toString()) + "!" + sheet;
    return new TemplateRows.Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String place(int row) {
        return name + "!" + row;
      }

      @Override
      public String place(int row, int column) {
        return name + "!" + Cells.column(column) + row;
      }

      @Override
      public TemplateRows open() throws IOException {
        ReadableWorkbook workbook = Workbooks.open(file);
        try {
          Sheet found =
              workbook
                  .findSheet(sheet)
                  .orElseThrow(() -> new IOException("sheet " + sheet + " is gone from " + file));
          return new SheetRows(workbook, found.openStream(), this);
        } catch (IOException | RuntimeException e) {
          workbook.close();
          throw e;
        }
      }
    };
  }

  @Override
  public @Nullable List<String> next() {
    while (rows.hasNext()) {
      Row next = rows.next();
      row = next.getRowNum();
      int cells = width < 0 ? next.getCellCount() : Math.max(width, next.getCellCount());
      List<String> texts = new ArrayList<>(cells);
      boolean empty = true;
      for (int c = 0; c < cells; c++) {
        int at = row;
        int column = c;
        String text =
            Cells.text(
                next.hasCell(c) ? next.getCell(c) : null,
                c < decimalComma.length && decimalComma[c],
                () -> source.place(at, column));
        empty &= text.isBlank();
        texts.add(text);
      }
      if (empty) {
        continue;
      }
      if (width < 0) {
        header(texts);
      } else {
        while (texts.size() > width && texts.get(texts.size() - 1).isEmpty()) {
          texts.remove(texts.size() - 1);
        }
      }
      return texts;
    }
    return null;
  }

  /** The header: its width, and the columns whose numbers are written the Vietnamese way. */
  private void header(List<String> texts) {
    while (!texts.isEmpty() && texts.get(texts.size() - 1).isBlank()) {
      texts.remove(texts.size() - 1);
    }
    width = texts.size();
    decimalComma = new boolean[width];
    for (int c = 0; c < width; c++) {
      decimalComma[c] = texts.get(c).endsWith(":vi");
    }
  }

  @Override
  public int row() {
    return row;
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }
}

package io.github.qcdc.excel;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Opens workbooks, telling a file that is not one apart from a file that cannot be read. */
final class Workbooks {
  private Workbooks() {}

  /**
   * Opens {@code file} for streaming.
   *
   * @throws QcdcException naming the file if it is not an Excel workbook (.xlsx): an Excel 97-2003
   *     .xls, or any other content
   * @throws IOException if the file cannot be read
   */
  static ReadableWorkbook open(Path file) throws IOException {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such workbook");
    }
    if (read == head.length && ReadableWorkbook.isOLE2Header(head)) {
      throw notAWorkbook(
          file, "an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)");
    }
    if (read < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw notAWorkbook(file, "not an Excel workbook (.xlsx)");
    }
    try {
      return new ReadableWorkbook(file.toFile(), SheetRows.OPTIONS);
    } catch (IOException | RuntimeException e) {
      throw notAWorkbook(file, "not a readable Excel workbook (.xlsx): " + e.getMessage());
    }
  }

  private static QcdcException notAWorkbook(Path file, String reason) {
    return new QcdcException(
        "invalid workbook " + file, List.of(Problem.of(String.valueOf(file), "%s", reason)));
  }
}

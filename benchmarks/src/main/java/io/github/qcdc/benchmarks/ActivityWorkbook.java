package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.dataset.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An activities sheet as a clerk keeps one: ids, types, units and organisers as text, dates as
 * Excel dates shown {@code dd/mm/yyyy}, the quantity as a number; flushed every 10,000 rows.
 */
final class ActivityWorkbook {
  private ActivityWorkbook() {}

  static void write(Dataset dataset, Path file) throws IOException {
    ActivityTable table = dataset.activities();
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "qcdc-benchmarks", "1.0");
      Worksheet sheet = book.newWorksheet("activities");
      List<String> header =
          List.of("id", "type", "unit", "date", "organiser", "quantity.participants");
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
      }
      for (int row = 0; row < table.size(); row++) {
        int r = row + 1;
        sheet.value(r, 0, table.idText(row));
        sheet.value(r, 1, table.types().get(table.typeId(row)).key());
        sheet.value(r, 2, dataset.gazetteer().codeAt(table.unit(row)).value());
        sheet.value(r, 3, table.date(row));
        sheet.style(r, 3).format("dd/mm/yyyy").set();
        sheet.value(r, 4, dataset.organizations().get(table.organiser(row)).id().value());
        sheet.value(r, 5, table.get(row).quantities().getOrDefault("participants", 0L));
        if (r % 10_000 == 0) {
          sheet.flush();
        }
      }
      sheet.finish();
      book.finish();
    }
  }
}

package io.github.qcdc.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbooks made the way a province's clerk keeps them: a sheet per CSV file, dates as Excel dates
 * ({@code dd/mm/yyyy} shown), numbers as numbers, yes/no as booleans, the rest as text.
 */
final class Sheets {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern VIETNAMESE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

  private Sheets() {}

  /** The rows of a CSV file, header first (quoted fields with commas and doubled quotes). */
  static List<List<String>> csv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = !quoted;
        } else if (ch == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(ch);
        }
      }
      cells.add(cell.toString());
      rows.add(cells);
    }
    return rows;
  }

  /** Writes a workbook of {@code sheets} (name to rows) to {@code file}, typing the cells. */
  static Path write(Path file, Map<String, List<List<String>>> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "test", "1.0");
      for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
        Worksheet ws = book.newWorksheet(sheet.getKey());
        List<List<String>> rows = sheet.getValue();
        List<String> header = rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            cell(ws, r, c, r == 0 ? "" : header.get(c), rows.get(r).get(c));
          }
        }
        ws.finish();
      }
      book.finish();
    }
    return file;
  }

  private static void cell(Worksheet ws, int r, int c, String column, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (column.equals("date") && ISO.matcher(text).matches() && isDay(text)) {
      ws.value(r, c, LocalDate.parse(text));
      ws.style(r, c).format("dd/mm/yyyy").set();
    } else if (column.equals("date") && VIETNAMESE.matcher(text).matches()) {
      ws.value(
          r,
          c,
          LocalDate.parse(text, DateTimeFormatter.ofPattern("dd/MM/yyyy", java.util.Locale.ROOT)));
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else if (!column.contains(":") && NUMBER.matcher(text).matches()) {
      ws.value(r, c, new BigDecimal(text));
    } else if (text.equals("true") || text.equals("false")) {
      ws.value(r, c, Boolean.valueOf(text));
    } else {
      ws.value(r, c, text);
    }
  }

  /**
   * Copies workbook {@code from} to {@code to}, replacing {@code target} by {@code replacement} in
   * the XML of sheet {@code sheetXml} ({@code xl/worksheets/sheet2.xml}): a cell no writer makes
   * (an error), made by hand.
   */
  static void replaceInSheet(Path from, Path to, String sheetXml, String target, String replacement)
      throws IOException {
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(from.toFile());
        java.util.zip.ZipOutputStream out =
            new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
      boolean replaced = false;
      for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes;
        try (java.io.InputStream entry = in.getInputStream(e)) {
          bytes = entry.readAllBytes();
        }
        if (e.getName().equals(sheetXml)) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          if (xml.contains(target)) {
            replaced = true;
            bytes =
                xml.replace(target, replacement).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          }
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
      if (!replaced) {
        throw new IllegalStateException("no sheet holds " + target);
      }
    }
  }

  /** Writes {@code rows} into {@code sheet} from its first row, every cell as text. */
  static void texts(Worksheet sheet, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        sheet.value(r, c, rows.get(r).get(c));
      }
    }
  }

  /** Whether {@code text} is a day of the calendar (2020-02-30 is not: it stays text). */
  private static boolean isDay(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The sheets of the CSV files {@code files} of {@code dir}, each named by its template. */
  static Map<String, List<List<String>>> fromCsv(Path dir, Map<String, String> files)
      throws IOException {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      sheets.put(f.getKey(), csv(dir.resolve(f.getValue())));
    }
    return sheets;
  }
}

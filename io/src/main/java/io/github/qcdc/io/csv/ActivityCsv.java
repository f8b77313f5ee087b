package io.github.qcdc.io.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.internal.RecordLines;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * their rows too. Nothing is skipped silently: a file with a problem gives no dataset.
 *
 * @since 0.1
 */
public final class ActivityCsv {
  private static final List<String> REQUIRED = List.of("id", "type", "unit", "date");
  private static final Pattern EXTRA =
      Pattern.compile("(quantity|attribute)\\.([a-z0-9][a-z0-9._:-]*)");
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private ActivityCsv() {}

  /**
   * Reads the activities of {@code file} into a dataset over {@code gazetteer}.
   *
   * @throws QcdcException listing every problem, each with its file, line and column
   * @throws IOException if the file cannot be read
   */
  public static Dataset read(Gazetteer gazetteer, Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path name = file.getFileName();
      return read(gazetteer, reader, name == null ? file.toString() : name.toString());
    }
  }

  /**
   * Reads the activities from {@code reader}; {@code source} names it in problems.
   *
   * @throws QcdcException listing every problem
   * @throws IOException if the reader fails
   */
  public static Dataset read(Gazetteer gazetteer, Reader reader, String source) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<Problem> problems = new ArrayList<>();
    Dataset.Builder builder = Dataset.builder(gazetteer);
    RecordLines lines = new RecordLines(source);
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
      if (!rows.hasNextValue()) {
        throw new QcdcException(
            "invalid activities " + source,
            List.of(
                Problem.of(
                    source + ":1",
                    "empty file; expected a header with %s",
                    String.join(",", REQUIRED))));
      }
      String[] header = rows.nextValue();
      if (header.length > 0 && header[0].startsWith("\uFEFF")) {
        header[0] = header[0].substring(1);
      }
      Columns columns = new Columns(Arrays.asList(header), source, problems);
      if (!problems.isEmpty()) {
        throw new QcdcException("invalid activities " + source, problems);
      }
      while (rows.hasNextValue()) {
        // The row's start token sits where the previous row ended: the row starts a line on.
        int line = rows.getParser().currentTokenLocation().getLineNr() + 1;
        String[] cells = rows.nextValue();
        Activity activity = columns.activity(cells, source + ":" + line, problems);
        if (activity != null) {
          lines.add(line);
          builder.add(activity);
        }
      }
    }
    if (problems.isEmpty()) {
      try {
        return builder.build();
      } catch (QcdcException e) {
        e.problems().forEach(p -> problems.add(lines.place(p)));
      }
    }
    throw new QcdcException("invalid activities " + source, problems);
  }

  /** The meaning of each column of the header. */
  private static final class Columns {
    private final List<String> names;
    private final int id;
    private final int type;
    private final int unit;
    private final int date;
    private final int organiser;

    Columns(List<String> header, String source, List<Problem> problems) {
      this.names = header;
      for (String required : REQUIRED) {
        if (!header.contains(required)) {
          problems.add(
              Problem.of(
                  source + ":1",
                  "missing column %s; the header needs %s",
                  required,
                  String.join(",", REQUIRED)));
        }
      }
      for (String name : header) {
        boolean known =
            REQUIRED.contains(name) || name.equals("organiser") || EXTRA.matcher(name).matches();
        if (!known) {
          problems.add(
              Problem.of(
                  source + ":1",
                  "unknown column '%s'; expected id, type, unit, date, organiser, quantity.KEY or attribute.KEY",
                  name));
        }
        if (header.indexOf(name) != header.lastIndexOf(name)) {
          problems.add(Problem.of(source + ":1", "column %s appears twice", name));
        }
      }
      this.id = header.indexOf("id");
      this.type = header.indexOf("type");
      this.unit = header.indexOf("unit");
      this.date = header.indexOf("date");
      this.organiser = header.indexOf("organiser");
    }

    @org.jspecify.annotations.Nullable
    Activity activity(String[] cells, String at, List<Problem> problems) {
      if (cells.length != names.size()) {
        problems.add(
            Problem.of(at, "row has %s cells; the header has %s", cells.length, names.size()));
        return null;
      }
      int before = problems.size();
      RecordId recordId = cell(cells, id, at, "a record id", RecordId::of, problems);
      ActivityType activityType =
          cell(cells, type, at, "an activity type key", ActivityType::of, problems);
      UnitCode unitCode = cell(cells, unit, at, "a unit code", UnitCode::of, problems);
      LocalDate day =
          cell(cells, date, at, "a date yyyy-MM-dd or dd/MM/yyyy", ActivityCsv::date, problems);
      var builder = Activity.builder();
      if (organiser >= 0 && !cells[organiser].isBlank()) {
        OrganizationId by =
            cell(cells, organiser, at, "an organization id", OrganizationId::of, problems);
        if (by != null) {
          builder.organiser(by);
        }
      }
      for (int c = 0; c < names.size(); c++) {
        Matcher m = EXTRA.matcher(names.get(c));
        if (!m.matches() || cells[c].isBlank()) {
          continue;
        }
        if (m.group(1).equals("quantity")) {
          Long value = cell(cells, c, at, "a whole number", Long::valueOf, problems);
          if (value != null) {
            builder.putQuantities(m.group(2), value);
          }
        } else {
          builder.putAttributes(m.group(2), cells[c].trim());
        }
      }
      if (problems.size() > before
          || recordId == null
          || activityType == null
          || unitCode == null
          || day == null) {
        return null;
      }
      try {
        return builder.id(recordId).type(activityType).unit(unitCode).date(day).build();
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of(at, String.valueOf(e.getMessage())));
        return null;
      }
    }

    private <T> @org.jspecify.annotations.Nullable T cell(
        String[] cells,
        int column,
        String at,
        String expected,
        Function<String, T> parse,
        List<Problem> problems) {
      String text = cells[column].trim();
      if (text.isEmpty()) {
        problems.add(
            Problem.of(
                at + " " + names.get(column), "required cell is empty; expected %s", expected));
        return null;
      }
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problems.add(Problem.of(at + " " + names.get(column), "expected %s: '%s'", expected, text));
        return null;
      }
    }
  }

  static LocalDate date(String text) {
    return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
  }
}

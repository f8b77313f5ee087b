package io.github.qcdc.io.csv;

import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import io.github.qcdc.Problem;
import io.github.qcdc.io.internal.RecordLines;
import io.github.qcdc.text.NumberStyle;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of records: UTF-8 (a byte-order mark is skipped), a header row naming the
 * columns (required ones, optional ones, and prefixed ones such as {@code quantity.KEY}), one
 * record a row. Every problem names the file, the line and the column's header.
 */
final class CsvRows {
  private static final Pattern STYLED = Pattern.compile("(.+):(vi|en)");
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", java.util.Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /**
   * The columns a kind of file has; a {@code styled} column may declare how its numbers are written
   * by a suffix on its header: {@code value:vi} (Vietnamese, {@code 5.973}, {@code 621,9}) or
   * {@code value:en} ({@code 5,973}, {@code 621.9}).
   */
  record Spec(
      String kind,
      List<String> required,
      List<String> optional,
      List<String> prefixes,
      List<String> styled) {
    Spec(String kind, List<String> required, List<String> optional, List<String> prefixes) {
      this(kind, required, optional, prefixes, List.of());
    }

    String describe() {
      List<String> all = new ArrayList<>(required);
      all.addAll(optional);
      prefixes.forEach(p -> all.add(p + "KEY"));
      return String.join(", ", all);
    }
  }

  /** Reads one row into a record, or null with problems added. */
  @FunctionalInterface
  interface RowReader<T> {
    @Nullable T read(Row row);
  }

  private CsvRows() {}

  /**
   * Reads every row of {@code table} with {@code rows}, passing each record to {@code sink} and
   * noting its row in {@code lines}.
   */
  static <T> void read(
      TemplateRows.Source table,
      Spec spec,
      RowReader<T> rows,
      Consumer<T> sink,
      RecordLines lines,
      List<Problem> problems)
      throws IOException {
    try (TemplateRows cells = table.open()) {
      readRows(cells, table, spec, rows, sink, lines, problems);
    } catch (io.github.qcdc.io.internal.Utf8Reader.NotUtf8
        | com.fasterxml.jackson.core.JsonProcessingException
        | RuntimeJsonMappingException e) {
      problems.addAll(unreadable(table.name(), e));
    }
  }

  /**
   * The problems of a file the tokenizer cannot read: bytes that are not UTF-8, or a CSV it cannot
   * parse; Jackson wraps either in a {@link RuntimeJsonMappingException} when it meets it mid-row.
   */
  private static List<Problem> unreadable(String source, Exception e) {
    Throwable cause =
        e instanceof RuntimeJsonMappingException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof io.github.qcdc.io.internal.Utf8Reader.NotUtf8 n) {
      return io.github.qcdc.io.internal.Utf8Reader.problem(source, n).problems();
    }
    if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException p) {
      return List.of(malformed(source, p));
    }
    return List.of(Problem.of(source, "malformed CSV: %s", String.valueOf(e.getMessage())));
  }

  /** A CSV the tokenizer cannot read (a quote not closed), placed on its line. */
  private static Problem malformed(
      String source, com.fasterxml.jackson.core.JsonProcessingException e) {
    int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    return Problem.of(
        source + ":" + Math.max(1, line),
        "malformed CSV: %s",
        String.valueOf(e.getOriginalMessage()));
  }

  /** The next row of {@code cells}; a row the table cannot give is a problem, and skipped. */
  private static @Nullable List<String> next(TemplateRows cells, List<Problem> problems)
      throws IOException {
    while (true) {
      try {
        return cells.next();
      } catch (io.github.qcdc.QcdcException e) {
        problems.addAll(e.problems());
      }
    }
  }

  private static <T> void readRows(
      TemplateRows cells,
      TemplateRows.Source table,
      Spec spec,
      RowReader<T> rows,
      Consumer<T> sink,
      RecordLines lines,
      List<Problem> problems)
      throws IOException {
    List<String> first = next(cells, problems);
    if (first == null) {
      problems.add(
          Problem.of(
              table.place(1),
              "empty file; expected a header with %s",
              String.join(",", spec.required())));
      return;
    }
    String[] header = first.toArray(new String[0]);
    int headerRow = cells.row();
    if (header.length > 0 && header[0].startsWith("\uFEFF")) {
      header[0] = header[0].substring(1);
    }
    Map<String, NumberStyle> styles = new TreeMap<>();
    for (int i = 0; i < header.length; i++) {
      Matcher styled = STYLED.matcher(header[i]);
      if (styled.matches() && spec.styled().contains(styled.group(1))) {
        styles.put(
            styled.group(1),
            styled.group(2).equals("vi") ? NumberStyle.VIETNAMESE : NumberStyle.ENGLISH);
        header[i] = styled.group(1);
      }
    }
    List<String> names = Arrays.asList(header);
    if (!header(names, spec, table.place(headerRow), problems)) {
      return;
    }
    for (List<String> values = next(cells, problems);
        values != null;
        values = next(cells, problems)) {
      int line = cells.row();
      if (values.size() != names.size()) {
        problems.add(
            Problem.of(
                table.place(line),
                "row has %s cells; the header has %s",
                values.size(),
                names.size()));
        continue;
      }
      Row row = new Row(names, styles, values.toArray(new String[0]), table, line, problems);
      T record = rows.read(row);
      if (record != null && !row.failed()) {
        lines.add(line);
        sink.accept(record);
      }
    }
  }

  private static boolean header(List<String> names, Spec spec, String at, List<Problem> problems) {
    int before = problems.size();
    for (String required : spec.required()) {
      if (!names.contains(required)) {
        problems.add(
            Problem.of(
                at,
                "missing column %s; the header needs %s",
                required,
                String.join(",", spec.required())));
      }
    }
    for (String name : names) {
      boolean known =
          spec.required().contains(name)
              || spec.optional().contains(name)
              || spec.prefixes().stream()
                  .anyMatch(p -> name.startsWith(p) && name.length() > p.length());
      if (!known) {
        problems.add(Problem.of(at, "unknown column '%s'; expected %s", name, spec.describe()));
      }
      if (names.indexOf(name) != names.lastIndexOf(name)) {
        problems.add(Problem.of(at, "column %s appears twice", name));
      }
    }
    return problems.size() == before;
  }

  /** One row's cells, read by column name; problems name the line and the column. */
  static final class Row implements io.github.qcdc.io.internal.RecordFields {
    private final List<String> names;
    private final Map<String, NumberStyle> styles;
    private final String[] values;
    private final TemplateRows.Source table;
    private final int line;
    private final List<Problem> problems;
    private boolean failed;

    Row(
        List<String> names,
        Map<String, NumberStyle> styles,
        String[] values,
        TemplateRows.Source table,
        int line,
        List<Problem> problems) {
      this.names = names;
      this.styles = styles;
      this.values = values;
      this.table = table;
      this.line = line;
      this.problems = problems;
    }

    @Override
    public boolean failed() {
      return failed;
    }

    /** The header's names, the same list for every row of a file. */
    List<String> names() {
      return names;
    }

    /** The cell of column {@code index} as read, untrimmed. */
    String cell(int index) {
      return values[index];
    }

    /** The row's place, {@code file:line}: written only for a problem. */
    private String at() {
      return table.place(line);
    }

    /** The place of {@code column}'s cell and its header: {@code file:line unit}. */
    private String at(String column) {
      int index = names.indexOf(column);
      return (index < 0 ? at() : table.place(line, index)) + " " + column;
    }

    /** Adds a problem at the row. */
    @Override
    public void fail(String message) {
      failed = true;
      problems.add(Problem.of(at(), message));
    }

    /** The number style {@code column}'s header declares ({@code value:vi}), if any. */
    Optional<NumberStyle> style(String column) {
      return Optional.ofNullable(styles.get(column));
    }

    /** Adds a problem at {@code column} of the row, with {@code message} as the reason. */
    void fail(String column, String message) {
      failed = true;
      problems.add(Problem.of(at(column), "%s", message));
    }

    private Optional<String> raw(String column) {
      int i = names.indexOf(column);
      if (i < 0) {
        return Optional.empty();
      }
      String text = values[i].trim();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The cell of {@code column} parsed by {@code parse}; a required empty cell is a problem. */
    <T> Optional<T> get(
        String column, boolean required, String expected, Function<String, T> parse) {
      Optional<String> text = raw(column);
      if (text.isEmpty()) {
        if (required) {
          failed = true;
          problems.add(Problem.of(at(column), "required cell is empty; expected %s", expected));
        }
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text.get()));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        failed = true;
        problems.add(Problem.of(at(column), "expected %s: '%s'", expected, text.get()));
        return Optional.empty();
      }
    }

    /**
     * A field of the JSON documents, from its column: {@code tradeUnion} is {@code trade_union},
     * {@code asOf} is {@code as_of}.
     */
    @Override
    public <T> Optional<T> value(
        String name, boolean required, String expected, Function<String, T> parse) {
      return get(column(name), required, expected, parse);
    }

    /** The columns of the fields read so far: the same few names, row after row. */
    private static final java.util.concurrent.ConcurrentMap<String, String> COLUMNS =
        new java.util.concurrent.ConcurrentHashMap<>();

    private static String column(String name) {
      return COLUMNS.computeIfAbsent(
          name, n -> n.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Optional<Boolean> flag(String name) {
      return get(column(name), false, "true or false", Row::trueOrFalse);
    }

    private static boolean trueOrFalse(String text) {
      if (!text.equals("true") && !text.equals("false")) {
        throw new IllegalArgumentException(text);
      }
      return Boolean.parseBoolean(text);
    }

    /**
     * A map field of the JSON documents, from its columns: {@code attributes} is {@code
     * attribute.KEY}.
     */
    @Override
    public Map<String, String> texts(String name) {
      return prefixed(prefix(name), "a text", s -> s);
    }

    @Override
    public Map<String, Long> wholes(String name) {
      return prefixed(prefix(name), "a whole number", Long::valueOf);
    }

    private static String prefix(String name) {
      return switch (name) {
        case "attributes" -> "attribute.";
        case "quantities" -> "quantity.";
        default -> name + ".";
      };
    }

    @Override
    public Optional<String> text(String column, boolean required) {
      return get(column, required, "a text", s -> s);
    }

    @Override
    public Optional<LocalDate> date(String column, boolean required) {
      return get(column, required, "a date yyyy-MM-dd or dd/MM/yyyy", CsvRows::date);
    }

    @Override
    public Optional<Long> whole(String column, boolean required) {
      return get(column, required, "a whole number", Long::valueOf);
    }

    /** The non-empty cells of the columns {@code prefix + KEY}, by KEY, parsed by {@code parse}. */
    <T> Map<String, T> prefixed(String prefix, String expected, Function<String, T> parse) {
      Map<String, T> out = new TreeMap<>();
      for (String name : names) {
        if (name.startsWith(prefix)) {
          get(name, false, expected, parse)
              .ifPresent(v -> out.put(name.substring(prefix.length()), v));
        }
      }
      return out;
    }
  }

  /** A date {@code yyyy-MM-dd}, or {@code dd/MM/yyyy} as Vietnamese spreadsheets write it. */
  static LocalDate date(String text) {
    return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
  }
}

package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.internal.ActivityFields;
import io.github.qcdc.io.internal.RecordLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads activities from NDJSON: one activity object a line, in the form of a dataset document's
 * {@code activities} (UTF-8; blank lines are skipped). Lines are read one at a time, so a file of
 * millions of activities takes little more memory than the dataset.
 *
 * <p>Every line is checked; problems name the file, the line and the field's JSON pointer, and the
 * dataset builder's problems are placed on their lines. A file with a problem gives no dataset.
 *
 * @since 0.1
 */
public final class ActivityNdjson {
  private static final ObjectMapper MAPPER =
      DatasetJson.exact(new ObjectMapper(DatasetJson.factory()))
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ActivityNdjson() {}

  /**
   * Reads the activities of {@code file} into a dataset over {@code gazetteer}.
   *
   * @param gazetteer the units every record's unit must be in
   * @param file the file read
   * @return the dataset read
   * @throws QcdcException listing every problem, up to {@link DatasetJson#PROBLEM_LIMIT} and a
   *     count
   * @throws IOException if the file cannot be read
   */
  public static Dataset read(Gazetteer gazetteer, Path file) throws IOException {
    return readFile(file, (reader, source) -> read(gazetteer, reader, source));
  }

  /** A reader of lines from a text and its name. */
  @FunctionalInterface
  private interface LineReader {
    Dataset read(BufferedReader reader, String source) throws IOException;
  }

  private static Dataset readFile(Path file, LineReader read) throws IOException {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    try (BufferedReader reader = io.github.qcdc.io.internal.Utf8Reader.open(file)) {
      return read.read(reader, source);
    } catch (io.github.qcdc.io.internal.Utf8Reader.NotUtf8 e) {
      throw io.github.qcdc.io.internal.Utf8Reader.problem(source, e);
    }
  }

  /** The longest line read, in characters: one activity is far shorter (1 MiB). */
  public static final int MAX_LINE = 1 << 20;

  private static final int EOF = -1;
  private static final int TOO_LONG = 1;

  /**
   * Lines of a reader, each held up to {@link #MAX_LINE} characters: a longer line is read to its
   * end without being kept. Reads in blocks, not a character at a time.
   */
  private static final class Lines {
    private final BufferedReader reader;
    private final char[] block = new char[1 << 16];
    private int at;
    private int end;

    Lines(BufferedReader reader) {
      this.reader = reader;
    }

    /**
     * Reads the next line into {@code buffer} (its end of line dropped): {@link #EOF} at the end of
     * the text, {@link #TOO_LONG} for a line too long, else 0.
     */
    int next(StringBuilder buffer) throws IOException {
      buffer.setLength(0);
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (at == end) {
          end = reader.read(block, 0, block.length);
          at = 0;
          if (end < 0) {
            end = 0;
            return any ? (tooLong ? TOO_LONG : 0) : EOF;
          }
        }
        any = true;
        int from = at;
        while (at < end && block[at] != '\n') {
          at++;
        }
        int n = at - from;
        if (buffer.length() + n <= MAX_LINE) {
          buffer.append(block, from, n);
        } else {
          tooLong = true;
        }
        if (at < end) {
          at++; // the line feed
          int last = buffer.length() - 1;
          if (last >= 0 && buffer.charAt(last) == '\r') {
            buffer.setLength(last);
          }
          return tooLong ? TOO_LONG : 0;
        }
      }
    }
  }

  /**
   * Reads activities from {@code reader}; {@code source} names it in problems.
   *
   * @param gazetteer the units every record's unit must be in
   * @param reader the text read
   * @param source the name problems give the text ({@code activities.csv})
   * @return the dataset read
   * @throws QcdcException listing every problem
   * @throws IOException if the reader fails
   */
  public static Dataset read(Gazetteer gazetteer, BufferedReader reader, String source)
      throws IOException {
    return read(Dataset.builder(gazetteer), 0, reader, source);
  }

  /**
   * Reads the activities of {@code file} into a dataset with the records of {@code with}: its
   * units, organisations (which the activities' organisers name), data values, facts and
   * activities. This is how NDJSON activities are read together with records from CSV files or a
   * dataset document; the whole is checked again (an id used in both is a duplicate, placed on the
   * NDJSON line).
   *
   * @param with the dataset whose units, organisations and other records the activities join
   * @param file the file read
   * @return the dataset read
   * @throws QcdcException listing every problem
   * @throws IOException if the file cannot be read
   * @since 0.2
   */
  public static Dataset read(Dataset with, Path file) throws IOException {
    return readFile(file, (reader, source) -> read(with, reader, source));
  }

  /**
   * Reads the activities of {@code reader} into a dataset with the records of {@code with} (see
   * {@link #read(Dataset, Path)}); {@code source} names it in problems.
   *
   * @param with the dataset whose units, organisations and other records the activities join
   * @param reader the text read
   * @param source the name problems give the text ({@code activities.csv})
   * @return the dataset read
   * @throws QcdcException listing every problem
   * @throws IOException if the reader fails
   * @since 0.2
   */
  public static Dataset read(Dataset with, BufferedReader reader, String source)
      throws IOException {
    Dataset.Builder builder =
        Dataset.builder(with.gazetteer())
            .addOrganizations(with.organizations())
            .addActivities(with.activities().toList())
            .addDataValues(with.dataValues())
            .addFacts(with.facts());
    return read(builder, with.activities().size(), reader, source);
  }

  private static Dataset read(
      Dataset.Builder builder, int first, BufferedReader reader, String source) throws IOException {
    try {
      return readLines(builder, first, reader, source, new ActivityLine(factory()));
    } catch (io.github.qcdc.io.internal.Utf8Reader.NotUtf8 e) {
      throw io.github.qcdc.io.internal.Utf8Reader.problem(source, e);
    }
  }

  /** The factory of the lines' parsers, with the limits of the dataset documents. */
  static com.fasterxml.jackson.core.JsonFactory factory() {
    return MAPPER.getFactory();
  }

  /**
   * Reads the lines of {@code reader}, each the quick way ({@link ActivityLine}) unless {@code
   * lineReader} is null: for tests of the two.
   */
  static Dataset readLines(
      Dataset.Builder builder,
      int first,
      BufferedReader reader,
      String source,
      @Nullable ActivityLine lineReader)
      throws IOException {
    RecordLines lines = new RecordLines(source, first);
    ProblemList problems = new ProblemList();
    int number = 0;
    StringBuilder buffer = new StringBuilder();
    Lines text = new Lines(reader);
    for (int ended = text.next(buffer); ended != EOF; ended = text.next(buffer)) {
      number++;
      if (ended == TOO_LONG) {
        problems.add(
            Problem.of(
                source + ":" + number,
                "a line longer than %s characters: one activity is at most that long (the line"
                    + " was refused as it was read, not held)",
                MAX_LINE));
        continue;
      }
      String line = buffer.toString();
      if (line.isBlank()) {
        continue;
      }
      ActivityFields quick = lineReader == null ? null : lineReader.read(line);
      if (quick != null) {
        lines.add(number);
        quick.addTo(builder);
        continue;
      }
      String place = source + ":" + number;
      List<Problem> found = new ArrayList<>();
      try {
        JsonNode node = MAPPER.readTree(line);
        int at = number;
        Converters.activity(node, "", place, found)
            .ifPresent(
                activity -> {
                  lines.add(at);
                  ActivityFields.of(activity).addTo(builder);
                });
      } catch (JsonProcessingException e) {
        found.add(Problem.of(place, DatasetJson.malformed(e)));
      }
      problems.addAll(found);
    }
    if (problems.isEmpty()) {
      try {
        return builder.build();
      } catch (QcdcException e) {
        e.problems().forEach(p -> problems.add(lines.place(p)));
      }
    }
    throw problems.failure("activities", source);
  }
}

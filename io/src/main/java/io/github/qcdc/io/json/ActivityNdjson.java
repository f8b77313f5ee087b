package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.internal.RecordLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
   * @throws QcdcException listing every problem, up to {@link DatasetJson#PROBLEM_LIMIT} and a
   *     count
   * @throws IOException if the file cannot be read
   */
  public static Dataset read(Gazetteer gazetteer, Path file) throws IOException {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    try (BufferedReader reader = io.github.qcdc.io.internal.Utf8Reader.open(file)) {
      return read(gazetteer, reader, source);
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
   * @throws QcdcException listing every problem
   * @throws IOException if the reader fails
   */
  public static Dataset read(Gazetteer gazetteer, BufferedReader reader, String source)
      throws IOException {
    try {
      return readLines(gazetteer, reader, source);
    } catch (io.github.qcdc.io.internal.Utf8Reader.NotUtf8 e) {
      throw io.github.qcdc.io.internal.Utf8Reader.problem(source, e);
    }
  }

  private static Dataset readLines(Gazetteer gazetteer, BufferedReader reader, String source)
      throws IOException {
    Dataset.Builder builder = Dataset.builder(gazetteer);
    RecordLines lines = new RecordLines(source);
    ProblemList problems = new ProblemList();
    int number = 0;
    StringBuilder buffer = new StringBuilder();
    Lines text = new Lines(reader);
    for (int ended = text.next(buffer); ended != EOF; ended = text.next(buffer)) {
      number++;
      String place = source + ":" + number;
      if (ended == TOO_LONG) {
        problems.add(
            Problem.of(
                place,
                "a line longer than %s characters: one activity is at most that long (the line"
                    + " was refused as it was read, not held)",
                MAX_LINE));
        continue;
      }
      String line = buffer.toString();
      if (line.isBlank()) {
        continue;
      }
      List<Problem> found = new ArrayList<>();
      try {
        JsonNode node = MAPPER.readTree(line);
        int at = number;
        Converters.activity(node, "", place, found)
            .ifPresent(
                activity -> {
                  lines.add(at);
                  builder.add(activity);
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

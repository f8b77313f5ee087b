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

  /**
   * Reads activities from {@code reader}; {@code source} names it in problems.
   *
   * @throws QcdcException listing every problem
   * @throws IOException if the reader fails
   */
  public static Dataset read(Gazetteer gazetteer, BufferedReader reader, String source)
      throws IOException {
    Dataset.Builder builder = Dataset.builder(gazetteer);
    RecordLines lines = new RecordLines(source);
    ProblemList problems = new ProblemList();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
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

package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.io.internal.WholeFiles;
import io.github.qcdc.report.Report;
import io.github.qcdc.rule.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reading and writing qcdc documents in a line: {@code QcdcJson.readDataset(path)}, {@code
 * QcdcJson.readRulePack(path)}, {@code QcdcJson.writeReport(report, path)}.
 *
 * <p>Writing to a path is all or nothing: the document goes to a temporary file beside the target,
 * which replaces the target only once it is complete.
 *
 * @since 0.1
 */
public final class QcdcJson {
  private QcdcJson() {}

  /**
   * Reads the dataset document at {@code file}; problems name the file by its name.
   *
   * @param file the file read
   * @return the dataset read
   * @throws QcdcException listing every problem of the document
   * @throws IOException if the file cannot be read
   */
  public static Dataset readDataset(Path file) throws IOException {
    return read(file, DatasetJson::read);
  }

  /**
   * Writes {@code dataset} to {@code file}, replacing it only once the document is complete.
   *
   * @param dataset the dataset written
   * @param file the file written, whole or not at all
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void writeDataset(Dataset dataset, Path file) throws IOException {
    WholeFiles.write(file, out -> DatasetJson.write(dataset, out));
  }

  /**
   * Reads the rule pack document at {@code file}; problems name the file by its name.
   *
   * @param file the file read
   * @return the rule pack read
   * @throws QcdcException listing every problem of the document
   * @throws IOException if the file cannot be read
   */
  public static RulePack readRulePack(Path file) throws IOException {
    return read(file, RulePackJson::read);
  }

  /**
   * Writes {@code pack} to {@code file}, replacing it only once the document is complete.
   *
   * @param pack the rule pack
   * @param file the file written, whole or not at all
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void writeRulePack(RulePack pack, Path file) throws IOException {
    WholeFiles.write(file, out -> RulePackJson.write(pack, out));
  }

  /**
   * Reads the report document at {@code file}; problems name the file by its name.
   *
   * @param file the file read
   * @return the report read
   * @throws QcdcException listing every problem of the document
   * @throws IOException if the file cannot be read
   */
  public static Report readReport(Path file) throws IOException {
    return read(file, ReportJson::read);
  }

  /**
   * Writes {@code report} to {@code file}, replacing it only once the document is complete.
   *
   * @param report the report
   * @param file the file written, whole or not at all
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void writeReport(Report report, Path file) throws IOException {
    WholeFiles.write(file, out -> ReportJson.write(report, out));
  }

  /**
   * {@return the {@code format} of the JSON document at {@code file} ({@code "qcdc.dataset/1"}),
   * read without reading the rest: the top-level fields before it are skipped, not parsed into
   * values} Empty if the file is not a JSON object or has no {@code format} string.
   *
   * @param file the file read
   * @throws IOException if the file cannot be read
   */
  public static Optional<String> formatOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = DatasetJson.factory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean format = p.currentName().equals("format");
        JsonToken value = p.nextToken();
        if (format) {
          return value == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(InputStream in, String source) throws IOException;
  }

  private static <T> T read(Path file, Reader<T> reader) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return reader.read(in, name == null ? file.toString() : name.toString());
    }
  }
}

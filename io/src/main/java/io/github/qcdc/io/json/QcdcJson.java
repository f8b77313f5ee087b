package io.github.qcdc.io.json;

import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading and writing qcdc documents in a line: {@code QcdcJson.readDataset(path)}.
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
   * @throws QcdcException listing every problem of the document
   * @throws IOException if the file cannot be read
   */
  public static Dataset readDataset(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return DatasetJson.read(in, name == null ? file.toString() : name.toString());
    }
  }

  /** Writes {@code dataset} to {@code file}, replacing it only once the document is complete. */
  public static void writeDataset(Dataset dataset, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary =
        Files.createTempFile(directory == null ? Path.of(".") : directory, ".qcdc-", ".json.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        DatasetJson.write(dataset, out);
      }
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}

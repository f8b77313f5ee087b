package io.github.qcdc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The project's seed report, "Kết quả nổi bật qua 05 năm thực hiện Kết luận số 120-KL/TW của Bộ
 * Chính trị ở Nghệ An" (2021), kept unchanged; its source is noted beside it.
 */
public final class SeedReport {
  private SeedReport() {}

  /** The report's text. */
  public static String text() {
    try (InputStream in =
        Objects.requireNonNull(
            SeedReport.class.getResourceAsStream("nghe-an-kl120-report-2021.txt"),
            "the seed report is missing from the test resources")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

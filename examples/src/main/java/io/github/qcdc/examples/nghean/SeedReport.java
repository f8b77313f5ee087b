package io.github.qcdc.examples.nghean;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The bundled seed report, {@value #NAME}: Nghệ An's account of five years of Kết luận 120-KL/TW,
 * as the provincial party committee's portal published it in 2021, unchanged (see {@code SOURCE.md}
 * beside it).
 */
public final class SeedReport {
  /** The file name of the bundled report. */
  public static final String NAME = "nghe-an-kl120-report-2021.txt";

  private static final String TEXT = load();
  private static final ImmutableList<String> LINES = ImmutableList.copyOf(TEXT.split("\n", -1));

  private SeedReport() {}

  /** The report's text. */
  public static String text() {
    return TEXT;
  }

  /** The report's lines, the first at index 0. */
  public static List<String> lines() {
    return LINES;
  }

  /**
   * Where {@code phrase} is stated: {@code nghe-an-kl120-report-2021.txt:35: "281/411 xã"}.
   *
   * @throws IllegalArgumentException if no line or more than one line contains the phrase
   */
  public static String source(String phrase) {
    int found = -1;
    for (int i = 0; i < LINES.size(); i++) {
      if (LINES.get(i).contains(phrase)) {
        if (found >= 0) {
          throw new IllegalArgumentException(
              "\"" + phrase + "\" is on lines " + (found + 1) + " and " + (i + 1) + " of " + NAME);
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("\"" + phrase + "\" is not in " + NAME);
    }
    return NAME + ":" + (found + 1) + ": \"" + phrase + "\"";
  }

  private static String load() {
    try (InputStream in =
        Objects.requireNonNull(SeedReport.class.getResourceAsStream(NAME), NAME)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

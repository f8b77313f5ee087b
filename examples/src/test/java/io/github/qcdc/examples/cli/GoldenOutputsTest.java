package io.github.qcdc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outputs a user sees, byte for byte as they were when the files under {@code golden/} were
 * written: the main job, the bundled reports in every format, the seed reproduction and its audit,
 * the national pack's catalogue. A change to any of them is a visible diff of a checked-in file.
 *
 * <p>To accept a deliberate change, run this test with {@code -Dqcdc.golden.write=DIR} (the {@code
 * examples/src/test/resources/golden} directory of the clone): it writes the files instead of
 * comparing, and fails so that a run that writes can never pass unnoticed.
 */
class GoldenOutputsTest {
  static Stream<Arguments> outputs() {
    return Stream.of(
        Arguments.of("main-job.txt", List.of()),
        Arguments.of("report.txt", List.of("report")),
        Arguments.of("report-en.txt", List.of("report", "--lang", "en")),
        Arguments.of(
            "report-as-reported.json",
            List.of("report", "--data", "as-reported", "--format", "json")),
        Arguments.of(
            "report-simulated.json", List.of("report", "--data", "simulated", "--format", "json")),
        Arguments.of(
            "report-simulated.html", List.of("report", "--data", "simulated", "--format", "html")),
        Arguments.of(
            "report-as-reported.csv",
            List.of("report", "--data", "as-reported", "--format", "csv")),
        Arguments.of(
            "report-reform.json", List.of("report", "--data", "reform", "--format", "json")),
        Arguments.of("report-reform.txt", List.of("report", "--data", "reform")),
        Arguments.of("audit-seed.json", List.of("audit", "--format", "json")),
        Arguments.of("audit-seed.txt", List.of("audit")),
        Arguments.of("rules-vn.md", List.of("rules", "--format", "markdown")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void theOutputIsByteIdenticalToItsGoldenFile(String name, List<String> args) throws IOException {
    // no arguments: the main job, java -jar examples/target/qcdc.jar
    QcdcTest.Run run = QcdcTest.run(args.toArray(String[]::new));
    String actual = run.out();
    String write = System.getProperty("qcdc.golden.write");
    if (write != null) {
      Files.writeString(Path.of(write, name), actual, StandardCharsets.UTF_8);
      throw new AssertionError("wrote " + name + " to " + write + "; run again without the option");
    }
    String expected;
    try (InputStream in =
        Objects.requireNonNull(
            GoldenOutputsTest.class.getResourceAsStream("/golden/" + name), name)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, name);
  }
}

package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.examples.cli.QcdcTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of malformed and hostile inputs, generated from the valid examples of {@code docs/} by
 * seeded mutations (cut short, a byte removed or repeated, a value of the wrong type, a duplicate
 * key, text appended, bytes not UTF-8, control characters), and from a report, a claims document
 * and a report's text that the CLI wrote: every one goes through {@code qcdc validate} (the text
 * through {@code qcdc audit --text}), and each must end with exit 0 or 1, a message that names the
 * file, and no stack trace.
 */
class MalformedCorpusTest {
  private static final List<String> SOURCES =
      List.of(
          "../docs/examples/dataset.json",
          "../docs/examples/rulepack.json",
          "../docs/examples/csv/activities.csv",
          "../docs/examples/csv/data-values.csv",
          "../docs/examples/csv/facts.csv",
          "../docs/examples/csv/organizations.csv");

  private static final int PER_SOURCE = 55;

  @TempDir static Path dir;

  static List<byte[]> mutants(byte[] valid, long seed) {
    return io.github.qcdc.testing.Mutations.of(valid, seed, PER_SOURCE);
  }

  /**
   * The documents the CLI writes, as a user would feed them back: a report and a claims document
   * (through {@code validate}), and a report's text (through {@code audit --text}).
   */
  static List<Path> writtenSources() throws IOException {
    Path report = dir.resolve("report.json");
    Path claims = dir.resolve("claims.json");
    Path text = dir.resolve("report.txt");
    if (!Files.exists(text)) {
      String[] data = {
        "--dataset", "../docs/examples/dataset.json",
        "--rules", "../docs/examples/rulepack.json",
        "--scope", "40",
        "--period", "2016/2020"
      };
      List<String> args = new ArrayList<>(List.of("report", "--format", "json"));
      args.addAll(List.of(data));
      Run written = run(args.toArray(String[]::new));
      assertTrue(written.code() <= 1, written.err());
      Files.writeString(report, written.out());
      Files.writeString(
          text,
          "Đã tổ chức 2.849 cuộc giám sát [supervisions], trong đó: cấp tỉnh 15, cấp huyện 226, cấp"
              + " xã 2.608.\n281/411 xã về đích nông thôn mới, đạt 68,13%.\n"
              + "Tỷ lệ đối thoại đạt tối thiểu 95% (97,25%).\n");
      args = new ArrayList<>(List.of("audit", "--text", text.toString(), "--format", "json"));
      args.addAll(List.of(data));
      Run audit = run(args.toArray(String[]::new));
      Files.writeString(claims, audit.out());
    }
    return List.of(report, claims, text);
  }

  private static List<Path> sources() throws IOException {
    List<Path> all = new ArrayList<>(SOURCES.stream().map(Path::of).toList());
    all.addAll(writtenSources());
    return all;
  }

  private static List<String> command(String name, Path path) {
    List<String> args = new ArrayList<>();
    if (name.endsWith(".txt")) {
      args.addAll(List.of("audit", "--text"));
    } else {
      args.add("validate");
    }
    if (name.endsWith(".csv") && !name.equals("activities.csv")) {
      args.add("--own-units");
      args.add("../docs/examples/csv/units.csv");
    }
    args.add(path.toString());
    return args;
  }

  @TestFactory
  Stream<DynamicTest> everyMalformedInputGetsALocatedMessageAndNoStackTrace() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> sources = sources();
    for (int s = 0; s < sources.size(); s++) {
      Path source = sources.get(s);
      byte[] valid = Files.readAllBytes(source);
      List<byte[]> mutants = mutants(valid, 20_261_128L + s);
      String name = source.getFileName().toString();
      for (int m = 0; m < mutants.size(); m++) {
        byte[] bytes = mutants.get(m);
        String file = "m" + s + "-" + m + "-" + name;
        tests.add(
            DynamicTest.dynamicTest(
                file,
                () -> {
                  Path path = dir.resolve(file);
                  Files.write(path, bytes);
                  Run run = run(command(name, path).toArray(String[]::new));
                  String all = run.out() + run.err();
                  // a report text that is not UTF-8 is unreadable (3), never a finding
                  assertTrue(
                      run.code() == 0
                          || run.code() == 1
                          || name.endsWith(".txt")
                              && run.code() == 3
                              && all.contains(file + ": byte"),
                      run.code() + ": " + all);
                  assertFalse(all.contains("\tat "), all);
                  assertFalse(all.contains("Exception"), all);
                  assertFalse(all.contains("internal error"), all);
                  assertFalse(all.contains("\u001b"), all);
                  if (run.code() == 1 && !name.endsWith(".txt")) {
                    assertTrue(all.contains(file + ":") || all.contains(file + " "), all);
                  }
                }));
      }
    }
    assertTrue(tests.size() >= 450, "corpus size " + tests.size());
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void mostOfTheCorpusIsRefused() throws IOException {
    int refused = 0;
    int all = 0;
    List<Path> sources = sources();
    for (int s = 0; s < sources.size(); s++) {
      Path source = sources.get(s);
      String name = source.getFileName().toString();
      if (name.endsWith(".txt")) {
        continue; // a text with a figure changed is a finding, not a refusal
      }
      List<byte[]> mutants = mutants(Files.readAllBytes(source), 20_261_128L + s);
      for (int m = 0; m < mutants.size(); m++) {
        Path path = dir.resolve("count-" + s + "-" + m + "-" + name);
        Files.write(path, mutants.get(m));
        refused += run(command(name, path).toArray(String[]::new)).code() == 1 ? 1 : 0;
        all++;
      }
    }
    // the mutations that keep a document valid (a byte repeated inside a name...) pass; the rest
    // must be refused
    assertTrue(refused * 2 > all, refused + " of " + all + " refused");
    System.out.println("malformed corpus: " + refused + " of " + all + " refused, the rest valid");
  }
}

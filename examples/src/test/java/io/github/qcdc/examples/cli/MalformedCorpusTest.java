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
 * key, text appended, bytes not UTF-8, control characters): every one goes through {@code qcdc
 * validate}, and each must end with exit 0 or 1, a message that names the file, and no stack trace.
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

  @TestFactory
  Stream<DynamicTest> everyMalformedInputGetsALocatedMessageAndNoStackTrace() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (int s = 0; s < SOURCES.size(); s++) {
      Path source = Path.of(SOURCES.get(s));
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
                  List<String> args = new ArrayList<>(List.of("validate"));
                  if (name.endsWith(".csv") && !name.equals("activities.csv")) {
                    args.add("--own-units");
                    args.add("../docs/examples/csv/units.csv");
                  }
                  args.add(path.toString());
                  Run run = run(args.toArray(String[]::new));
                  String all = run.out() + run.err();
                  assertTrue(run.code() == 0 || run.code() == 1, run.code() + ": " + all);
                  assertFalse(all.contains("\tat "), all);
                  assertFalse(all.contains("Exception"), all);
                  assertFalse(all.contains("internal error"), all);
                  assertFalse(all.contains("\u001b"), all);
                  if (run.code() == 1) {
                    assertTrue(all.contains(file + ":") || all.contains(file + " "), all);
                  }
                }));
      }
    }
    assertTrue(tests.size() >= 300, "corpus size " + tests.size());
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void mostOfTheCorpusIsRefused() throws IOException {
    int refused = 0;
    int all = 0;
    for (int s = 0; s < SOURCES.size(); s++) {
      Path source = Path.of(SOURCES.get(s));
      String name = source.getFileName().toString();
      List<byte[]> mutants = mutants(Files.readAllBytes(source), 20_261_128L + s);
      for (int m = 0; m < mutants.size(); m++) {
        Path path = dir.resolve("count-" + s + "-" + m + "-" + name);
        Files.write(path, mutants.get(m));
        List<String> args = new ArrayList<>(List.of("validate"));
        if (name.endsWith(".csv") && !name.equals("activities.csv")) {
          args.addAll(List.of("--own-units", "../docs/examples/csv/units.csv"));
        }
        args.add(path.toString());
        refused += run(args.toArray(String[]::new)).code() == 1 ? 1 : 0;
        all++;
      }
    }
    // the mutations that keep a document valid (a byte repeated inside a name...) pass; the rest
    // must be refused
    assertTrue(refused * 2 > all, refused + " of " + all + " refused");
    System.out.println("malformed corpus: " + refused + " of " + all + " refused, the rest valid");
  }
}

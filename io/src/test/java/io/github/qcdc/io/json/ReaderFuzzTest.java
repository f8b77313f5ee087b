package io.github.qcdc.io.json;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.csv.CsvDataset;
import io.github.qcdc.io.gso.GsoImport;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every reader, fed valid documents mutated at random (bytes flipped, inserted, removed, cut
 * short): it reads them or refuses them with a {@link QcdcException}; no other exception, no hang
 * (each example is bounded by the size of its input). The test command uses a fixed seed; {@code
 * -Dqcdc.fuzz=random} draws new mutations each run (five such runs found nothing more).
 */
class ReaderFuzzTest {
  private static final Gazetteer UNITS =
      Gazetteer.of(
          List.of(
              AdminUnit.of("40", "Nghệ An", UnitType.TINH, Optional.empty()),
              AdminUnit.of("412", "Vinh", UnitType.THANH_PHO_THUOC_TINH, Optional.of("40")),
              AdminUnit.of("16708", "Hưng Lộc", UnitType.XA, Optional.of("412"))));

  private interface Reader {
    void read(byte[] bytes) throws IOException;
  }

  private static byte[] mutate(byte[] valid, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = valid.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && bytes.length > 0; e++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
        case 2 -> {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          byte[] tokens = "{}[]\",:0-9e\\\u0000".getBytes(StandardCharsets.UTF_8);
          longer[at] = tokens[random.nextInt(tokens.length)];
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
        default -> {
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          bytes = shorter;
        }
      }
    }
    return bytes;
  }

  private static void fuzz(byte[] valid, Reader reader) {
    // a fixed seed in the test command, so that CI is repeatable; -Dqcdc.fuzz=random explores
    var theory =
        "random".equals(System.getProperty("qcdc.fuzz")) ? qt() : qt().withFixedSeed(20_261_128L);
    theory
        .withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              try {
                reader.read(mutate(valid, seed));
              } catch (QcdcException expected) {
                // a refusal with its places is the right answer
              } catch (IOException e) {
                throw new AssertionError("an I/O exception escaped: " + e, e);
              }
            });
  }

  private static byte[] file(String path) throws IOException {
    return Files.readAllBytes(Path.of("..", "docs", "examples").resolve(path));
  }

  @Test
  void theDatasetReaderThrowsNothingButItsProblems() throws IOException {
    fuzz(file("dataset.json"), b -> DatasetJson.read(new ByteArrayInputStream(b), "d.json"));
  }

  @Test
  void theRulePackReaderThrowsNothingButItsProblems() throws IOException {
    fuzz(file("rulepack.json"), b -> RulePackJson.read(new ByteArrayInputStream(b), "p.json"));
  }

  @Test
  void theClaimsReaderThrowsNothingButItsProblems() {
    byte[] claims =
        "{\"format\":\"qcdc.claims/1\",\"claims\":[{\"id\":\"L1\",\"text\":\"2.849 cuộc\",\"line\":1,\"claim\":{\"kind\":\"count\",\"value\":2849}}]}"
            .getBytes(StandardCharsets.UTF_8);
    fuzz(claims, b -> ClaimsJson.read(new ByteArrayInputStream(b), "c.json"));
  }

  @Test
  void theNdjsonAndCsvReadersThrowNothingButTheirProblems() throws IOException {
    byte[] ndjson =
        "{\"id\":\"a\",\"type\":\"dialogue\",\"unit\":\"16708\",\"date\":\"2020-01-01\"}\n{\"id\":\"b\",\"type\":\"supervision\",\"unit\":\"40\",\"date\":\"2020-02-01\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    fuzz(
        ndjson,
        b ->
            ActivityNdjson.read(
                UNITS,
                new BufferedReader(
                    new io.github.qcdc.io.internal.Utf8Reader(new ByteArrayInputStream(b))),
                "a.ndjson"));
    byte[] csv = file("csv/activities.csv");
    fuzz(
        csv,
        b ->
            CsvDataset.over(UNITS)
                .activities(
                    "a.csv",
                    () -> new io.github.qcdc.io.internal.Utf8Reader(new ByteArrayInputStream(b)))
                .read());
    byte[] gso =
        "code,name,name_with_type,type,level,parent_code\n40,Nghệ An,Tỉnh Nghệ An,tinh,1,\n412,Vinh,Thành phố Vinh,thanh-pho,2,40\n"
            .getBytes(StandardCharsets.UTF_8);
    fuzz(
        gso,
        b ->
            GsoImport.strict()
                .read(
                    new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8),
                    "g.csv"));
  }
}

package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The audit measured on a labelled corpus of report snippets ({@code corpus.txt}): the sums and
 * ratios it extracts against those a careful auditor checks, with their verdicts. Precision and
 * recall are printed and held above a floor; snippets with dates, years and document numbers give
 * no sum, no ratio and no mismatch.
 */
class AuditCorpusTest {
  /** One snippet: its text and the checks expected, each "key VERDICT". */
  record Snippet(String id, String text, List<String> expected) {}

  static List<Snippet> corpus() throws IOException {
    String all;
    try (InputStream in =
        Objects.requireNonNull(AuditCorpusTest.class.getResourceAsStream("corpus.txt"))) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Snippet> snippets = new ArrayList<>();
    String id = null;
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (String line : (all + "\n=== end").split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (id != null) {
          snippets.add(new Snippet(id, text.toString(), List.copyOf(expected)));
        }
        id = line.substring(4).strip();
        text.setLength(0);
        expected.clear();
      } else if (line.startsWith("> ")) {
        String e = line.substring(2).replaceAll("\\s+", " ").strip();
        if (!e.equals("none")) {
          expected.add(e);
        }
      } else {
        text.append(line).append('\n');
      }
    }
    return snippets;
  }

  /**
   * The sums and ratios extracted from {@code text}, each with its verdict, as the corpus writes
   * them.
   */
  static List<String> checks(String text) {
    List<ReportedFigure> claims = ClaimExtractor.extract(text);
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (AuditFinding f : Audit.consistency(claims)) {
      verdicts.put(f.figure().id(), f.status().name());
    }
    List<String> out = new ArrayList<>();
    for (ReportedFigure claim : claims) {
      String verdict = verdicts.getOrDefault(claim.id(), "-");
      if (claim.claim() instanceof Claim.Parts p) {
        String terms =
            p.parts().stream()
                .map(x -> Long.toString(x.value()))
                .collect(Collectors.joining(" + "));
        out.add(
            (p.exhaustive() ? "sum " + p.total() + " = " : "subset " + p.total() + " >= ")
                + terms
                + " "
                + verdict);
      } else if (claim.claim() instanceof Claim.Ratio r) {
        out.add(
            "ratio "
                + r.numerator()
                + "/"
                + r.denominator()
                + r.percent().map(x -> " " + x.toPlainString()).orElse("")
                + " "
                + verdict);
      } else if (claim.claim() instanceof Claim.Rates r) {
        String total =
            r.total() instanceof Claim.Ratio t
                ? t.numerator()
                    + "/"
                    + t.denominator()
                    + t.percent().map(x -> " " + x.toPlainString() + "%").orElse("")
                : ((Claim.Percent) r.total()).value().toPlainString() + "%";
        out.add(
            "rates "
                + total
                + " = "
                + r.parts().stream()
                    .map(x -> x.numerator() + "/" + x.denominator())
                    .collect(Collectors.joining(" + "))
                + " "
                + verdict);
      } else if (claim.claim() instanceof Claim.Listed l) {
        out.add("list " + l.count() + " = " + l.items().size() + " " + verdict);
      } else if (claim.claim() instanceof Claim.Change c) {
        out.add(
            "change "
                + c.base()
                + " -> "
                + c.value()
                + " "
                + (c.change().signum() < 0 ? "" : "+")
                + c.change().toPlainString()
                + (c.percent() ? "%" : "")
                + " "
                + verdict);
      }
    }
    return out;
  }

  @Test
  void theCorpusHasEnoughSnippets() throws IOException {
    assertTrue(corpus().size() >= 80, "corpus size " + corpus().size());
  }

  /** Checks expected, extracted and right, of the kinds {@code kinds} (first word of a check). */
  private static int[] measure(Set<String> kinds, Map<String, List<String>> misses)
      throws IOException {
    int[] counts = new int[3];
    for (Snippet s : corpus()) {
      List<String> expected = ofKinds(s.expected(), kinds);
      List<String> remaining = ofKinds(checks(s.text()), kinds);
      counts[0] += expected.size();
      counts[1] += remaining.size();
      for (String e : expected) {
        if (remaining.remove(e)) {
          counts[2]++;
        } else {
          misses.computeIfAbsent(s.id(), k -> new ArrayList<>()).add("missed " + e);
        }
      }
      remaining.forEach(
          r -> misses.computeIfAbsent(s.id(), k -> new ArrayList<>()).add("extra " + r));
    }
    return counts;
  }

  private static List<String> ofKinds(List<String> checks, Set<String> kinds) {
    return checks.stream()
        .filter(c -> kinds.contains(c.substring(0, c.indexOf(' '))))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static void assertAboveTheFloor(String name, Set<String> kinds) throws IOException {
    Map<String, List<String>> misses = new TreeMap<>();
    int[] c = measure(kinds, misses);
    double recall = (double) c[2] / c[0];
    double precision = c[1] == 0 ? 1 : (double) c[2] / c[1];
    System.out.printf(
        java.util.Locale.ROOT,
        "audit corpus, %s: %d snippets, %d checks expected, %d extracted, %d right: recall %.3f,"
            + " precision %.3f%n",
        name,
        corpus().size(),
        c[0],
        c[1],
        c[2],
        recall,
        precision);
    misses.forEach((id, m) -> System.out.println("  " + id + ": " + m));
    assertTrue(c[0] >= 10, name + ": too few checks to measure: " + c[0]);
    assertTrue(recall >= 0.90, name + " recall " + recall + " " + misses);
    assertTrue(precision >= 0.95, name + " precision " + precision + " " + misses);
  }

  @Test
  void sumsAndRatiosAreFoundWithTheirVerdictsAboveTheFloor() throws IOException {
    assertAboveTheFloor("sums and ratios", Set.of("sum", "subset", "ratio"));
  }

  @Test
  void listsChangesAndOverallRatesAreFoundWithTheirVerdictsAboveTheFloor() throws IOException {
    assertAboveTheFloor("lists, changes and overall rates", Set.of("list", "change", "rates"));
  }

  @Test
  void unsureReadingsAreToConfirmNeverMismatches() throws IOException {
    int toConfirm = 0;
    for (Snippet s : corpus()) {
      for (ReportedFigure claim : ClaimExtractor.extract(s.text())) {
        for (AuditFinding f : Audit.consistency(List.of(claim))) {
          assertTrue(
              claim.confidence() == Confidence.HIGH || f.status() != AuditFinding.Status.MISMATCH,
              s.id() + ": " + f);
          toConfirm += f.status() == AuditFinding.Status.TO_CONFIRM ? 1 : 0;
        }
      }
    }
    assertTrue(toConfirm >= 4, "to confirm: " + toConfirm);
  }

  @Test
  void snippetsWithDatesYearsAndDocumentNumbersGiveNoFalseAlarm() throws IOException {
    for (Snippet s : corpus()) {
      if (s.expected().isEmpty()) {
        assertEquals(List.of(), checks(s.text()), s.id());
        assertTrue(
            Audit.consistency(ClaimExtractor.extract(s.text())).stream()
                .noneMatch(f -> f.status() == AuditFinding.Status.MISMATCH),
            s.id());
      }
    }
  }
}

package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.qcdc.testing.SeedReport;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of the reader of report text: the same claims however the text is typed, wrapped or
 * grouped; a changed number in a true claim is always flagged; no input makes it throw.
 */
class AuditPropertiesTest {
  private static final Pattern GROUPED =
      Pattern.compile("(?<![\\d.,])(\\d{1,3})\\.(\\d{3})(?![\\d.,]\\d)");

  /**
   * The snippets of plain prose: no table, no bullets, and no item marks inside a sentence ("a) …;
   * b) …"), which a hard wrap can put at the start of a line, where they are bullets (a limit the
   * reader documents).
   */
  private static List<AuditCorpusTest.Snippet> prose() throws IOException {
    return AuditCorpusTest.corpus().stream()
        .filter(s -> !s.text().contains("|") && !s.text().contains("\t"))
        .filter(s -> !s.text().contains("\n-") && !s.text().contains("\na)"))
        .filter(s -> !INLINE_MARK.matcher(s.text()).find())
        .toList();
  }

  private static final Pattern INLINE_MARK = Pattern.compile(" \\(?[a-z0-9]\\) ");

  /** {@code text} hard-wrapped at {@code width} columns, paragraph by paragraph. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      int column = 0;
      for (String word : paragraph.split(" ")) {
        if (column > 0 && column + word.length() + 1 > width) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  @Test
  void nfdTextGivesTheSameChecks() throws IOException {
    for (AuditCorpusTest.Snippet s : AuditCorpusTest.corpus()) {
      String nfd = Normalizer.normalize(s.text(), Normalizer.Form.NFD);
      assertEquals(AuditCorpusTest.checks(s.text()), AuditCorpusTest.checks(nfd), s.id());
    }
  }

  @Test
  void rewrappedTextGivesTheSameChecks() throws IOException {
    List<AuditCorpusTest.Snippet> prose = prose();
    qt().withExamples(40)
        .forAll(integers().between(0, prose.size() - 1), integers().between(25, 90))
        .checkAssert(
            (i, width) -> {
              String text = prose.get(i).text().strip().replace("\n", " ");
              assertEquals(
                  AuditCorpusTest.checks(text),
                  AuditCorpusTest.checks(wrap(text, width)),
                  prose.get(i).id() + " at " + width);
            });
  }

  @Test
  void aNumberGroupedWithASpaceAndHardWrappedThereIsStillOneNumber() {
    assertEquals(
        List.of("sum 2849 = 15 + 226 + 2608 MATCH"),
        AuditCorpusTest.checks(
            "Các cấp đã tổ chức 2 849 cuộc giám sát, trong đó cấp tỉnh 15 cuộc, cấp huyện 226"
                + " cuộc, cấp xã 2\n608 cuộc."));
  }

  @Test
  void numbersGroupedWithSpacesNoBreakSpacesOrNotAtAllGiveTheSameChecks() throws IOException {
    for (AuditCorpusTest.Snippet s : AuditCorpusTest.corpus()) {
      List<String> checks = AuditCorpusTest.checks(s.text());
      for (String separator : List.of(" ", "\u00A0", "\u202F")) {
        String regrouped = GROUPED.matcher(s.text()).replaceAll("$1" + separator + "$2");
        assertEquals(
            checks, AuditCorpusTest.checks(regrouped), s.id() + " with '" + separator + "'");
      }
    }
  }

  @Test
  void changingAnyNumberOfATrueClaimIsFlaggedForEveryKind() throws IOException {
    java.util.Map<String, Integer> flagged = new java.util.TreeMap<>();
    for (AuditCorpusTest.Snippet s : AuditCorpusTest.corpus()) {
      for (String e : s.expected()) {
        String kind = e.substring(0, e.indexOf(' '));
        if (!e.endsWith(" MATCH")
            || kind.equals("subset")
            || kind.equals("rates") && e.contains("%") // a rounded rate may survive a change
            || kind.equals("ratio") && e.split(" ").length != 4
            || qualified(s.text())
            || !AuditCorpusTest.checks(s.text()).contains(e)) {
          continue; // a bare fraction, a bound, or a check the reader misses: nothing to flag
        }
        for (String changed : variants(s.text(), e)) {
          List<String> checks = AuditCorpusTest.checks(changed);
          assertTrue(
              checks.stream().anyMatch(c -> c.endsWith(" MISMATCH") || c.endsWith(" TO_CONFIRM")),
              s.id() + ": " + changed + " gives " + checks);
          flagged.merge(kind, 1, Integer::sum);
        }
      }
    }
    assertTrue(
        flagged.getOrDefault("sum", 0) + flagged.getOrDefault("ratio", 0) >= 60, "" + flagged);
    assertTrue(flagged.getOrDefault("list", 0) >= 4, "" + flagged);
    assertTrue(flagged.getOrDefault("change", 0) >= 8, "" + flagged);
    assertTrue(flagged.getOrDefault("rates", 0) >= 4, "" + flagged);
  }

  /** Whether {@code text} states a bound ("tăng hơn 10"): changing one number may keep it true. */
  private static boolean qualified(String text) {
    return ClaimExtractor.extract(text).stream()
        .anyMatch(
            f ->
                f.claim() instanceof Claim.Change c
                    && c.qualifier() != io.github.qcdc.records.Qualifier.EXACT);
  }

  /** The text with each number of the check {@code e} changed by one, each on its own. */
  private static List<String> variants(String text, String e) {
    List<String> numbers = new ArrayList<>();
    Matcher m =
        Pattern.compile("\\d+(?:\\.\\d+)?").matcher(e.replaceAll("^(sum|ratio|list|change) ", ""));
    while (m.find()) {
      numbers.add(m.group());
    }
    if (e.startsWith("list ")) {
      numbers = numbers.subList(0, 1); // the items listed are words, not numbers
    } else if (e.startsWith("change ") && e.contains("%")) {
      // a rounded percentage of change may survive a change of one in its value or base
      numbers = numbers.subList(2, 3);
    }
    List<String> out = new ArrayList<>();
    for (String n : numbers) {
      for (String written : writings(n)) {
        int at = text.indexOf(written);
        if (at < 0 || text.indexOf(written, at + 1) >= 0) {
          continue; // written twice, or not this way: not changed unambiguously
        }
        char last = written.charAt(written.length() - 1);
        String bumped =
            written.substring(0, written.length() - 1) + (last == '9' ? '8' : (char) (last + 1));
        out.add(text.substring(0, at) + bumped + text.substring(at + written.length()));
        break;
      }
    }
    return out;
  }

  private static List<String> writings(String n) {
    if (n.contains(".")) {
      return List.of(n.replace('.', ','));
    }
    long v = Long.parseLong(n);
    String grouped = io.github.qcdc.text.NumberStyle.VIETNAMESE.format(v);
    return List.of(grouped, n, grouped.replace('.', ' '));
  }

  @Test
  void theSeedReportKeepsItsChecksWhenHardWrappedOrInNfd() {
    for (String text :
        List.of(
            wrap(SeedReport.text(), 60),
            Normalizer.normalize(SeedReport.text(), Normalizer.Form.NFD))) {
      List<String> findings =
          Audit.consistency(ClaimExtractor.extract(text)).stream()
              .map(f -> f.status() + " " + f.computation())
              .toList();
      List<String> expected = new ArrayList<>(SeedReportAuditTest.LEVEL_SPLITS);
      expected.add("MISMATCH 281/411 = 68,37%, not 68,13%; 68,13% is 280/411");
      assertEquals(expected, findings);
    }
  }

  @Test
  void noTextMakesTheReaderThrow() {
    String alphabet = "0123456789.,/%;:()-–| \n\tđạttrongđógồmcấpxãhơnkhoảng%/";
    qt().withExamples(300)
        .forAll(integers().all(), integers().between(0, 400))
        .checkAssert(
            (seed, length) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < length; i++) {
                text.append(
                    random.nextInt(10) == 0
                        ? "99999999999999999999 "
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
              }
              Audit.consistency(ClaimExtractor.extract(text.toString()));
            });
  }
}

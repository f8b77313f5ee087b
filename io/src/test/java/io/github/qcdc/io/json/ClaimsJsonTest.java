package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.Confidence;
import io.github.qcdc.audit.ReportedFigure;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.records.Qualifier;
import io.github.qcdc.testing.Failures;
import io.github.qcdc.testing.SeedReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ClaimsJsonTest {
  private static final Schemas SCHEMA = Schemas.load(ClaimsJson.schema());

  static byte[] write(ClaimsJson.Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ClaimsJson.write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ClaimsJson.Document read(byte[] bytes) throws IOException {
    return ClaimsJson.read(new ByteArrayInputStream(bytes), "claims.json");
  }

  private static ClaimsJson.Document read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRoundTrip(ClaimsJson.Document document) throws IOException {
    byte[] bytes = write(document);
    ClaimsJson.Document back = read(bytes);
    assertEquals(document, back);
    assertArrayEquals(bytes, write(back));
    assertEquals(List.of(), SCHEMA.violations(bytes));
  }

  @Test
  void theSeedReportsClaimsAndTheirAuditGoThroughJson() throws IOException {
    List<ReportedFigure> claims = ClaimExtractor.extract(SeedReport.text());
    ClaimsJson.Document document =
        new ClaimsJson.Document(
            ImmutableList.copyOf(claims), ImmutableList.copyOf(Audit.consistency(claims)));
    assertRoundTrip(document);
    String text = new String(write(document), StandardCharsets.UTF_8);
    assertTrue(
        text.contains(
            "{\"claim\":\"L35:281/411 xã về đích nông thôn mới, đạt 68,13%\",\"status\":\"mismatch\","),
        text);
    assertTrue(
        text.contains("\"computation\":\"281/411 = 68,37%, not 68,13%; 68,13% is 280/411\""));
    assertTrue(
        text.contains(
            "\"claim\":{\"kind\":\"ratio\",\"numerator\":281,\"denominator\":411,\"percent\":\"68.13\",\"decimals\":2}"),
        text);
  }

  private static Gen<BigDecimal> decimals() {
    return SourceDSL.longs()
        .between(-1_000_000, 1_000_000)
        .zip(SourceDSL.integers().between(-3, 6), BigDecimal::valueOf);
  }

  private static Gen<Qualifier> qualifiers() {
    return SourceDSL.arbitrary().enumValues(Qualifier.class);
  }

  private static Gen<Claim> claims() {
    Gen<Claim> count = SourceDSL.longs().all().zip(qualifiers(), Claim.Count::new);
    Gen<Claim> ratio =
        SourceDSL.longs()
            .between(0, 100_000)
            .zip(
                SourceDSL.longs().between(1, 100_000),
                decimals().toOptionals(50),
                SourceDSL.integers().between(0, 4),
                Claim.Ratio::new);
    Gen<Claim> percent =
        decimals().zip(SourceDSL.integers().between(0, 4), qualifiers(), Claim.Percent::new);
    Gen<Claim> range = decimals().zip(decimals(), Claim.Range::new);
    Gen<Claim> parts =
        SourceDSL.longs()
            .all()
            .zip(
                SourceDSL.lists()
                    .of(
                        SourceDSL.strings()
                            .basicMultilingualPlaneAlphabet()
                            .ofLengthBetween(1, 12)
                            .map(label -> "cấp " + label) // never blank, as labels must not be
                            .zip(SourceDSL.longs().all(), Claim.Part::new))
                    .ofSizeBetween(0, 4),
                (total, list) -> new Claim.Parts(total, ImmutableList.copyOf(list)));
    Gen<Claim> listed =
        SourceDSL.longs()
            .between(0, 40)
            .zip(
                SourceDSL.lists()
                    .of(SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12))
                    .ofSizeBetween(0, 5),
                (n, items) -> new Claim.Listed(n, ImmutableList.copyOf(items)));
    Gen<Claim> change =
        SourceDSL.longs()
            .all()
            .zip(
                SourceDSL.longs().all(),
                decimals(),
                SourceDSL.booleans().all(),
                (value, base, by, relative) ->
                    new Claim.Change(
                        value,
                        base,
                        relative ? by : by.setScale(0, java.math.RoundingMode.DOWN),
                        relative,
                        Qualifier.MORE_THAN));
    return count
        .mix(ratio, 20)
        .mix(percent, 20)
        .mix(range, 20)
        .mix(parts, 20)
        .mix(listed, 15)
        .mix(change, 15);
  }

  @Test
  void everyKindOfClaimReadsBackEqual() {
    qt().withExamples(300)
        .forAll(
            SourceDSL.lists().of(claims()).ofSizeBetween(0, 6),
            SourceDSL.strings()
                .basicMultilingualPlaneAlphabet()
                .ofLengthBetween(1, 30)
                .map(text -> "đạt " + text)) // never blank, as a figure's text must not be
        .checkAssert(
            (list, text) -> {
              List<ReportedFigure> figures = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                figures.add(
                    new ReportedFigure(
                        "c" + i,
                        text,
                        i + 1,
                        list.get(i),
                        i % 2 == 0 ? Confidence.HIGH : Confidence.LOW));
              }
              List<AuditFinding> findings =
                  figures.stream()
                      .map(
                          f ->
                              new AuditFinding(
                                  f,
                                  AuditFinding.Status.values()[
                                      f.line() % AuditFinding.Status.values().length],
                                  Phrase.of("kiểm tra", "check"),
                                  text))
                      .toList();
              try {
                assertRoundTrip(
                    new ClaimsJson.Document(
                        ImmutableList.copyOf(figures), ImmutableList.copyOf(findings)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aListOrAChangeThatCannotBeIsRefusedWithItsPlace() {
    String text =
        "{\"format\":\"qcdc.claims/1\",\n"
            + "\"claims\":[\n"
            + "{\"id\":\"a\",\"line\":1,\"text\":\"tăng 1,5 cuộc\",\"claim\":{\"kind\":\"change\","
            + "\"value\":10,\"base\":8,\"change\":\"1.5\",\"qualifier\":\"exact\"}},\n"
            + "{\"id\":\"b\",\"line\":2,\"text\":\"3 nội dung\",\"claim\":{\"kind\":\"listed\","
            + "\"count\":3,\"items\":[\"công khai\",7]},\"confidence\":\"maybe\"},\n"
            + "{\"id\":\"c\",\"line\":3,\"text\":\"50/65\",\"claim\":{\"kind\":\"rates\","
            + "\"total\":{\"kind\":\"count\",\"value\":50,\"qualifier\":\"exact\"},"
            + "\"parts\":[{\"label\":\"huyện A\",\"numerator\":20,\"denominator\":0}]}},\n"
            + "{\"id\":\"d\",\"line\":4,\"text\":\"50/65\",\"claim\":{\"kind\":\"rates\","
            + "\"total\":{\"kind\":\"count\",\"value\":50,\"qualifier\":\"exact\"},"
            + "\"parts\":[{\"label\":\"huyện A\",\"numerator\":20,\"denominator\":25}]}}\n"
            + "]}";
    assertEquals(
        List.of(
            "claims.json:3:1 /claims/0/claim: a change in a count is whole: 1.5",
            "claims.json:4:1 /claims/1/claim/items/1: expected an item's text, got a number",
            "claims.json:4:1 /claims/1/confidence: high or low expected: unknown Confidence"
                + " 'maybe'",
            "claims.json:5:1 /claims/2/claim/parts/0: a part's fraction is a count over a positive"
                + " count: 20/0",
            "claims.json:6:1 /claims/3/claim: an overall rate is a fraction or a percentage, not a"
                + " count"),
        Failures.problemsOf(() -> read(text)).stream().map(Problem::toString).toList());
  }

  @Test
  void everyProblemOfAClaimsDocumentIsListedWithItsPlace() {
    String text =
        "{\"format\":\"qcdc.claims/1\",\n"
            + "\"claims\":[\n"
            + "{\"id\":\"a\",\"line\":1,\"text\":\"68,13%\",\"claim\":{\"kind\":\"percent\","
            + "\"value\":68.13,\"decimals\":2,\"qualifier\":\"exact\"}},\n"
            + "{\"id\":\"b\",\"line\":2,\"text\":\"x\",\"claim\":{\"kind\":\"count\",\"value\":1,"
            + "\"qualifier\":\"roughly\"}},\n"
            + "{\"id\":\"c\",\"line\":3,\"text\":\"x\",\"claim\":{\"kind\":\"count\",\"value\":1,"
            + "\"qualifier\":\"exact\"}},\n"
            + "{\"id\":\"c\",\"line\":4,\"text\":\"x\",\"claim\":{\"kind\":\"guess\"}}\n"
            + "],\n"
            + "\"source\":\"report.txt\"}\n";
    assertEquals(
        List.of(
            "claims.json:3:1 /claims/0/claim/value: expected a decimal written as a string, such"
                + " as \"68.13\", got a number",
            "claims.json:4:1 /claims/1/claim/qualifier: exact, more-than, at-least, nearly or about"
                + " expected: unknown Qualifier 'roughly'",
            "claims.json:6:1 /claims/3/claim/kind: expected one of [change, count, listed, parts,"
                + " percent, range, rates, ratio], got \"guess\"",
            "claims.json:8:1 /source: unknown field; expected format, claims or findings"),
        Failures.problemsOf(() -> read(text)).stream().map(Problem::toString).toList());
  }

  @Test
  void duplicateClaimsAndFindingsOfUnknownClaimsAreRefused() {
    String claim =
        "{\"id\":\"c\",\"line\":3,\"text\":\"x\",\"claim\":{\"kind\":\"count\",\"value\":1,"
            + "\"qualifier\":\"exact\"}}";
    String duplicate =
        "{\"format\":\"qcdc.claims/1\",\n\"claims\":[\n" + claim + ",\n" + claim + "\n]}";
    assertEquals(
        List.of(
            "claims.json:4:1 /claims/1/id: duplicate claim id c, first at claims.json:3:1 /claims/0"),
        Failures.problemsOf(() -> read(duplicate)).stream().map(Problem::toString).toList());
    String dangling =
        "{\"format\":\"qcdc.claims/1\",\n\"findings\":[\n{\"claim\":\"z\",\"status\":\"match\","
            + "\"check\":{\"vi\":\"v\",\"en\":\"e\"},\"computation\":\"1 = 1\"}\n],\n\"claims\":[\n"
            + claim
            + "\n]}";
    assertEquals(
        List.of("claims.json:3:1 /findings/0/claim: unknown claim z; no claim has this id"),
        Failures.problemsOf(() -> read(dangling)).stream().map(Problem::toString).toList());
  }

  @Test
  void aDocumentIsBuiltOnlyFromConsistentParts() {
    ReportedFigure a = new ReportedFigure("a", "3 cuộc", 1, new Claim.Count(3, Qualifier.EXACT));
    ReportedFigure other =
        new ReportedFigure("a", "4 cuộc", 2, new Claim.Count(4, Qualifier.EXACT));
    assertEquals(
        "duplicate claim id a",
        Failures.argumentMessage(
            () -> new ClaimsJson.Document(ImmutableList.of(a, other), ImmutableList.of())));
    AuditFinding aboutOther =
        new AuditFinding(other, AuditFinding.Status.MATCH, Phrase.of("v", "e"), "4 = 4");
    assertEquals(
        "finding about claim a which is not among the claims",
        Failures.argumentMessage(
            () -> new ClaimsJson.Document(ImmutableList.of(a), ImmutableList.of(aboutOther))));
    assertEquals(
        ImmutableList.of(other), ClaimsJson.Document.of(List.of(aboutOther, aboutOther)).claims());
  }
}

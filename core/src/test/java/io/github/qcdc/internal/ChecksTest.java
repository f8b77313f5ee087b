package io.github.qcdc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The hand-written checks of keys and ids accept exactly what their patterns state. */
class ChecksTest {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[-_.:][a-z0-9]+)*");
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:/@+-]{1,128}");

  /** Strings over an alphabet that hits every branch: separators, case, digits, Unicode. */
  private static Gen<String> texts(int maxLength) {
    String alphabet = "az09AZ-_.:/@+ đĐ٣Ⅻ½\t𝐀😀é";
    int[] points = alphabet.codePoints().toArray();
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, points.length - 1))
        .ofSizeBetween(0, maxLength)
        .map(
            l -> {
              StringBuilder s = new StringBuilder();
              l.forEach(i -> s.appendCodePoint(points[i]));
              return s.toString();
            });
  }

  @Test
  void aKeyIsWhatItsPatternStates() {
    qt().withExamples(20_000)
        .forAll(texts(70))
        .checkAssert(
            s ->
                assertEquals(
                    s.length() <= 64 && KEY.matcher(s).matches(), Checks.isKey(s), "'" + s + "'"));
  }

  @Test
  void anIdIsWhatItsPatternStates() {
    qt().withExamples(20_000)
        .forAll(texts(140))
        .checkAssert(s -> assertEquals(ID.matcher(s).matches(), Checks.isId(s), "'" + s + "'"));
  }

  @Test
  void theEdgesOfKeysAndIds() {
    assertTrue(Checks.isKey("a-b.c:d_e"));
    assertFalse(Checks.isKey("-a"));
    assertFalse(Checks.isKey("a-"));
    assertFalse(Checks.isKey("a--b"));
    assertFalse(Checks.isKey("a".repeat(65)));
    assertTrue(Checks.isId("x".repeat(128)));
    assertFalse(Checks.isId("x".repeat(129)));
    assertTrue(Checks.isId("😀".repeat(0) + "đ٣"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.id("activity id", "a b"));
    assertEquals(
        "activity id must be 1 to 128 letters, digits or '._:/@+-', without spaces: 'a b'",
        e.getMessage());
  }
}

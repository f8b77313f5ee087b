package io.github.qcdc.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The hand-written check of a unit code accepts exactly what its pattern states. */
class UnitCodeTest {
  private static final Pattern CODE =
      Pattern.compile("\\d{2}|\\d{3}|\\d{5}|\\d{5}\\.[0-9A-Za-z_-]{1,16}");

  /** Mostly digits, then a dot and the characters of a village suffix, and some that are not. */
  private static Gen<String> texts() {
    String alphabet = "0123456789.0123456789aZ_- é٣/";
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 24)
        .map(
            l -> {
              StringBuilder s = new StringBuilder();
              l.forEach(i -> s.append(alphabet.charAt(i)));
              return s.toString();
            });
  }

  @Test
  void aCodeIsWhatItsPatternStates() {
    qt().withExamples(50_000)
        .forAll(texts())
        .checkAssert(
            s -> assertEquals(CODE.matcher(s).matches(), UnitCode.isCode(s), "'" + s + "'"));
  }

  @Test
  void theEdgesOfACode() {
    assertTrue(UnitCode.isCode("40"));
    assertTrue(UnitCode.isCode("412"));
    assertTrue(UnitCode.isCode("17404"));
    assertTrue(UnitCode.isCode("17404." + "x".repeat(16)));
    assertFalse(UnitCode.isCode("17404." + "x".repeat(17)));
    assertFalse(UnitCode.isCode("17404."));
    assertFalse(UnitCode.isCode("1740"));
    assertFalse(UnitCode.isCode("4"));
    assertFalse(UnitCode.isCode("٣٣"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnitCode.of("1740"));
    assertEquals(
        "unit code must be 2, 3 or 5 digits, or a commune code, '.' and 1 to 16 letters, digits,"
            + " '-' or '_': '1740'",
        e.getMessage());
  }
}

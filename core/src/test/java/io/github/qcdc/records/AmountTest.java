package io.github.qcdc.records;

import static io.github.qcdc.testing.Failures.argumentMessage;
import static io.github.qcdc.testing.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountTest {
  private static final Qualifier[] QUALIFIERS = Qualifier.values();

  @Test
  void decimalsKeepTheirScale() {
    Amount a = Amount.parse("621.9");
    assertEquals(new BigDecimal("621.9"), a.value());
    assertEquals(1, a.value().scale());
    assertNotEquals(Amount.parse("621.90"), a);
    assertEquals(0, Amount.parse("621.90").compareTo(a));
    assertFalse(a.isExactCount());
    assertEquals("621.9", a.toString());
  }

  @Test
  void qualifiersAndMeasureUnitsAreReadFromTheirVietnameseWords() {
    assertEquals(Amount.of(800).withQualifier(Qualifier.NEARLY), Amount.parse("gần 800"));
    assertEquals(
        Amount.of(800).withQualifier(Qualifier.AT_LEAST).withMeasureUnit("tỷ đồng"),
        Amount.parse("tối thiểu 800 tỷ đồng"));
    assertEquals(Qualifier.MORE_THAN, Amount.parse("hơn 11000").qualifier());
    assertEquals(Optional.of("km"), Amount.parse("621.9 km").measureUnit());
    assertTrue(Amount.parse("95%").isPercentage());
    assertEquals("trên 11000 lượt", Amount.parse("hơn 11000 lượt").toString());
  }

  @Test
  void onlyAWholeExactUnitlessAmountIsACount() {
    assertTrue(Amount.of(226).isExactCount());
    assertEquals(226, Amount.parse("226").count());
    assertFalse(Amount.parse("gần 800").isExactCount());
    assertFalse(Amount.parse("800 km").isExactCount());
    assertFalse(Amount.of(new BigDecimal("800.0")).isExactCount());
    assertEquals(800, Amount.of(new BigDecimal("8E+2")).count());
    assertEquals(
        "amount 'gần 800' is not an exact whole count",
        messageOf(IllegalStateException.class, () -> Amount.parse("gần 800").count()));
  }

  @Test
  void badTextIsRefusedWithTheText() {
    assertEquals(
        "amount qualifier must be trên, hơn, tối thiểu, ít nhất, gần or khoảng: 'chừng 800'",
        argumentMessage(() -> Amount.parse("chừng 800")));
    assertEquals(
        "measure unit must be words without digits or surrounding spaces: 'km2'",
        argumentMessage(() -> Amount.of(1).withMeasureUnit("km2")));
    assertEquals(
        "a not-applicable amount has no qualifier",
        argumentMessage(() -> Amount.notApplicable().withQualifier(Qualifier.ABOUT)));
  }

  @Test
  void theTextFormReadsBackEqual() {
    qt().forAll(
            longs().between(0, Long.MAX_VALUE),
            integers().between(0, 4),
            integers().between(0, QUALIFIERS.length - 1),
            integers().between(0, 3))
        .checkAssert(
            (unscaled, scale, q, unit) -> {
              Amount a =
                  Amount.of(BigDecimal.valueOf(unscaled, scale)).withQualifier(QUALIFIERS[q]);
              if (unit > 0) {
                a = a.withMeasureUnit(new String[] {"", "km", "tỷ đồng", "%"}[unit]);
              }
              assertEquals(a, Amount.parse(a.toString()));
            });
  }

  @Test
  void qualifiersCombineCommutativelyAndAssociativelyWithExactAsIdentity() {
    qt().forAll(
            integers().between(0, QUALIFIERS.length - 1),
            integers().between(0, QUALIFIERS.length - 1),
            integers().between(0, QUALIFIERS.length - 1))
        .checkAssert(
            (i, j, k) -> {
              Qualifier a = QUALIFIERS[i];
              Qualifier b = QUALIFIERS[j];
              Qualifier c = QUALIFIERS[k];
              assertEquals(a.and(b), b.and(a));
              assertEquals(a.and(b).and(c), a.and(b.and(c)));
              assertEquals(a, a.and(Qualifier.EXACT));
            });
  }

  @Test
  void aSumIsQualifiedByTheMeaningOfItsParts() {
    assertEquals(Qualifier.MORE_THAN, Qualifier.AT_LEAST.and(Qualifier.MORE_THAN));
    assertEquals(Qualifier.ABOUT, Qualifier.NEARLY.and(Qualifier.MORE_THAN));
    assertEquals(Qualifier.NEARLY, Qualifier.NEARLY.and(Qualifier.EXACT));
    assertEquals(Qualifier.ABOUT, Qualifier.ABOUT.and(Qualifier.AT_LEAST));
  }

  @Test
  void qualifierKeysAndWordsAreTheWireForms() {
    for (Qualifier q : QUALIFIERS) {
      assertEquals(q, Qualifier.fromKey(q.key()));
      q.words().forEach(w -> assertEquals(Optional.of(q), Qualifier.fromWord(w)));
    }
    assertEquals(Optional.of(Qualifier.NEARLY), Qualifier.fromWord("Gần"));
    assertEquals(
        "unknown qualifier 'roughly'; expected one of [exact, at-least, more-than, nearly, about]",
        argumentMessage(() -> Qualifier.fromKey("roughly")));
  }
}

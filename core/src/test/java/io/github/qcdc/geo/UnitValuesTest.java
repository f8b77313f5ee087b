package io.github.qcdc.geo;

import static io.github.qcdc.testing.Failures.argumentMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitValuesTest {

  @Test
  void codeShapeGivesTheTier() {
    assertEquals(Tier.PROVINCE, UnitCode.of("40").shapeTier());
    assertEquals(Tier.DISTRICT, UnitCode.of("412").shapeTier());
    assertEquals(Tier.COMMUNE, UnitCode.of("16681").shapeTier());
    assertEquals(Tier.VILLAGE, UnitCode.of("16681.xom-3").shapeTier());
  }

  @Test
  void rejectsCodeOfWrongLength() {
    assertEquals(
        "unit code must be 2, 3 or 5 digits, or a commune code, '.' and 1 to 16 letters, digits,"
            + " '-' or '_': '4012'",
        argumentMessage(() -> UnitCode.of("4012")));
  }

  @Test
  void rejectsTypeThatDoesNotMatchTheCode() {
    assertEquals(
        "unit 412: code shape is DISTRICT but type xa is COMMUNE",
        argumentMessage(() -> AdminUnit.of("412", "Vinh", UnitType.XA, Optional.of("40"))));
  }

  @Test
  void provinceHasNoParentAndOthersNeedOne() {
    assertEquals(
        "unit 40: a province has no parent, got parent 41",
        argumentMessage(() -> AdminUnit.of("40", "Nghệ An", UnitType.TINH, Optional.of("41"))));
    assertEquals(
        "unit 412: a huyen needs a parent",
        argumentMessage(() -> AdminUnit.of("412", "Vinh", UnitType.HUYEN, Optional.empty())));
  }

  @Test
  void rejectsBlankName() {
    assertEquals(
        "unit name must not be blank",
        argumentMessage(() -> AdminUnit.of("40", " ", UnitType.TINH, Optional.empty())));
  }

  @Test
  void writesNameWithType() {
    assertEquals(
        "Thị trấn Quán Hành",
        AdminUnit.of("17000", "Quán Hành", UnitType.THI_TRAN, Optional.of("412")).nameWithType());
  }

  @Test
  void tagsHoldDuringTheirValidity() {
    AdminUnit unit =
        AdminUnit.builder()
            .code(UnitCode.of("16681"))
            .name("Hưng Lộc")
            .type(UnitType.XA)
            .parent(UnitCode.of("412"))
            .addTags(UnitTag.parse("mountainous"))
            .addTags(UnitTag.parse("new-rural@2019-12-20/.."))
            .build();
    assertTrue(unit.hasTag("mountainous", LocalDate.of(2000, 1, 1)));
    assertFalse(unit.hasTag("new-rural", LocalDate.of(2019, 12, 19)));
    assertTrue(unit.hasTag("new-rural", LocalDate.of(2019, 12, 20)));
    assertEquals(
        "new-rural@2019-12-20/..",
        UnitTag.of("new-rural", DateInterval.from(LocalDate.of(2019, 12, 20))).toString());
    assertEquals(
        "tag name must be lower-case letters and digits joined by '-', '_', '.' or ':' (at most 64"
            + " characters): 'Miền núi'",
        argumentMessage(() -> UnitTag.of("Miền núi")));
  }

  @Test
  void typesAreFoundByKey() {
    for (UnitType type : UnitType.values()) {
      assertEquals(type, UnitType.fromKey(type.key()));
    }
    assertTrue(
        argumentMessage(() -> UnitType.fromKey("tinhh"))
            .startsWith("unknown unit type 'tinhh'; expected one of [tinh,"));
  }

  @Test
  void tiersAcceptTheirParents() {
    assertTrue(Tier.COMMUNE.acceptsParent(Tier.DISTRICT));
    assertTrue(Tier.COMMUNE.acceptsParent(Tier.PROVINCE));
    assertFalse(Tier.VILLAGE.acceptsParent(Tier.DISTRICT));
    assertFalse(Tier.PROVINCE.acceptsParent(Tier.PROVINCE));
    assertTrue(Tier.PROVINCE.isAbove(Tier.VILLAGE));
  }
}

package io.github.qcdc.records;

import static io.github.qcdc.testing.Failures.argumentMessage;
import static io.github.qcdc.testing.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.testing.EqualsTester;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.organization.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordValuesTest {

  @Test
  void zeroNotApplicableAndAbsentAreDifferent() {
    assertEquals("0", Amount.of(0).toString());
    assertEquals("n/a", Amount.notApplicable().toString());
    assertEquals(Amount.of(0), Amount.parse("0"));
    assertEquals(Amount.notApplicable(), Amount.parse("n/a"));
    assertFalse(Amount.notApplicable().applicable());
    assertEquals(
        "a not-applicable amount has no count",
        messageOf(IllegalStateException.class, () -> Amount.notApplicable().reportedCount()));
    assertEquals(
        "amount must be a number such as 621.9, optionally after a qualifier (trên, hơn, tối thiểu,"
            + " ít nhất, gần, khoảng) and before a measure unit, or 'n/a': '1,5'",
        argumentMessage(() -> Amount.parse("1,5")));
  }

  @Test
  void factNumbersAreExactAndNormalised() {
    new EqualsTester()
        .addEqualityGroup(FactValue.of(7), FactValue.of(new BigDecimal("7.00")))
        .addEqualityGroup(
            FactValue.of(new BigDecimal("16493.70")), FactValue.of(new BigDecimal("16493.7")))
        .addEqualityGroup(FactValue.of(true))
        .addEqualityGroup(FactValue.of("có"))
        .testEquals();
    assertEquals("70", FactValue.of(new BigDecimal("7E+1")).toString());
    assertEquals("fact text value must not be blank", argumentMessage(() -> FactValue.of(" ")));
  }

  @Test
  void subjectsTravelAsText() {
    assertEquals(Subject.unit(UnitCode.of("40")), Subject.parse("unit:40"));
    assertEquals(
        Subject.organization(OrganizationId.of("pib-1")), Subject.parse("organization:pib-1"));
    assertEquals(
        "subject must be 'unit:CODE' or 'organization:ID': 'village:1'",
        argumentMessage(() -> Subject.parse("village:1")));
    assertEquals(
        "unit code must be 2, 3 or 5 digits, or a commune code, '.' and 1 to 16 letters, digits,"
            + " '-' or '_': '4'",
        argumentMessage(() -> Subject.parse("unit:4")));
  }

  @Test
  void keysAndIdsAreValidated() {
    assertEquals(
        "activity type must be lower-case letters and digits joined by '-', '_', '.' or ':' (at most"
            + " 64 characters): 'Giám sát'",
        argumentMessage(() -> ActivityType.of("Giám sát")));
    assertEquals(
        "record id must be 1 to 128 letters, digits or '._:/@+-', without spaces: 'a b'",
        argumentMessage(() -> RecordId.of("a b")));
    assertEquals(
        "organization id must be 1 to 128 letters, digits or '._:/@+-', without spaces: ''",
        argumentMessage(() -> OrganizationId.of("")));
    assertEquals(
        "activity x quantity key must be lower-case letters and digits joined by '-', '_', '.' or"
            + " ':' (at most 64 characters): 'Người'",
        argumentMessage(
            () ->
                Activity.builder()
                    .from(Activity.of("x", ActivityType.DIALOGUE, "40", LocalDate.of(2020, 1, 1)))
                    .putQuantities("Người", 3)
                    .build()));
  }

  @Test
  void enumKeysRoundTrip() {
    for (OrganizationKind kind : OrganizationKind.values()) {
      assertEquals(kind, OrganizationKind.fromKey(kind.key()));
    }
    for (Ownership ownership : Ownership.values()) {
      assertEquals(ownership, Ownership.fromKey(ownership.key()));
    }
    assertEquals(
        "unknown organization kind 'club'; expected one of [party-committee,"
            + " grassroots-party-committee, grassroots-party-cell, party-cell, peoples-council,"
            + " peoples-committee, state-agency, public-service-unit, enterprise, fatherland-front,"
            + " mass-organization, trade-union, peoples-inspection-board,"
            + " community-investment-supervision-board, steering-committee]",
        argumentMessage(() -> OrganizationKind.fromKey("club")));
    assertEquals(
        "unknown ownership 'mixed'; expected one of [state, private, foreign-invested,"
            + " cooperative]",
        argumentMessage(() -> Ownership.fromKey("mixed")));
  }
}

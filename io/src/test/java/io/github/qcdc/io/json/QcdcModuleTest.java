package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.testing.Generators;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class QcdcModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void isFoundByFindAndRegisterModules() {
    assertTrue(
        MAPPER.getRegisteredModuleIds().contains("qcdc"),
        MAPPER.getRegisteredModuleIds().toString());
  }

  @Test
  void everyRecordTypeRoundTrips() {
    qt().forAll(Generators.activities())
        .checkAssert(a -> assertEquals(a, roundTrip(a, Activity.class)));
    qt().forAll(Generators.dataValues())
        .checkAssert(v -> assertEquals(v, roundTrip(v, DataValue.class)));
    qt().forAll(Generators.facts()).checkAssert(f -> assertEquals(f, roundTrip(f, Fact.class)));
    qt().forAll(Generators.organizations())
        .checkAssert(o -> assertEquals(o, roundTrip(o, Organization.class)));
    qt().forAll(Generators.periods())
        .checkAssert(p -> assertEquals(p, roundTrip(p, ReportingPeriod.class)));
  }

  @Test
  void singleValuesTravelAsText() throws JsonProcessingException {
    assertEquals("\"2016/2020\"", MAPPER.writeValueAsString(ReportingPeriod.parse("2016/2020")));
    assertEquals("\"281/411\"", MAPPER.writeValueAsString(Fraction.of(281, 411)));
    assertEquals("\"40\"", MAPPER.writeValueAsString(UnitCode.of("40")));
    assertEquals("\"n/a\"", MAPPER.writeValueAsString(Amount.notApplicable()));
    assertEquals("0", MAPPER.writeValueAsString(Amount.of(0)));
  }

  @Test
  void reportsWhatIsWrongWithAValue() {
    assertEquals(
        "invalid ReportingPeriod: period must be one of 2020, 2020S1, 2020Q3, 2020-03, 2016/2020 (or 2016-2020),"
            + " 2016-01-01/2020-12-31: '2020Q5'",
        assertThrows(
                MismatchedInputException.class,
                () -> MAPPER.readValue("\"2020Q5\"", ReportingPeriod.class))
            .getOriginalMessage());
    assertEquals(
        "invalid Activity: line 1, column 1 /date: required field is missing",
        assertThrows(
                MismatchedInputException.class,
                () ->
                    MAPPER.readValue(
                        "{\"id\":\"a\",\"type\":\"dialogue\",\"unit\":\"40\"}", Activity.class))
            .getOriginalMessage());
  }
}

package io.github.qcdc.geo;

import static io.github.qcdc.testing.Failures.argumentMessage;
import static io.github.qcdc.testing.Failures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoreErrorMessagesTest {

  @Test
  void reportsAHierarchyCycleBetweenUnits() {
    List<String> problems =
        problemsOf(
                () ->
                    Gazetteer.builder()
                        .add(AdminUnit.of("412", "A", UnitType.HUYEN, Optional.of("413")))
                        .add(AdminUnit.of("413", "B", UnitType.HUYEN, Optional.of("412")))
                        .build())
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "units[0].parent: parent 413 of unit 412 is a huyen (DISTRICT); a huyen (DISTRICT)"
                + " cannot be under it",
            "units[1].parent: parent 412 of unit 413 is a huyen (DISTRICT); a huyen (DISTRICT)"
                + " cannot be under it",
            "units[0].parent: hierarchy cycle [412, 413, 412]"),
        problems);
  }

  @Test
  void exceptionMessageListsFiftyProblemsAndCountsTheRest() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < 53; i++) {
      problems.add(Problem.of("units[" + i + "]", "bad"));
    }
    QcdcException e = new QcdcException("invalid gazetteer", problems);
    List<String> lines = String.valueOf(e.getMessage()).lines().toList();
    assertEquals("invalid gazetteer: 53 problems", lines.get(0));
    assertEquals("  units[49]: bad", lines.get(50));
    assertEquals("  ... and 3 more", lines.get(51));
    assertEquals(52, lines.size());
    assertEquals(53, e.problems().size());
    assertEquals(
        "a QcdcException needs at least one problem: empty",
        argumentMessage(() -> new QcdcException("empty", List.of())));
  }

  @Test
  void problemsNeedAPathAndAMessage() {
    assertEquals(
        "problem path must not be empty (message: x)", argumentMessage(() -> Problem.of("", "x")));
    assertEquals(
        "problem message must not be empty (path: p)", argumentMessage(() -> Problem.of("p", "")));
  }

  @Test
  void valueTypesNameTheFieldAndTheValue() {
    assertEquals(
        "legal act number must not be blank",
        argumentMessage(() -> LegalAct.of(" ", LocalDate.of(2020, 1, 1), "")));
    assertEquals(
        "organization name must not be blank",
        argumentMessage(() -> Organization.of("o", " ", OrganizationKind.ENTERPRISE, "40")));
    assertEquals(
        "organization o is its own parent",
        argumentMessage(
            () ->
                Organization.builder()
                    .from(Organization.of("o", "O", OrganizationKind.ENTERPRISE, "40"))
                    .parent(OrganizationId.of("o"))
                    .build()));
    assertEquals(
        "data value v disaggregation option must be lower-case letters and digits joined by '-',"
            + " '_', '.' or ':' (at most 64 characters): 'Cấp xã'",
        argumentMessage(
            () ->
                DataValue.builder()
                    .from(
                        DataValue.of(
                            "v", DataElement.of("x"), "40", ReportingPeriod.ofYear(2020), 1))
                    .putDisaggregation("level", "Cấp xã")
                    .build()));
    assertEquals(
        "fact f key must be lower-case letters and digits joined by '-', '_', '.' or ':' (at most"
            + " 64 characters): 'Has board'",
        argumentMessage(
            () ->
                Fact.of(
                    "f",
                    Subject.unit(UnitCode.of("40")),
                    "Has board",
                    FactValue.of(true),
                    DateInterval.always())));
    assertEquals(
        "tag must be 'name' or 'name@start/end': '@2020-01-01/..'",
        argumentMessage(() -> UnitTag.parse("@2020-01-01/..")));
    assertEquals(
        "unknown succession kind 'annex'; expected one of [merge, split, rename, type-change,"
            + " reparent, tier-removal, dissolution, arrangement, unrecorded]",
        argumentMessage(() -> SuccessionKind.fromKey("annex")));
  }
}

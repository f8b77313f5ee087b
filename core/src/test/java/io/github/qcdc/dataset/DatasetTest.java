package io.github.qcdc.dataset;

import static io.github.qcdc.testing.Failures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.RecordId;
import io.github.qcdc.records.Subject;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final Gazetteer NGHE_AN = NgheAn.withReform2025().build();
  private static final LocalDate DAY = LocalDate.of(2018, 5, 19);
  private static final String VINH = "412";
  private static final String WARD = "16666";
  private static final DataElement SUPERVISIONS = DataElement.of("supervisions");

  private static List<String> problems(Consumer<Dataset.Builder> records) {
    Dataset.Builder builder = Dataset.builder(NGHE_AN);
    records.accept(builder);
    return problemsOf(builder::build).stream().map(Problem::toString).toList();
  }

  private static Activity supervision(String id, String unit, LocalDate day) {
    return Activity.of(id, ActivityType.SUPERVISION, unit, day);
  }

  @Test
  void sortsActivitiesByUnitThenDayThenId() {
    Dataset dataset =
        Dataset.builder(NGHE_AN)
            .add(supervision("b", WARD, DAY))
            .add(supervision("c", "40", DAY.plusDays(1)))
            .add(supervision("a", WARD, DAY))
            .add(supervision("d", "40", DAY))
            .build();
    ActivityTable table = dataset.activities();
    assertEquals(
        List.of("d", "c", "a", "b"), table.toList().stream().map(a -> a.id().value()).toList());
    assertEquals(0, table.firstRowOfUnit(NGHE_AN.indexOf(UnitCode.of("40"))));
    assertEquals(2, table.firstRowOfUnit(NGHE_AN.indexOf(UnitCode.of(VINH))));
    assertEquals(4, table.firstRowOfUnit(NGHE_AN.size()));
  }

  @Test
  void rebuildsEachActivityWithOrganiserQuantitiesAndAttributes() {
    Organization front =
        Organization.of("mttq-40", "Ủy ban MTTQ tỉnh", OrganizationKind.FATHERLAND_FRONT, "40");
    Activity activity =
        Activity.builder()
            .id(RecordId.of("gs-1"))
            .type(ActivityType.SUPERVISION)
            .unit(UnitCode.of(VINH))
            .date(DAY)
            .organiser(front.id())
            .putQuantities("participants", 35)
            .putQuantities("households", 0)
            .putAttributes("topic", "đất đai")
            .build();
    Dataset dataset = Dataset.builder(NGHE_AN).add(front).add(activity).build();
    assertEquals(activity, dataset.activities().get(0));
    assertEquals(OptionalLong.of(35), dataset.activities().quantity(0, "participants"));
    assertEquals(OptionalLong.empty(), dataset.activities().quantity(0, "absent"));
    assertEquals(0, dataset.activities().organiser(0));
    assertEquals(front, dataset.organization(front.id()).orElseThrow());
  }

  @Test
  void reportsActivityProblems() {
    assertEquals(
        List.of(
            "activities[0].unit: activity x1: unknown unit 99999",
            "activities[1].unit: activity x2: unit 16666 is not in force on 2025-07-01; it is in"
                + " force ../2025-06-30",
            "activities[2].quantities.participants: activity x3: quantity participants must not be"
                + " negative: -4",
            "activities[3].organiser: activity x4: unknown organization nobody",
            "activities[5].organiser: activity x6: organization old is not in force on 2018-05-19;"
                + " it is in force ../2017-12-31",
            "activities[6].id: duplicate activity id x1, first used at activities[0]"),
        problems(
            b ->
                b.add(supervision("x1", "99999", DAY))
                    .add(supervision("x2", WARD, NgheAn.REFORM))
                    .add(
                        Activity.builder()
                            .from(supervision("x3", WARD, DAY))
                            .putQuantities("participants", -4)
                            .build())
                    .add(
                        Activity.builder()
                            .from(supervision("x4", WARD, DAY))
                            .organiser(OrganizationId.of("nobody"))
                            .build())
                    .add(
                        Organization.builder()
                            .from(Organization.of("old", "Cũ", OrganizationKind.STATE_AGENCY, "40"))
                            .validity(DateInterval.until(LocalDate.of(2017, 12, 31)))
                            .build())
                    .add(supervision("x5", WARD, DAY))
                    .add(
                        Activity.builder()
                            .from(supervision("x6", WARD, DAY))
                            .organiser(OrganizationId.of("old"))
                            .build())
                    .add(supervision("x1", WARD, DAY))));
  }

  @Test
  void reportsOrganizationProblems() {
    assertEquals(
        List.of(
            "organizations[1].id: duplicate organization id o1, first used at organizations[0]",
            "organizations[2].unit: organization o2: unknown unit 99",
            "organizations[3].parent: organization o3: unknown parent organization o9",
            "organizations[4].employees: organization o4: employees must not be negative: -1",
            "organizations[5].unit: organization o5: unit 16666 is in force ../2025-06-30, not on"
                + " 2026-01-01",
            "organizations[6].parent: organization hierarchy cycle [c1, c2, c1]"),
        problems(
            b ->
                b.add(Organization.of("o1", "A", OrganizationKind.ENTERPRISE, "40"))
                    .add(Organization.of("o1", "B", OrganizationKind.ENTERPRISE, "40"))
                    .add(Organization.of("o2", "C", OrganizationKind.ENTERPRISE, "99"))
                    .add(org("o3", "o9"))
                    .add(
                        Organization.builder()
                            .from(Organization.of("o4", "E", OrganizationKind.ENTERPRISE, "40"))
                            .employees(-1)
                            .build())
                    .add(
                        Organization.builder()
                            .from(Organization.of("o5", "F", OrganizationKind.ENTERPRISE, WARD))
                            .validity(DateInterval.from(LocalDate.of(2026, 1, 1)))
                            .build())
                    .add(org("c1", "c2"))
                    .add(org("c2", "c1"))));
  }

  private static Organization org(String id, String parent) {
    return Organization.builder()
        .from(Organization.of(id, id, OrganizationKind.PARTY_CELL, "40"))
        .parent(OrganizationId.of(parent))
        .build();
  }

  @Test
  void reportsDataValueProblems() {
    ReportingPeriod y2018 = ReportingPeriod.ofYear(2018);
    assertEquals(
        List.of(
            "dataValues[1].id: duplicate data value id v1, first used at dataValues[0]",
            "dataValues[1]: data value v1 has the same element, unit, period and disaggregation as"
                + " dataValues[0] (supervisions|40|2018|{})",
            "dataValues[2].unit: data value v2: unit 16666 is in force ../2025-06-30, not on any day"
                + " of 2026-01-01/2026-12-31",
            "dataValues[3].amount: data value v3: amount must not be negative: -5",
            "dataValues[4].asOf: data value v4: as-of day 2019-01-01 is outside its period 2018"
                + " (2018-01-01/2018-12-31)"),
        problems(
            b ->
                b.add(DataValue.of("v1", SUPERVISIONS, "40", y2018, 15))
                    .add(DataValue.of("v1", SUPERVISIONS, "40", y2018, 15))
                    .add(DataValue.of("v2", SUPERVISIONS, WARD, ReportingPeriod.ofYear(2026), 1))
                    .add(DataValue.of("v3", SUPERVISIONS, VINH, y2018, -5))
                    .add(
                        DataValue.builder()
                            .from(DataValue.of("v4", SUPERVISIONS, WARD, y2018, 2))
                            .asOf(LocalDate.of(2019, 1, 1))
                            .build())));
  }

  @Test
  void reportsFactProblems() {
    assertEquals(
        List.of(
            "facts[1].id: duplicate fact id f1, first used at facts[0]",
            "facts[0].subject: fact f1: unknown unit 99999",
            "facts[2].subject: fact f2: unknown organization nobody"),
        problems(
            b ->
                b.add(fact("f1", Subject.unit(UnitCode.of("99999"))))
                    .add(fact("f1", Subject.unit(UnitCode.of(WARD))))
                    .add(fact("f2", Subject.organization(OrganizationId.of("nobody"))))));
  }

  private static Fact fact(String id, Subject subject) {
    return Fact.of(id, subject, "new-rural-standard", FactValue.of(true), DateInterval.from(DAY));
  }

  @Test
  void listsProblemsUpToTheLimitAndCountsTheRest() {
    Dataset.Builder builder = Dataset.builder(NGHE_AN);
    int extra = 5;
    for (int i = 0; i < Dataset.Builder.PROBLEM_LIMIT + extra; i++) {
      builder.add(supervision("u" + i, "99999", DAY));
    }
    List<Problem> problems = problemsOf(builder::build);
    assertEquals(Dataset.Builder.PROBLEM_LIMIT + 1, problems.size());
    assertEquals(
        "dataset: 5 more problems not listed (the first 10000 are)",
        problems.get(problems.size() - 1).toString());
  }

  @Test
  void buildsOnce() {
    Dataset.Builder builder = Dataset.builder(NGHE_AN);
    builder.build();
    assertEquals(
        "a dataset builder builds once",
        assertThrows(IllegalStateException.class, builder::build).getMessage());
  }
}

package io.github.qcdc.geo;

import static io.github.qcdc.testing.Failures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.testing.Failures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final LocalDate MERGE_DAY = LocalDate.of(2020, 1, 1);
  private static final LegalAct ACT =
      LegalAct.of("831/NQ-UBTVQH14", LocalDate.of(2019, 12, 17), "");
  private static final AdminUnit PROVINCE =
      AdminUnit.of("40", "Nghệ An", UnitType.TINH, Optional.empty());
  private static final AdminUnit DISTRICT =
      AdminUnit.of("412", "Vinh", UnitType.THANH_PHO_THUOC_TINH, Optional.of("40"));

  private static AdminUnit commune(String code, DateInterval validity) {
    return AdminUnit.builder()
        .code(UnitCode.of(code))
        .name("Xã " + code)
        .type(UnitType.XA)
        .parent(UnitCode.of("412"))
        .validity(validity)
        .build();
  }

  private static Gazetteer merged() {
    return Gazetteer.builder()
        .add(PROVINCE)
        .add(DISTRICT)
        .add(commune("16681", DateInterval.until(MERGE_DAY.minusDays(1))))
        .add(commune("16681", DateInterval.from(MERGE_DAY)))
        .add(commune("16684", DateInterval.until(MERGE_DAY.minusDays(1))))
        .add(
            Succession.of(
                SuccessionKind.MERGE,
                MERGE_DAY,
                List.of(UnitCode.of("16681"), UnitCode.of("16684")),
                List.of(UnitCode.of("16681")),
                ACT))
        .build();
  }

  @Test
  void treeOfADayHoldsTheUnitsInForceThatDay() {
    Gazetteer gazetteer = merged();
    assertEquals(2, gazetteer.asOf(MERGE_DAY.minusDays(1)).count(UnitCode.of("40"), Tier.COMMUNE));
    assertEquals(1, gazetteer.asOf(MERGE_DAY).count(UnitCode.of("40"), Tier.COMMUNE));
    assertEquals(4, gazetteer.size());
    assertEquals(5, gazetteer.units().size());
  }

  @Test
  void mergedUnitMapsToTheSurvivor() {
    Gazetteer gazetteer = merged();
    LocalDate before = MERGE_DAY.minusDays(1);
    assertEquals(
        Set.of(UnitCode.of("16681")),
        gazetteer.successors(UnitCode.of("16684"), before, MERGE_DAY));
    assertEquals(
        Set.of(UnitCode.of("16684")), gazetteer.successors(UnitCode.of("16684"), before, before));
  }

  @Test
  void successorsOfAUnitNotInForceIsAnError() {
    assertEquals(
        "unit 16684 is not in force on 2020-01-01",
        Failures.argumentMessage(
            () -> merged().successors(UnitCode.of("16684"), MERGE_DAY, MERGE_DAY)));
  }

  @Test
  void canonicalOrderIsPreOrderByCode() {
    Gazetteer gazetteer = merged();
    assertEquals(
        List.of("40", "412", "16681", "16684"),
        List.of(
            gazetteer.codeAt(0).value(),
            gazetteer.codeAt(1).value(),
            gazetteer.codeAt(2).value(),
            gazetteer.codeAt(3).value()));
    assertEquals(2, gazetteer.indexOf(UnitCode.of("16681")));
    assertEquals(
        "unknown unit 99", Failures.argumentMessage(() -> gazetteer.indexOf(UnitCode.of("99"))));
  }

  @Test
  void treeMethodsRejectAUnitNotInForce() {
    AdminTree tree = merged().asOf(MERGE_DAY);
    assertEquals(
        "unit 16684 is not in force on 2020-01-01",
        Failures.argumentMessage(() -> tree.children(UnitCode.of("16684"))));
    assertEquals(Optional.empty(), tree.unit(UnitCode.of("16684")));
  }

  @Test
  void reportsEveryProblemAtOnceWithItsPath() {
    List<Problem> problems =
        problemsOf(
            () ->
                Gazetteer.builder()
                    .add(PROVINCE)
                    .add(AdminUnit.of("413", "Cửa Lò", UnitType.THI_XA, Optional.of("41")))
                    .add(AdminUnit.of("16690", "Nghi Thu", UnitType.PHUONG, Optional.of("40")))
                    .add(AdminUnit.of("16691", "Nghi Hương", UnitType.PHUONG, Optional.of("16690")))
                    .add(commune("16681", DateInterval.until(LocalDate.of(2018, 12, 31))))
                    .add(commune("16681", DateInterval.from(LocalDate.of(2018, 6, 1))))
                    .add(commune("16682", DateInterval.until(LocalDate.of(2018, 12, 31))))
                    .add(commune("16682", DateInterval.from(LocalDate.of(2020, 1, 1))))
                    .add(DISTRICT)
                    .add(commune("16683", DateInterval.until(LocalDate.of(2010, 12, 31))))
                    .build());
    assertEquals(
        List.of(
            "units[5].validity: unit 16681 has overlapping versions: 2018-06-01/.. and"
                + " ../2018-12-31 (units[4])",
            "units[7].validity: unit 16682 was closed on 2018-12-31 and reused from 2020-01-01; a"
                + " closed code is never reused",
            "units[1].parent: unknown parent unit 41 of unit 413",
            "units[3].parent: parent 16690 of unit 16691 is a phuong (COMMUNE); a phuong (COMMUNE)"
                + " cannot be under it",
            "units[9].validity: unit 16683 ends on 2010-12-31 but no succession dated 2011-01-01"
                + " ends it"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void reportsSuccessionProblems() {
    List<Problem> problems =
        problemsOf(
            () ->
                Gazetteer.builder()
                    .add(PROVINCE)
                    .add(DISTRICT)
                    .add(commune("16681", DateInterval.always()))
                    .add(commune("16684", DateInterval.until(MERGE_DAY.minusDays(1))))
                    .add(
                        Succession.of(
                            SuccessionKind.MERGE,
                            MERGE_DAY,
                            List.of(
                                UnitCode.of("16681"), UnitCode.of("16684"), UnitCode.of("16699")),
                            List.of(UnitCode.of("16681")),
                            ACT))
                    .add(
                        Succession.of(
                            SuccessionKind.SPLIT,
                            MERGE_DAY,
                            List.of(UnitCode.of("412")),
                            List.of(UnitCode.of("412"), UnitCode.of("16684")),
                            ACT))
                    .build());
    assertEquals(
        List.of(
            "successions[0].predecessors[2]: unknown unit 16699",
            "successions[0].successors[0]: unit 16681 continues through the merge but has no new version starting on 2020-01-01",
            "successions[1].successors[0]: unit 412 continues through the split but has no new version starting on 2020-01-01",
            "successions[1].successors[1]: unit 16684 is not in force on 2020-01-01, the day of the split"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void reportsAUnitStillInForceThatASuccessionEnds() {
    List<Problem> problems =
        problemsOf(
            () ->
                Gazetteer.builder()
                    .add(PROVINCE)
                    .add(DISTRICT)
                    .add(commune("16681", DateInterval.always()))
                    .add(
                        Succession.of(
                            SuccessionKind.DISSOLUTION,
                            MERGE_DAY,
                            List.of(UnitCode.of("16681")),
                            List.of(),
                            ACT))
                    .build());
    assertEquals(
        List.of(
            "successions[0].predecessors[0]: unit 16681 is still in force on 2020-01-01 but the dissolution ends it"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void reportsSelfParentAndCycles() {
    List<Problem> problems =
        problemsOf(
            () ->
                Gazetteer.builder()
                    .add(AdminUnit.of("412", "A", UnitType.HUYEN, Optional.of("412")))
                    .build());
    assertEquals(
        List.of("units[0].parent: unit 412 is its own parent"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void exceptionMessageListsTheProblems() {
    QcdcException e =
        assertThrows(
            QcdcException.class,
            () ->
                Gazetteer.of(
                    List.of(AdminUnit.of("413", "Cửa Lò", UnitType.THI_XA, Optional.of("41")))));
    assertEquals(
        "invalid gazetteer: 1 problem"
            + System.lineSeparator()
            + "  units[0].parent: unknown parent unit 41 of unit 413",
        e.getMessage());
  }

  @Test
  void successionArityIsChecked() {
    assertEquals(
        "merge on 2020-01-01: a merge takes 2 or more predecessors and 1 successor, got [16681] -> [16681]",
        Failures.argumentMessage(
            () ->
                Succession.of(
                    SuccessionKind.MERGE,
                    MERGE_DAY,
                    List.of(UnitCode.of("16681")),
                    List.of(UnitCode.of("16681")),
                    ACT)));
    assertTrue(
        Failures.argumentMessage(
                () ->
                    Succession.of(
                        SuccessionKind.SPLIT,
                        MERGE_DAY,
                        List.of(UnitCode.of("16681"), UnitCode.of("16681")),
                        List.of(UnitCode.of("16682"), UnitCode.of("16683")),
                        ACT))
            .contains("a split takes 1 predecessor"));
  }
}

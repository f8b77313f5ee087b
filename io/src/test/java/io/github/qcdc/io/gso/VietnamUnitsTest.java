package io.github.qcdc.io.gso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitHistory;
import io.github.qcdc.geo.UnitType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VietnamUnitsTest {
  private static final Gazetteer UNITS = VietnamUnits.gazetteer();

  private static Map<Tier, Long> counts(LocalDate day) {
    Map<Tier, Long> counts = new TreeMap<>();
    for (AdminUnit unit : UNITS.asOf(day).units()) {
      counts.merge(unit.tier(), 1L, Long::sum);
    }
    return counts;
  }

  @Test
  void givesTheGsoListIn2020() {
    assertEquals(
        Map.of(Tier.PROVINCE, 63L, Tier.DISTRICT, 705L, Tier.COMMUNE, 10_565L),
        counts(LocalDate.of(2020, 6, 30)));
  }

  @Test
  void givesTheListOfTheDayBeforeTheReform() {
    assertEquals(
        Map.of(Tier.PROVINCE, 63L, Tier.DISTRICT, 696L, Tier.COMMUNE, 10_047L),
        counts(LocalDate.of(2025, 6, 30)));
  }

  @Test
  void givesTheTwoTierListAfterTheReform() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    assertEquals(Map.of(Tier.PROVINCE, 34L, Tier.COMMUNE, 3_321L), counts(day));
    AdminTree tree = UNITS.asOf(day);
    assertEquals(
        2_621, tree.unitsAt(Tier.COMMUNE).stream().filter(u -> u.type() == UnitType.XA).count());
    assertEquals(
        687, tree.unitsAt(Tier.COMMUNE).stream().filter(u -> u.type() == UnitType.PHUONG).count());
    assertEquals(
        13, tree.unitsAt(Tier.COMMUNE).stream().filter(u -> u.type() == UnitType.DAC_KHU).count());
  }

  @Test
  void countsNgheAnCommunesThroughTime() {
    UnitCode ngheAn = UnitCode.of("40");
    assertEquals(460, UNITS.asOf(LocalDate.of(2020, 6, 30)).count(ngheAn, Tier.COMMUNE));
    assertEquals(412, UNITS.asOf(LocalDate.of(2025, 6, 30)).count(ngheAn, Tier.COMMUNE));
    assertEquals(130, UNITS.asOf(LocalDate.of(2025, 7, 1)).count(ngheAn, Tier.COMMUNE));
  }

  @Test
  void listsUnitsEndedWithoutARecordedSuccessor() {
    UnitHistory history = VietnamUnits.history();
    long communes =
        history.endedUnrecorded().stream().filter(u -> u.tier() == Tier.COMMUNE).count();
    // 580 communes of the raw GSO list are not in the list of 2025-06-30; 13 of them are among the
    // 47 rows the 2020 list cannot place (their district is missing), so never entered the history
    assertEquals(567, communes);
    assertEquals(
        11, history.endedUnrecorded().stream().filter(u -> u.tier() == Tier.DISTRICT).count());
    // 15 new commune codes, 34 of the 47 unplaced rows of 2020 that the 2025 list does place, and
    // 2 new districts (Chũ, Phú Xuân)
    assertEquals(51, history.appearedUnrecorded().size());
    assertTrue(
        history.endedUnrecorded().stream()
            .allMatch(u -> u.validity().end().equals(LocalDate.of(2024, 12, 31))));
  }

  @Test
  void aReusedCodeNamesTwoUnitsWithTheEdgeBetweenThem() {
    UnitCode code = UnitCode.of("16681");
    AdminUnit before = UNITS.unit(code, LocalDate.of(2025, 6, 30)).orElseThrow();
    AdminUnit after = UNITS.unit(code, LocalDate.of(2025, 7, 1)).orElseThrow();
    assertEquals("Quang Trung", before.name());
    assertEquals("Thành Vinh", after.name());
    List<Succession> edges = UNITS.successionsOf(code);
    Succession arrangement =
        edges.stream()
            .filter(s -> s.date().equals(LocalDate.of(2025, 7, 1)))
            .findFirst()
            .orElseThrow();
    assertEquals(SuccessionKind.ARRANGEMENT, arrangement.kind());
    assertTrue(arrangement.predecessors().contains(code));
    assertEquals(List.of(code), arrangement.successors());
    assertEquals("1678/NQ-UBTVQH15", arrangement.act().number());
    assertNotEquals("", arrangement.clause());
  }

  @Test
  void removesTheDistrictTierIntoTheNewProvinces() {
    Succession removal =
        UNITS.successions().stream()
            .filter(
                s ->
                    s.kind() == SuccessionKind.TIER_REMOVAL
                        && s.successors().contains(UnitCode.of("08")))
            .findFirst()
            .orElseThrow();
    assertTrue(removal.predecessors().contains(UnitCode.of("024"))); // a district of old Hà Giang
    assertEquals(
        List.of(UnitCode.of("08")),
        List.copyOf(
            UNITS.successors(
                UnitCode.of("02"), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))));
  }

  @Test
  void readsTheBundledHistoryOnce() {
    assertSame(VietnamUnits.history(), VietnamUnits.history());
    assertEquals(LocalDate.of(2020, 1, 1), UNITS.knownFrom().orElseThrow());
  }
}

package io.github.qcdc.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NgheAnGazetteerTest {
  private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 30);
  private static final UnitCode NGHE_AN = NgheAn.PROVINCE;

  @Test
  void countsTheProvinceOf2020ByTierAndType() {
    AdminTree tree = NgheAn.snapshot().build().asOf(IN_2020);
    assertEquals(21, tree.count(NGHE_AN, Tier.DISTRICT));
    assertEquals(460, tree.count(NGHE_AN, Tier.COMMUNE));
    assertEquals(NgheAn.UNITS_BY_TYPE_2020, tree.countsByType(NGHE_AN));
  }

  @Test
  void navigatesTheTree() {
    AdminTree tree = NgheAn.snapshot().build().asOf(IN_2020);
    UnitCode vinh = UnitCode.of("412");
    assertEquals(Optional.of("Vinh"), tree.unit(vinh).map(AdminUnit::name));
    assertEquals(NGHE_AN, tree.parent(vinh).orElseThrow().code());
    assertEquals(21, tree.children(NGHE_AN).size());
    AdminUnit firstWard = tree.children(vinh).get(0);
    assertEquals(vinh, tree.ancestorAt(firstWard.code(), Tier.DISTRICT).orElseThrow().code());
    assertEquals(NGHE_AN, tree.ancestorAt(firstWard.code(), Tier.PROVINCE).orElseThrow().code());
    assertTrue(tree.contains(NGHE_AN, firstWard.code()));
    assertEquals(tree.count(vinh, Tier.COMMUNE), tree.descendantsAt(vinh, Tier.COMMUNE).size());
    assertEquals(1, tree.roots().size());
  }

  @Test
  void reformOf2025LeavesOneHundredThirtyCommunesDirectlyUnderTheProvince() {
    Gazetteer gazetteer = NgheAn.withReform2025().build();
    AdminTree before = gazetteer.asOf(NgheAn.REFORM.minusDays(1));
    AdminTree after = gazetteer.asOf(NgheAn.REFORM);
    assertEquals(460, before.count(NGHE_AN, Tier.COMMUNE));
    assertEquals(21, before.count(NGHE_AN, Tier.DISTRICT));
    assertEquals(130, after.count(NGHE_AN, Tier.COMMUNE));
    assertEquals(0, after.count(NGHE_AN, Tier.DISTRICT));
    for (AdminUnit commune : after.unitsAt(Tier.COMMUNE)) {
      assertEquals(Optional.of(NGHE_AN), commune.parent());
      assertEquals(Optional.empty(), after.ancestorAt(commune.code(), Tier.DISTRICT));
    }
  }

  @Test
  void mapsEveryCommuneOf2020ToOneCommuneAfterTheReformAndDistrictsToTheProvince() {
    Gazetteer gazetteer = NgheAn.withReform2025().build();
    AdminTree after = gazetteer.asOf(NgheAn.REFORM);
    for (AdminUnit unit : gazetteer.asOf(IN_2020).units()) {
      Set<UnitCode> successors = gazetteer.successors(unit.code(), IN_2020, NgheAn.REFORM);
      switch (unit.tier()) {
        case COMMUNE -> {
          assertEquals(1, successors.size(), unit.toString());
          assertEquals(Tier.COMMUNE, after.unit(successors.iterator().next()).orElseThrow().tier());
        }
        case DISTRICT, PROVINCE -> assertEquals(Set.of(NGHE_AN), successors, unit.toString());
        default -> throw new AssertionError(unit);
      }
    }
  }

  @Test
  void recordsOfTheDayBeforeStayOnTheUnitsOfThatDay() {
    Gazetteer gazetteer = NgheAn.withReform2025().build();
    UnitCode firstCommune = gazetteer.asOf(IN_2020).unitsAt(Tier.COMMUNE).get(0).code();
    assertEquals(
        Set.of(firstCommune),
        gazetteer.successors(firstCommune, IN_2020, NgheAn.REFORM.minusDays(1)));
    assertEquals(
        NgheAn.REFORM.minusDays(1), gazetteer.versions(firstCommune).get(0).validity().end());
  }
}

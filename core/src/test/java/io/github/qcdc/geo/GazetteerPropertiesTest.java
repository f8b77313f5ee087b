package io.github.qcdc.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.testing.Generators;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerPropertiesTest {
  private static final LocalDate[] DAYS = {
    LocalDate.of(2019, 12, 31),
    LocalDate.of(2020, 1, 1),
    LocalDate.of(2021, 1, 1),
    LocalDate.of(2025, 6, 30),
    LocalDate.of(2025, 7, 1)
  };

  @Test
  void treesOfEveryDayAreForestsWithConsistentTiers() {
    qt().withExamples(200)
        .forAll(Generators.gazetteers())
        .checkAssert(
            gazetteer -> {
              for (LocalDate day : DAYS) {
                AdminTree tree = gazetteer.asOf(day);
                for (int i = 0; i < tree.size(); i++) {
                  AdminUnit unit = tree.unitAt(i);
                  int parent = tree.parentIndex(i);
                  if (parent < 0) {
                    assertEquals(Tier.PROVINCE, unit.tier(), unit.toString());
                  } else {
                    assertTrue(parent < i, "pre-order puts parents first");
                    assertTrue(
                        unit.tier().acceptsParent(tree.unitAt(parent).tier()), unit.toString());
                    assertTrue(tree.subtreeEnd(i) <= tree.subtreeEnd(parent));
                    assertEquals(unit.parent().orElseThrow(), tree.unitAt(parent).code());
                  }
                }
              }
            });
  }

  @Test
  void successionsKeepEveryUnitsTerritoryCovered() {
    qt().withExamples(200)
        .forAll(Generators.gazetteers())
        .checkAssert(
            gazetteer -> {
              for (int a = 0; a < DAYS.length; a++) {
                AdminTree from = gazetteer.asOf(DAYS[a]);
                for (int b = a; b < DAYS.length; b++) {
                  AdminTree to = gazetteer.asOf(DAYS[b]);
                  for (AdminUnit unit : from.units()) {
                    Set<UnitCode> successors = gazetteer.successors(unit.code(), DAYS[a], DAYS[b]);
                    LocalDate first = DAYS[a];
                    LocalDate last = DAYS[b];
                    // only a unit the sources lose track of has no successor
                    assertFalse(
                        successors.isEmpty()
                            && gazetteer.successions().stream()
                                .noneMatch(
                                    s ->
                                        s.kind() == SuccessionKind.UNRECORDED
                                            && s.date().isAfter(first)
                                            && !s.date().isAfter(last)),
                        unit + " from " + DAYS[a] + " to " + DAYS[b]);
                    for (UnitCode successor : successors) {
                      assertTrue(to.unit(successor).isPresent(), successor + " on " + DAYS[b]);
                    }
                  }
                }
              }
            });
  }

  @Test
  void reformsAndMergesKeepEveryProvince() {
    qt().withExamples(100)
        .forAll(Generators.gazetteers())
        .checkAssert(
            gazetteer -> {
              LocalDate before = DAYS[0];
              LocalDate after = DAYS[DAYS.length - 1];
              long provincesBefore = gazetteer.asOf(before).roots().size();
              long provincesAfter = gazetteer.asOf(after).roots().size();
              assertEquals(provincesBefore, provincesAfter);
            });
  }
}

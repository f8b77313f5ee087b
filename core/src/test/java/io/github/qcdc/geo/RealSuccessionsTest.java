package io.github.qcdc.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.period.DateInterval;
import io.github.qcdc.testing.NgheAn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Real successions of Nghệ An, on the units of the GSO list: the split of Quỳnh Lưu district that
 * created Hoàng Mai town (Resolution 47/NQ-CP of 2013-04-03, taken as effective that day), and the
 * removal of the district tier on 2025-07-01 ({@link NgheAnGazetteerTest}).
 */
class RealSuccessionsTest {
  private static final LocalDate SPLIT = LocalDate.of(2013, 4, 3);
  private static final LegalAct RESOLUTION_47 =
      LegalAct.of(
          "47/NQ-CP",
          SPLIT,
          "điều chỉnh địa giới hành chính huyện Quỳnh Lưu để thành lập thị xã Hoàng Mai");
  private static final UnitCode QUYNH_LUU = UnitCode.of("421");
  private static final UnitCode HOANG_MAI = UnitCode.of("432");

  private static Gazetteer withHoangMaiSplit() {
    List<AdminUnit> units = new ArrayList<>();
    for (AdminUnit unit : NgheAn.snapshot().units()) {
      if (unit.code().equals(HOANG_MAI)) {
        units.add(unit.withValidity(DateInterval.from(SPLIT)));
      } else if (unit.code().equals(QUYNH_LUU)) {
        units.add(unit.withValidity(DateInterval.until(SPLIT.minusDays(1))));
        units.add(unit.withValidity(DateInterval.from(SPLIT)));
      } else if (unit.parent().equals(java.util.Optional.of(HOANG_MAI))) {
        units.add(
            ImmutableAdminUnit.copyOf(unit)
                .withParent(QUYNH_LUU)
                .withValidity(DateInterval.until(SPLIT.minusDays(1))));
        units.add(unit.withValidity(DateInterval.from(SPLIT)));
      } else {
        units.add(unit);
      }
    }
    return Gazetteer.builder()
        .addAll(units)
        .add(
            Succession.of(
                SuccessionKind.SPLIT,
                SPLIT,
                List.of(QUYNH_LUU),
                List.of(QUYNH_LUU, HOANG_MAI),
                RESOLUTION_47))
        .build();
  }

  @Test
  void hoangMaiTownExistsFromTheDayOfTheSplit() {
    Gazetteer gazetteer = withHoangMaiSplit();
    AdminTree before = gazetteer.asOf(SPLIT.minusDays(1));
    AdminTree after = gazetteer.asOf(SPLIT);
    assertEquals(20, before.count(NgheAn.PROVINCE, Tier.DISTRICT));
    assertEquals(21, after.count(NgheAn.PROVINCE, Tier.DISTRICT));
    assertEquals(460, before.count(NgheAn.PROVINCE, Tier.COMMUNE));
    assertEquals(460, after.count(NgheAn.PROVINCE, Tier.COMMUNE));
    long hoangMaiCommunes = after.count(HOANG_MAI, Tier.COMMUNE);
    assertEquals(
        before.count(QUYNH_LUU, Tier.COMMUNE),
        after.count(QUYNH_LUU, Tier.COMMUNE) + hoangMaiCommunes);
  }

  @Test
  void aRecordOnQuynhLuuBeforeTheSplitMapsToBothParts() {
    Gazetteer gazetteer = withHoangMaiSplit();
    assertEquals(
        Set.of(QUYNH_LUU, HOANG_MAI),
        gazetteer.successors(QUYNH_LUU, LocalDate.of(2012, 6, 1), LocalDate.of(2014, 1, 1)));
    UnitCode aCommuneOfHoangMai = gazetteer.asOf(SPLIT).children(HOANG_MAI).get(0).code();
    assertEquals(
        QUYNH_LUU,
        gazetteer.asOf(SPLIT.minusDays(1)).parent(aCommuneOfHoangMai).orElseThrow().code());
    assertEquals(
        Set.of(aCommuneOfHoangMai),
        gazetteer.successors(
            aCommuneOfHoangMai, LocalDate.of(2012, 6, 1), LocalDate.of(2014, 1, 1)));
  }
}

package io.github.qcdc.examples.nghean;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.text.VietnameseNames;
import java.time.LocalDate;
import java.util.List;

/**
 * Nghệ An's units at the end of 2020 as the bundled GSO list has them: 21 district-level units, 460
 * communes of which 411 xã. The report's denominators come from here, never from constants.
 *
 * @param gazetteer the gazetteer the units are taken from
 * @param districts the district-level units, in canonical order
 * @param communes the commune-level units, in canonical order
 */
record Province(
    Gazetteer gazetteer, ImmutableList<AdminUnit> districts, ImmutableList<AdminUnit> communes) {
  static final UnitCode CODE = UnitCode.of("40");
  static final LocalDate START = LocalDate.of(2016, 1, 1);
  static final LocalDate END = LocalDate.of(2020, 12, 31);

  static Province of(Gazetteer gazetteer) {
    AdminTree tree = gazetteer.asOf(END);
    return new Province(
        gazetteer, tree.descendantsAt(CODE, Tier.DISTRICT), tree.descendantsAt(CODE, Tier.COMMUNE));
  }

  /** The xã among the communes. */
  List<AdminUnit> xa() {
    return communes.stream().filter(c -> c.type() == UnitType.XA).toList();
  }

  /** The district-level unit named {@code name}, however its tone marks are placed. */
  AdminUnit district(String name) {
    return districts.stream()
        .filter(d -> VietnameseNames.sameName(d.name(), name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no district-level unit " + name));
  }
}

package io.github.qcdc.testing;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.ImmutableAdminUnit;
import io.github.qcdc.geo.LegalAct;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A mutable history of units, edited in date order (re-parent, end, merge, split) and turned into a
 * valid {@link Gazetteer}. Generators and fixtures use it to write believable histories without
 * tracking versions by hand.
 */
public final class GazetteerHistory {
  private final Map<UnitCode, List<AdminUnit>> versions = new LinkedHashMap<>();
  private final List<Succession> successions = new ArrayList<>();

  /** Adds a unit in force from {@code start} ({@link LocalDate#MIN} for always) with no end. */
  public GazetteerHistory add(
      String code, String name, UnitType type, Optional<String> parent, LocalDate start) {
    AdminUnit unit =
        AdminUnit.builder()
            .code(UnitCode.of(code))
            .name(name)
            .type(type)
            .parent(parent.map(UnitCode::of))
            .validity(DateInterval.from(start))
            .build();
    versions.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
    return this;
  }

  /** The version of {@code code} in force on {@code date}. */
  public Optional<AdminUnit> current(UnitCode code, LocalDate date) {
    return versions.getOrDefault(code, List.of()).stream()
        .filter(u -> u.isInForceOn(date))
        .findFirst();
  }

  /** The codes in force on {@code date} whose parent is {@code parent}, in adding order. */
  public List<UnitCode> children(UnitCode parent, LocalDate date) {
    return versions.entrySet().stream()
        .filter(
            e -> current(e.getKey(), date).flatMap(AdminUnit::parent).equals(Optional.of(parent)))
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  /** Gives {@code code} a new version from {@code date} under {@code parent}. */
  public GazetteerHistory reparent(UnitCode code, LocalDate date, UnitCode parent) {
    AdminUnit now = current(code, date).orElseThrow();
    cut(code, date);
    versionsOf(code)
        .add(
            ImmutableAdminUnit.copyOf(now)
                .withParent(parent)
                .withValidity(DateInterval.from(date)));
    return this;
  }

  /** Ends {@code code} on the day before {@code date}. */
  public GazetteerHistory end(UnitCode code, LocalDate date) {
    cut(code, date);
    return this;
  }

  private void cut(UnitCode code, LocalDate date) {
    List<AdminUnit> list = versionsOf(code);
    AdminUnit last = list.get(list.size() - 1);
    list.set(list.size() - 1, last.withValidity(last.validity().withEnd(date.minusDays(1))));
  }

  private List<AdminUnit> versionsOf(UnitCode code) {
    List<AdminUnit> list = versions.get(code);
    if (list == null) {
      throw new IllegalArgumentException("no unit " + code + " in this history");
    }
    return list;
  }

  /** Records a succession (the unit edits must be made separately). */
  public GazetteerHistory succession(
      SuccessionKind kind,
      LocalDate date,
      List<UnitCode> predecessors,
      List<UnitCode> successors,
      LegalAct act) {
    successions.add(Succession.of(kind, date, predecessors, successors, act));
    return this;
  }

  /** Records a succession built by the caller (partial predecessors, clause). */
  public GazetteerHistory succession(Succession succession) {
    successions.add(succession);
    return this;
  }

  /** Every version, in adding order of codes. */
  public ImmutableList<AdminUnit> units() {
    return versions.values().stream()
        .flatMap(List::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /** The successions, in adding order. */
  public ImmutableList<Succession> successions() {
    return ImmutableList.copyOf(successions);
  }

  /** Builds the gazetteer; throws if the history is not valid. */
  public Gazetteer build() {
    return Gazetteer.builder().addAll(units()).addSuccessions(successions).build();
  }
}

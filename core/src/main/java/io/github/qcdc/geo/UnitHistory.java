package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link Gazetteer} built from dated lists of units (snapshots) and the edge lists of the changes
 * between them: the territory through time as the sources give it, and what they leave unsaid.
 *
 * <p>Each snapshot holds the units in force from its day on. Between two snapshots:
 *
 * <ul>
 *   <li>a code in both with the same name, type and parent is the same unit continuing; with
 *       another name, type or parent it continues with a new version from the later day;
 *   <li>edges of the later day ({@link SuccessionEdge}) are grouped by the unit they go into: one
 *       {@link SuccessionKind#ARRANGEMENT} per new unit, its partial predecessors marked, its act
 *       kept (one act per new unit) with every distinct clause its edges cite (real lists cite two
 *       clauses, or leave one blank); a unit named by an arrangement as successor starts a new
 *       version that day, also when it keeps (or reuses) a code of the earlier list;
 *   <li>a unit of the earlier list that ends with no edge: when its whole tier is gone from the
 *       later list (the district tier on 2025-07-01), a {@link SuccessionKind#TIER_REMOVAL} into
 *       the units that carry on its parent; otherwise it is <em>ended, successor not recorded</em>
 *       ({@link SuccessionKind#UNRECORDED}, listed by {@link #endedUnrecorded()}): an edge is never
 *       invented;
 *   <li>a unit of the later list with no predecessor is listed by {@link #appearedUnrecorded()}.
 * </ul>
 *
 * <p>Changes between two snapshots take effect on the later snapshot's day: where the sources do
 * not date a change, that day is the stated convention. The units of the earliest snapshot are in
 * force from the beginning of time, and {@link Gazetteer#knownFrom()} is its day, so that a report
 * on an earlier period says the units are not known for it.
 *
 * <p>Instances are immutable and thread-safe; builders are not.
 *
 * @since 0.2
 */
public final class UnitHistory {
  private final Gazetteer gazetteer;
  private final ImmutableList<LocalDate> snapshotDays;
  private final ImmutableList<AdminUnit> endedUnrecorded;
  private final ImmutableList<AdminUnit> appearedUnrecorded;

  private UnitHistory(
      Gazetteer gazetteer,
      ImmutableList<LocalDate> snapshotDays,
      ImmutableList<AdminUnit> endedUnrecorded,
      ImmutableList<AdminUnit> appearedUnrecorded) {
    this.gazetteer = gazetteer;
    this.snapshotDays = snapshotDays;
    this.endedUnrecorded = endedUnrecorded;
    this.appearedUnrecorded = appearedUnrecorded;
  }

  /** {@return a builder with no snapshot} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the gazetteer: every version, every succession} */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** {@return the days of the snapshots, earliest first} */
  public ImmutableList<LocalDate> snapshotDays() {
    return snapshotDays;
  }

  /**
   * {@return the units that ended with no recorded successor, each as its last version (its
   * validity ends the day before the later list's day), by end day and code}
   */
  public ImmutableList<AdminUnit> endedUnrecorded() {
    return endedUnrecorded;
  }

  /**
   * {@return the units that appear in a later list with no recorded predecessor, each as its first
   * version, by start day and code}
   */
  public ImmutableList<AdminUnit> appearedUnrecorded() {
    return appearedUnrecorded;
  }

  @Override
  public String toString() {
    return "UnitHistory["
        + snapshotDays
        + ", "
        + gazetteer
        + ", "
        + endedUnrecorded.size()
        + " ended unrecorded, "
        + appearedUnrecorded.size()
        + " appeared unrecorded]";
  }

  /**
   * Collects snapshots and edge lists; {@link #build()} checks them and reports every problem at
   * once. Not thread-safe; a builder can be copied ({@link #copy()}) to extend a history with later
   * lists.
   */
  public static final class Builder {
    private final TreeMap<LocalDate, List<AdminUnit>> snapshots = new TreeMap<>();
    private final TreeMap<LocalDate, List<SuccessionEdge>> edges = new TreeMap<>();

    private Builder() {}

    /** {@return a builder with the same snapshots and edges, to add later ones to} */
    public Builder copy() {
      Builder copy = new Builder();
      snapshots.forEach((day, units) -> copy.snapshots.put(day, new ArrayList<>(units)));
      edges.forEach((day, list) -> copy.edges.put(day, new ArrayList<>(list)));
      return copy;
    }

    /**
     * Adds the list of units in force from {@code day} on; their validity is ignored.
     *
     * @param day the day the list or the changes take effect
     * @param units the units in force from that day
     * @return this builder
     * @throws IllegalArgumentException if a snapshot of that day was added already
     */
    public Builder snapshot(LocalDate day, Iterable<AdminUnit> units) {
      checkArgument(!snapshots.containsKey(day), "a snapshot of %s was added already", day);
      List<AdminUnit> list = new ArrayList<>();
      units.forEach(list::add);
      snapshots.put(day, list);
      return this;
    }

    /**
     * Adds edges of the changes that take effect on {@code day}, a snapshot's day.
     *
     * @param day the day the list or the changes take effect
     * @param list the changes' edges
     * @return this builder
     */
    public Builder edges(LocalDate day, Iterable<SuccessionEdge> list) {
      List<SuccessionEdge> all = edges.computeIfAbsent(day, d -> new ArrayList<>());
      list.forEach(all::add);
      return this;
    }

    /**
     * Builds the history.
     *
     * @return the history
     * @throws QcdcException listing every problem: no snapshot, edges on a day without a snapshot
     *     or on the first one, an edge naming a unit not in the list before or after, a code listed
     *     twice in a snapshot, edges into one unit citing different acts, and whatever the
     *     gazetteer itself refuses
     */
    public UnitHistory build() {
      List<Problem> problems = new ArrayList<>();
      if (snapshots.isEmpty()) {
        throw new QcdcException(
            "invalid unit history", List.of(Problem.of("snapshots", "no snapshot was added")));
      }
      edges.forEach(
          (day, list) -> {
            if (!snapshots.containsKey(day) || day.equals(snapshots.firstKey())) {
              problems.add(
                  Problem.of(
                      "edges[" + day + "]",
                      "edges take effect on %s, which is not the day of a later snapshot (%s)",
                      day,
                      snapshots.keySet()));
            }
          });
      List<Map<UnitCode, AdminUnit>> lists = new ArrayList<>();
      snapshots.forEach((day, units) -> lists.add(byCode(day, units, problems)));
      if (!problems.isEmpty()) {
        throw new QcdcException("invalid unit history", problems);
      }
      Transitions transitions = new Transitions(snapshots.firstKey(), lists.get(0));
      List<LocalDate> days = new ArrayList<>(snapshots.keySet());
      for (int i = 1; i < days.size(); i++) {
        LocalDate day = days.get(i);
        transitions.apply(day, lists.get(i), edges.getOrDefault(day, List.of()), problems);
      }
      if (!problems.isEmpty()) {
        throw new QcdcException("invalid unit history", problems);
      }
      return transitions.finish(ImmutableList.copyOf(days));
    }

    private static Map<UnitCode, AdminUnit> byCode(
        LocalDate day, List<AdminUnit> units, List<Problem> problems) {
      Map<UnitCode, AdminUnit> found = new TreeMap<>();
      for (int i = 0; i < units.size(); i++) {
        AdminUnit unit = units.get(i).withValidity(DateInterval.always());
        if (found.putIfAbsent(unit.code(), unit) != null) {
          problems.add(
              Problem.of(
                  "snapshots[" + day + "][" + i + "]",
                  "unit %s is listed twice in the snapshot of %s",
                  unit.code(),
                  day));
        }
      }
      return found;
    }
  }

  /** The versions and successions built so far, one snapshot after another. */
  private static final class Transitions {
    private final LocalDate first;
    private final Gazetteer.Builder gazetteer = Gazetteer.builder();
    private final Map<UnitCode, AdminUnit> open = new TreeMap<>();
    private final Map<UnitCode, LocalDate> openedOn = new TreeMap<>();
    private final List<AdminUnit> ended = new ArrayList<>();
    private final List<AdminUnit> appeared = new ArrayList<>();
    private final Map<UnitCode, LocalDate> openedOnDay = new TreeMap<>();

    Transitions(LocalDate first, Map<UnitCode, AdminUnit> units) {
      this.first = first;
      units.forEach((code, unit) -> openedOn.put(code, LocalDate.MIN));
      open.putAll(units);
      gazetteer.knownFrom(first);
    }

    void apply(
        LocalDate day,
        Map<UnitCode, AdminUnit> next,
        List<SuccessionEdge> list,
        List<Problem> problems) {
      Map<UnitCode, List<SuccessionEdge>> into = edgesInto(day, next, list, problems);
      Set<UnitCode> arranged = new TreeSet<>(); // successors that start a new version
      Set<UnitCode> predecessors = new TreeSet<>();
      List<Succession> successions = new ArrayList<>();
      into.forEach(
          (to, group) -> {
            SuccessionEdge only = group.get(0);
            if (group.size() == 1
                && !only.partial()
                && only.from().equals(to)
                && same(need(open, to), need(next, to))) {
              return; // the unit continues as it was
            }
            arrangement(day, to, group, problems).ifPresent(successions::add);
            arranged.add(to);
            group.forEach(e -> predecessors.add(e.from()));
          });
      settle(day, next, into, arranged, predecessors, successions);
      next.forEach(
          (code, unit) -> {
            if (!open.containsKey(code)) {
              openOn(unit, day);
              if (!arranged.contains(code)) {
                appeared.add(unit);
                openedOnDay.put(code, day);
              }
            }
          });
      successions.forEach(gazetteer::add);
    }

    /**
     * The edges of {@code day} by successor; an edge between units not in the lists is a problem.
     */
    private Map<UnitCode, List<SuccessionEdge>> edgesInto(
        LocalDate day,
        Map<UnitCode, AdminUnit> next,
        List<SuccessionEdge> list,
        List<Problem> problems) {
      Map<UnitCode, List<SuccessionEdge>> into = new TreeMap<>();
      for (SuccessionEdge edge : list) {
        String at = edge.place().isEmpty() ? "edges[" + day + "]" : edge.place();
        if (!open.containsKey(edge.from())) {
          problems.add(Problem.of(at, "unit %s is not in the list before %s", edge.from(), day));
        } else if (!next.containsKey(edge.to())) {
          problems.add(Problem.of(at, "unit %s is not in the list of %s", edge.to(), day));
        } else {
          into.computeIfAbsent(edge.to(), c -> new ArrayList<>()).add(edge);
        }
      }
      return into;
    }

    /**
     * Each unit open before {@code day}: continued (in a new version when arranged or changed),
     * ended by its arrangements, carried by the units of a tier removed, or ended unrecorded.
     */
    private void settle(
        LocalDate day,
        Map<UnitCode, AdminUnit> next,
        Map<UnitCode, List<SuccessionEdge>> into,
        Set<UnitCode> arranged,
        Set<UnitCode> predecessors,
        List<Succession> successions) {
      EnumSet<Tier> tiersAfter = EnumSet.noneOf(Tier.class);
      next.values().forEach(u -> tiersAfter.add(u.tier()));
      Map<List<UnitCode>, List<UnitCode>> removedTiers = new TreeMap<>(Transitions::compare);
      for (UnitCode code : List.copyOf(open.keySet())) {
        AdminUnit before = need(open, code);
        LocalDate start = need(openedOn, code);
        AdminUnit after = next.get(code);
        boolean continues =
            after != null
                && (arranged.contains(code)
                    ? predecessors.contains(code) && ownPredecessor(need(into, code), code)
                    : !predecessors.contains(code));
        if (continues && after != null) {
          if (arranged.contains(code) || !same(before, after)) {
            close(code, day);
            openOn(after, day);
          }
          continue;
        }
        close(code, day);
        if (predecessors.contains(code)) {
          continue; // ended by its arrangements
        }
        if (!tiersAfter.contains(before.tier()) && before.parent().isPresent()) {
          List<UnitCode> carriers = carriers(before.parent().get(), into, next);
          if (!carriers.isEmpty()) {
            removedTiers.computeIfAbsent(carriers, c -> new ArrayList<>()).add(code);
            continue;
          }
        }
        ended.add(before.withValidity(DateInterval.of(start, day.minusDays(1))));
        successions.add(
            Succession.of(
                SuccessionKind.UNRECORDED,
                day,
                List.of(code),
                List.of(),
                LegalAct.unrecorded(
                    day, "in the list before " + day + ", not in the list of " + day)));
      }
      removedTiers.forEach(
          (carriers, removed) ->
              successions.add(
                  Succession.of(
                      SuccessionKind.TIER_REMOVAL,
                      day,
                      removed,
                      carriers,
                      LegalAct.unrecorded(day, "the tier is not in the list of " + day))));
    }

    private static int compare(List<UnitCode> a, List<UnitCode> b) {
      return a.toString().compareTo(b.toString());
    }

    private static boolean ownPredecessor(List<SuccessionEdge> group, UnitCode code) {
      return group.stream().anyMatch(e -> e.from().equals(code));
    }

    /**
     * The units of the later list that carry on unit {@code parent}: its arrangements or itself.
     */
    private static List<UnitCode> carriers(
        UnitCode parent, Map<UnitCode, List<SuccessionEdge>> into, Map<UnitCode, AdminUnit> next) {
      List<UnitCode> found = new ArrayList<>();
      into.forEach(
          (to, group) -> {
            if (group.stream().anyMatch(e -> e.from().equals(parent))) {
              found.add(to);
            }
          });
      if (found.isEmpty() && next.containsKey(parent)) {
        found.add(parent);
      }
      return found;
    }

    private java.util.Optional<Succession> arrangement(
        LocalDate day, UnitCode to, List<SuccessionEdge> group, List<Problem> problems) {
      SuccessionEdge head = group.get(0);
      for (SuccessionEdge edge : group) {
        if (!edge.act().equals(head.act())) {
          problems.add(
              Problem.of(
                  edge.place().isEmpty() ? "edges[" + day + "]" : edge.place(),
                  "the edges into unit %s cite %s and %s; one arrangement has one act",
                  to,
                  head.act(),
                  edge.act()));
          return java.util.Optional.empty();
        }
      }
      List<UnitCode> from = group.stream().map(SuccessionEdge::from).distinct().toList();
      List<UnitCode> partial =
          group.stream().filter(SuccessionEdge::partial).map(SuccessionEdge::from).toList();
      return java.util.Optional.of(
          Succession.of(SuccessionKind.ARRANGEMENT, day, from, List.of(to), head.act())
              .withPartial(partial)
              .withClause(
                  String.join(
                      ", ",
                      group.stream()
                          .map(SuccessionEdge::clause)
                          .filter(c -> !c.isEmpty())
                          .distinct()
                          .toList())));
    }

    private static <K, V> V need(Map<K, V> map, K key) {
      return java.util.Objects.requireNonNull(map.get(key), () -> "no entry for " + key);
    }

    private static boolean same(AdminUnit a, AdminUnit b) {
      return a.name().equals(b.name()) && a.type() == b.type() && a.parent().equals(b.parent());
    }

    private void close(UnitCode code, LocalDate day) {
      AdminUnit unit = need(open, code);
      LocalDate start = need(openedOn, code);
      open.remove(code);
      openedOn.remove(code);
      gazetteer.add(unit.withValidity(DateInterval.of(start, day.minusDays(1))));
    }

    private void openOn(AdminUnit unit, LocalDate day) {
      open.put(unit.code(), unit);
      openedOn.put(unit.code(), day);
    }

    UnitHistory finish(ImmutableList<LocalDate> days) {
      open.forEach(
          (code, unit) ->
              gazetteer.add(
                  unit.withValidity(DateInterval.of(need(openedOn, code), LocalDate.MAX))));
      Gazetteer built = gazetteer.build();
      List<AdminUnit> firstVersions = new ArrayList<>();
      for (AdminUnit unit : appeared) {
        LocalDate start = need(openedOnDay, unit.code());
        built.versions(unit.code()).stream()
            .filter(v -> v.validity().start().equals(start))
            .findFirst()
            .ifPresent(firstVersions::add);
      }
      return new UnitHistory(
          built,
          days,
          ImmutableList.sortedCopyOf(
              java.util.Comparator.comparing((AdminUnit u) -> u.validity().end())
                  .thenComparing(AdminUnit::code),
              ended),
          ImmutableList.sortedCopyOf(
              java.util.Comparator.comparing((AdminUnit u) -> u.validity().start())
                  .thenComparing(AdminUnit::code),
              firstVersions));
    }
  }
}

package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The units in force on one day, as a forest of provinces, numbered in pre-order.
 *
 * <p>Pre-order numbering makes a subtree an interval: the units inside unit {@code i} are {@code i}
 * to {@code subtreeEnd(i) - 1}, so "inside the scope" is a range check. Siblings are ordered by
 * code. After 2025-07-01 a province's children are communes: there is no district tier.
 *
 * <p>Methods that take a code throw {@link IllegalArgumentException} naming the code and the day
 * when the unit is not in force that day; {@link #unit} and {@link #index} answer empty instead.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AdminTree {
  private final LocalDate date;
  private final ImmutableList<AdminUnit> units;
  private final int[] parent;
  private final int[] end;
  private final ImmutableMap<UnitCode, Integer> index;

  private final int[] canonical;
  private final int[] treeOfCanonical;
  private final Map<Tier, int[]> ancestors = new java.util.concurrent.ConcurrentHashMap<>();

  AdminTree(LocalDate date, List<AdminUnit> inForce, Map<UnitCode, Integer> canonicalIndex) {
    this.date = date;
    Map<UnitCode, AdminUnit> byCode = new TreeMap<>();
    Map<UnitCode, List<AdminUnit>> children = new TreeMap<>();
    List<AdminUnit> roots = new ArrayList<>();
    inForce.forEach(u -> byCode.put(u.code(), u));
    for (AdminUnit unit : byCode.values()) {
      Optional<UnitCode> p = unit.parent();
      if (p.isPresent() && byCode.containsKey(p.get())) {
        children.computeIfAbsent(p.get(), c -> new ArrayList<>()).add(unit);
      } else {
        roots.add(unit);
      }
    }
    List<AdminUnit> preOrder = new ArrayList<>(byCode.size());
    this.parent = new int[byCode.size()];
    this.end = new int[byCode.size()];
    for (AdminUnit root : roots) {
      visit(root, -1, children, preOrder);
    }
    this.units = ImmutableList.copyOf(preOrder);
    ImmutableMap.Builder<UnitCode, Integer> positions =
        ImmutableMap.builderWithExpectedSize(units.size());
    for (int i = 0; i < units.size(); i++) {
      positions.put(units.get(i).code(), i);
    }
    this.index = positions.buildOrThrow();
    this.canonical = new int[units.size()];
    this.treeOfCanonical = new int[canonicalIndex.size()];
    java.util.Arrays.fill(treeOfCanonical, -1);
    for (int i = 0; i < units.size(); i++) {
      Integer c = canonicalIndex.get(units.get(i).code());
      canonical[i] = c == null ? -1 : c;
      if (c != null) {
        treeOfCanonical[c] = i;
      }
    }
  }

  /**
   * {@return the gazetteer's canonical index ({@link Gazetteer#indexOf}) of the unit at pre-order
   * index {@code i}: how the engine finds a unit's records in a dataset}
   *
   * @param i a pre-order index, from 0 to {@code size() - 1}
   */
  @com.google.common.annotations.Beta
  public int canonicalIndex(int i) {
    return canonical[i];
  }

  /**
   * {@return the pre-order index of the unit with canonical index {@code c}, or -1 if it is not on
   * this tree}
   *
   * @param c a canonical index ({@link Gazetteer#indexOf})
   */
  @com.google.common.annotations.Beta
  public int indexOfCanonical(int c) {
    return treeOfCanonical[c];
  }

  /**
   * {@return the pre-order index of the ancestor at {@code tier} (or the unit itself) of the unit
   * at index {@code i}, or -1 if it has none} Computed once per tier and kept.
   *
   * @param i a pre-order index, from 0 to {@code size() - 1}
   * @param tier the tier
   */
  @com.google.common.annotations.Beta
  public int ancestorIndexAt(int i, Tier tier) {
    int[] at = ancestors.get(tier); // a look-up first: no function object on the hot path
    return (at != null ? at : ancestors.computeIfAbsent(tier, this::ancestorsAt))[i];
  }

  private int[] ancestorsAt(Tier tier) {
    int[] result = new int[units.size()];
    for (int i = 0; i < result.length; i++) {
      int p = parent[i];
      result[i] = units.get(i).tier() == tier ? i : p < 0 ? -1 : result[p];
    }
    return result;
  }

  private void visit(
      AdminUnit unit,
      int parentIndex,
      Map<UnitCode, List<AdminUnit>> children,
      List<AdminUnit> out) {
    int i = out.size();
    out.add(unit);
    parent[i] = parentIndex;
    for (AdminUnit child : children.getOrDefault(unit.code(), List.of())) {
      visit(child, i, children, out);
    }
    end[i] = out.size();
  }

  /** {@return the day this tree is in force} */
  public LocalDate date() {
    return date;
  }

  /** {@return every unit in pre-order} */
  public ImmutableList<AdminUnit> units() {
    return units;
  }

  /** {@return the number of units} */
  public int size() {
    return units.size();
  }

  /**
   * {@return the unit at pre-order index {@code i}}
   *
   * @param i a pre-order index, from 0 to {@code size() - 1}
   */
  public AdminUnit unitAt(int i) {
    return units.get(i);
  }

  /**
   * {@return the pre-order index of unit {@code code}, if it is in force}
   *
   * @param code the unit's code
   */
  public OptionalInt index(UnitCode code) {
    Integer i = index.get(code);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * {@return one past the last pre-order index inside unit {@code i}: its subtree is {@code [i,
   * end)}}
   *
   * @param i a pre-order index, from 0 to {@code size() - 1}
   */
  public int subtreeEnd(int i) {
    return end[i];
  }

  /**
   * {@return the pre-order index of the parent of unit {@code i}, or -1 for a root}
   *
   * @param i a pre-order index, from 0 to {@code size() - 1}
   */
  public int parentIndex(int i) {
    return parent[i];
  }

  /**
   * {@return the unit {@code code} as in force on this tree's day, if it is}
   *
   * @param code the unit's code
   */
  public Optional<AdminUnit> unit(UnitCode code) {
    Integer i = index.get(code);
    return i == null ? Optional.empty() : Optional.of(units.get(i));
  }

  /** {@return the units without a parent in this tree: the provinces} */
  public ImmutableList<AdminUnit> roots() {
    ImmutableList.Builder<AdminUnit> roots = ImmutableList.builder();
    for (int i = 0; i < units.size(); i = end[i]) {
      roots.add(units.get(i));
    }
    return roots.build();
  }

  /**
   * {@return the parent of unit {@code code}; empty for a province}
   *
   * @param code the unit's code
   */
  public Optional<AdminUnit> parent(UnitCode code) {
    int p = parent[require(code)];
    return p < 0 ? Optional.empty() : Optional.of(units.get(p));
  }

  /**
   * {@return the units directly under unit {@code code}, by code}
   *
   * @param code the unit's code
   */
  public ImmutableList<AdminUnit> children(UnitCode code) {
    int i = require(code);
    ImmutableList.Builder<AdminUnit> children = ImmutableList.builder();
    for (int c = i + 1; c < end[i]; c = end[c]) {
      children.add(units.get(c));
    }
    return children.build();
  }

  /**
   * {@return the unit at {@code tier} that contains unit {@code code}: the unit itself if it is at
   * that tier, empty if there is none (a commune has no district after 2025-07-01; a province has
   * no commune)}
   *
   * @param code the unit's code
   * @param tier the tier
   */
  public Optional<AdminUnit> ancestorAt(UnitCode code, Tier tier) {
    for (int i = require(code); i >= 0; i = parent[i]) {
      if (units.get(i).tier() == tier) {
        return Optional.of(units.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether unit {@code code} is {@code ancestor} or lies inside it}
   *
   * @param ancestor the code of the unit that may contain it
   * @param code the unit's code
   */
  public boolean contains(UnitCode ancestor, UnitCode code) {
    int a = require(ancestor);
    int c = require(code);
    return a <= c && c < end[a];
  }

  /**
   * {@return the units at {@code tier} inside unit {@code code} (itself included if at that tier),
   * in pre-order}
   *
   * @param code the unit's code
   * @param tier the tier
   */
  public ImmutableList<AdminUnit> descendantsAt(UnitCode code, Tier tier) {
    int i = require(code);
    return units.subList(i, end[i]).stream()
        .filter(u -> u.tier() == tier)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the units of {@code tier} in the whole tree, in pre-order}
   *
   * @param tier the tier
   */
  public ImmutableList<AdminUnit> unitsAt(Tier tier) {
    return units.stream().filter(u -> u.tier() == tier).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return how many units of {@code tier} lie inside unit {@code code}, itself included}
   *
   * @param code the unit's code
   * @param tier the tier
   */
  public long count(UnitCode code, Tier tier) {
    int i = require(code);
    return units.subList(i, end[i]).stream().filter(u -> u.tier() == tier).count();
  }

  /**
   * {@return how many units of {@code type} lie inside unit {@code code}, itself included}
   *
   * @param code the unit's code
   * @param type the unit type
   */
  public long count(UnitCode code, UnitType type) {
    int i = require(code);
    return units.subList(i, end[i]).stream().filter(u -> u.type() == type).count();
  }

  /**
   * {@return the number of units of each type inside unit {@code code}, types without units left
   * out}
   *
   * @param code the unit's code
   */
  public ImmutableSortedMap<UnitType, Long> countsByType(UnitCode code) {
    int i = require(code);
    Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
    for (AdminUnit unit : units.subList(i, end[i])) {
      counts.merge(unit.type(), 1L, Long::sum);
    }
    return ImmutableSortedMap.copyOf(counts, Comparator.naturalOrder());
  }

  private int require(UnitCode code) {
    Integer i = index.get(code);
    checkArgument(i != null, "unit %s is not in force on %s", code, date);
    return i;
  }

  @Override
  public String toString() {
    return "AdminTree[" + date + ", " + units.size() + " units]";
  }
}

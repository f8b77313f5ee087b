package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.text.VietnameseNames;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Every version of every administrative unit and residential community, and the successions between
 * them: the territory through time.
 *
 * <p>{@link #asOf(LocalDate)} is the tree in force on a day. {@link #successors} maps a unit of one
 * day to the units that carry on its territory on a later day. History is never rewritten: a unit
 * that merged keeps its versions, and records filed on it stay on it.
 *
 * <p>A built gazetteer is valid: every parent exists, is in force whenever its child is and is of
 * an accepted tier ({@link Tier#acceptsParent}); there are no hierarchy cycles; a code's versions
 * follow each other without overlap or gap (a closed code is never reused); every unit that ends is
 * ended by a succession dated the next day; every succession refers to units in force the day
 * before (predecessors) and on its date (successors).
 *
 * <p>Units are numbered in a canonical order, the pre-order of the tree in which every unit hangs
 * under the parent of its last version, siblings by code ({@link #indexOf}); the dataset sorts its
 * records in that order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Gazetteer {
  private final ImmutableSortedMap<UnitCode, ImmutableList<AdminUnit>> versions;
  private final ImmutableList<Succession> successions;
  private final ImmutableList<UnitCode> order;
  private final ImmutableMap<UnitCode, Integer> index;
  private final ConcurrentMap<LocalDate, AdminTree> trees = new ConcurrentHashMap<>();
  private final @Nullable LocalDate knownFrom;

  /** Per unit, the successions naming it as a predecessor, by date. */
  private final ImmutableMap<UnitCode, ImmutableList<Succession>> byPredecessor;

  private volatile @Nullable ImmutableListMultimap<String, AdminUnit> byName;

  /** How many days' trees {@link #asOf} keeps. */
  public static final int TREES_KEPT = 32;

  private Gazetteer(
      ImmutableSortedMap<UnitCode, ImmutableList<AdminUnit>> versions,
      ImmutableList<Succession> successions,
      @Nullable LocalDate knownFrom) {
    this.knownFrom = knownFrom;
    this.versions = versions;
    this.successions = successions;
    this.order = canonicalOrder(versions);
    ImmutableMap.Builder<UnitCode, Integer> byCode =
        ImmutableMap.builderWithExpectedSize(order.size());
    for (int i = 0; i < order.size(); i++) {
      byCode.put(order.get(i), i);
    }
    this.index = byCode.buildOrThrow();
    Map<UnitCode, List<Succession>> predecessorOf = new TreeMap<>();
    for (Succession succession : successions) {
      for (UnitCode code : succession.predecessors()) {
        predecessorOf.computeIfAbsent(code, c -> new ArrayList<>()).add(succession);
      }
    }
    ImmutableMap.Builder<UnitCode, ImmutableList<Succession>> byPredecessor =
        ImmutableMap.builder();
    predecessorOf.forEach((code, list) -> byPredecessor.put(code, ImmutableList.copyOf(list)));
    this.byPredecessor = byPredecessor.buildOrThrow();
  }

  /**
   * {@return a builder that collects units and successions and checks them all at {@link
   * Builder#build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a gazetteer of {@code units} without successions}
   *
   * @param units the unit versions
   * @throws QcdcException listing every problem
   */
  public static Gazetteer of(Iterable<AdminUnit> units) {
    return builder().addAll(units).build();
  }

  /**
   * {@return the tree in force on {@code date}; empty if no unit is in force that day} Trees are
   * built once per day and kept (up to {@value #TREES_KEPT} days at a time).
   *
   * @param date the day
   */
  public AdminTree asOf(LocalDate date) {
    AdminTree tree = trees.get(date);
    if (tree == null) {
      if (trees.size() >= TREES_KEPT) {
        trees.clear();
      }
      tree = trees.computeIfAbsent(date, this::buildTree);
    }
    return tree;
  }

  private AdminTree buildTree(LocalDate date) {
    List<AdminUnit> inForce = new ArrayList<>();
    for (ImmutableList<AdminUnit> unitVersions : versions.values()) {
      for (AdminUnit unit : unitVersions) {
        if (unit.isInForceOn(date)) {
          inForce.add(unit);
          break;
        }
      }
    }
    return new AdminTree(date, inForce, index);
  }

  /**
   * {@return every version of every unit, in canonical order, each unit's versions by start day}
   */
  public ImmutableList<AdminUnit> units() {
    ImmutableList.Builder<AdminUnit> all = ImmutableList.builder();
    for (UnitCode code : order) {
      all.addAll(versions(code));
    }
    return all.build();
  }

  /**
   * {@return the versions of unit {@code code} by start day; empty if the code is unknown}
   *
   * @param code the unit's code
   */
  public ImmutableList<AdminUnit> versions(UnitCode code) {
    ImmutableList<AdminUnit> found = versions.get(code);
    return found == null ? ImmutableList.of() : found;
  }

  /**
   * {@return the version of unit {@code code} in force on {@code date}, if any}
   *
   * @param code the unit's code
   * @param date the day
   */
  public Optional<AdminUnit> unit(UnitCode code, LocalDate date) {
    for (AdminUnit unit : versions(code)) {
      if (unit.isInForceOn(date)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether unit {@code code} has at least one version}
   *
   * @param code the unit's code
   */
  public boolean contains(UnitCode code) {
    return versions.containsKey(code);
  }

  /** {@return the number of distinct units (codes), all versions counted once} */
  public int size() {
    return order.size();
  }

  /**
   * {@return the canonical index of unit {@code code}, from 0 to {@code size() - 1}}
   *
   * @param code the unit's code
   * @throws IllegalArgumentException if the code is unknown
   */
  public int indexOf(UnitCode code) {
    Integer i = index.get(code);
    checkArgument(i != null, "unknown unit %s", code);
    return i;
  }

  /**
   * {@return the code at canonical index {@code i}}
   *
   * @param i a canonical index, from 0 to {@code size() - 1}
   */
  public UnitCode codeAt(int i) {
    return order.get(i);
  }

  /**
   * {@return the first day the sources describe, if stated ({@link Builder#knownFrom}): the units
   * of the earliest list are in force before it too, but nothing says they were; an evaluation of a
   * period that starts earlier says so in its diagnostics}
   */
  public Optional<LocalDate> knownFrom() {
    return Optional.ofNullable(knownFrom);
  }

  /**
   * {@return every version of every unit whose name matches {@code name}, in canonical order, each
   * unit's versions by start day; empty if none does}
   *
   * <p>{@code name} matches a unit's name ({@code Thanh Hóa}) or its name with its type ({@code
   * Tỉnh Thanh Hóa}), folding letter case, Unicode composition, runs of spaces and the two
   * placements of the tone mark ({@code Thanh Hoá} = {@code Thanh Hóa}), as {@link
   * io.github.qcdc.text.VietnameseNames#normalize} does. Letters with their own diacritics stay
   * apart: {@code Thanh Hoa} finds nothing. Several units may share a name: a province and its
   * city, communes of different provinces.
   *
   * @param name the name searched, with or without its type, matched as above
   */
  public ImmutableList<AdminUnit> find(String name) {
    ImmutableListMultimap<String, AdminUnit> index = byName;
    if (index == null) {
      ImmutableListMultimap.Builder<String, AdminUnit> names = ImmutableListMultimap.builder();
      for (AdminUnit unit : units()) {
        String plain = VietnameseNames.normalize(unit.name());
        String typed = VietnameseNames.normalize(unit.nameWithType());
        names.put(plain, unit);
        if (!typed.equals(plain)) {
          names.put(typed, unit);
        }
      }
      index = names.build();
      byName = index;
    }
    return index.get(VietnameseNames.normalize(name));
  }

  /**
   * {@return the units in force on {@code date} whose name matches {@code name} (see {@link
   * #find})}
   *
   * @param name the name searched, with or without its type, matched as {@link #find(String)} does
   * @param date the day
   */
  public ImmutableList<AdminUnit> find(String name, LocalDate date) {
    return find(name).stream()
        .filter(u -> u.isInForceOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the successions, by date} */
  public ImmutableList<Succession> successions() {
    return successions;
  }

  /**
   * {@return the units in force on {@code to} that carry on the territory unit {@code code} had on
   * {@code from}: the unit itself if nothing happened to it, the merged unit after a merge, every
   * part after a split, the province after the district tier was removed; empty if the territory
   * was dissolved} Successions dated after {@code from} and up to {@code to} apply in date order.
   *
   * @param code the unit's code
   * @param from the day the territory is taken on
   * @param to the day its successors are taken on
   * @throws IllegalArgumentException if the unit is not in force on {@code from}, or {@code to} is
   *     before {@code from}
   */
  public ImmutableSet<UnitCode> successors(UnitCode code, LocalDate from, LocalDate to) {
    checkArgument(unit(code, from).isPresent(), "unit %s is not in force on %s", code, from);
    checkArgument(!to.isBefore(from), "successor date %s is before %s", to, from);
    TreeSet<UnitCode> current = new TreeSet<>();
    current.add(code);
    LocalDate day = from;
    while (true) {
      // the next day a succession touches the current units
      LocalDate next = null;
      for (UnitCode c : current) {
        for (Succession s : byPredecessor.getOrDefault(c, ImmutableList.of())) {
          if (s.date().isAfter(day)) {
            if (!s.date().isAfter(to) && (next == null || s.date().isBefore(next))) {
              next = s.date();
            }
            break;
          }
        }
      }
      if (next == null) {
        return ImmutableSet.copyOf(current);
      }
      // every succession of that day reads the units before it: a unit split among several
      // arrangements of the day reaches each of their successors
      List<Succession> touching = new ArrayList<>();
      for (UnitCode c : current) {
        for (Succession s : byPredecessor.getOrDefault(c, ImmutableList.of())) {
          if (s.date().equals(next) && !touching.contains(s)) {
            touching.add(s);
          }
        }
      }
      TreeSet<UnitCode> after = new TreeSet<>(current);
      touching.forEach(s -> after.removeAll(s.predecessors()));
      touching.forEach(s -> after.addAll(s.successors()));
      current = after;
      day = next;
    }
  }

  /**
   * {@return the successions that start or end a version of unit {@code code}: those that name it
   * as a predecessor or a successor, by date}
   *
   * @param code the unit's code
   */
  public ImmutableList<Succession> successionsOf(UnitCode code) {
    return successions.stream()
        .filter(s -> s.predecessors().contains(code) || s.successors().contains(code))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Gazetteer g
        && versions.equals(g.versions)
        && successions.equals(g.successions)
        && java.util.Objects.equals(knownFrom, g.knownFrom);
  }

  @Override
  public int hashCode() {
    return versions.hashCode() * 31 + successions.hashCode();
  }

  @Override
  public String toString() {
    return "Gazetteer[" + order.size() + " units, " + successions.size() + " successions]";
  }

  private static ImmutableList<UnitCode> canonicalOrder(
      ImmutableSortedMap<UnitCode, ImmutableList<AdminUnit>> versions) {
    Map<UnitCode, List<UnitCode>> children = new TreeMap<>();
    List<UnitCode> roots = new ArrayList<>();
    versions.forEach(
        (code, unitVersions) -> {
          Optional<UnitCode> parent = unitVersions.get(unitVersions.size() - 1).parent();
          if (parent.isPresent()) {
            children.computeIfAbsent(parent.get(), c -> new ArrayList<>()).add(code);
          } else {
            roots.add(code);
          }
        });
    ImmutableList.Builder<UnitCode> order = ImmutableList.builderWithExpectedSize(versions.size());
    Deque<UnitCode> stack = new ArrayDeque<>();
    for (int r = roots.size() - 1; r >= 0; r--) {
      stack.push(roots.get(r));
    }
    while (!stack.isEmpty()) {
      UnitCode code = stack.pop();
      order.add(code);
      List<UnitCode> kids = children.getOrDefault(code, List.of());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k));
      }
    }
    return order.build();
  }

  /**
   * Collects units and successions; {@link #build()} checks them all and reports every problem at
   * once. Not thread-safe.
   */
  public static final class Builder {
    private final List<AdminUnit> units = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();
    private @Nullable LocalDate knownFrom;

    private Builder() {}

    /**
     * States the first day the sources describe ({@link Gazetteer#knownFrom()}).
     *
     * @param day the first day the sources describe
     * @return this builder
     */
    public Builder knownFrom(LocalDate day) {
      this.knownFrom = day;
      return this;
    }

    /**
     * Adds one version of a unit; its path in problems is {@code units[i]}, in adding order.
     *
     * @param unit the unit version
     * @return this builder
     */
    public Builder add(AdminUnit unit) {
      units.add(unit);
      return this;
    }

    /**
     * Adds unit versions.
     *
     * @param unitVersions the unit versions, in order
     * @return this builder
     */
    public Builder addAll(Iterable<AdminUnit> unitVersions) {
      unitVersions.forEach(units::add);
      return this;
    }

    /**
     * Adds a succession; its path in problems is {@code successions[i]}, in adding order.
     *
     * @param succession the succession
     * @return this builder
     */
    public Builder add(Succession succession) {
      successions.add(succession);
      return this;
    }

    /**
     * Adds successions.
     *
     * @param all the successions, in order
     * @return this builder
     */
    public Builder addSuccessions(Iterable<Succession> all) {
      all.forEach(successions::add);
      return this;
    }

    /**
     * Checks everything and returns the gazetteer.
     *
     * @return the gazetteer
     * @throws QcdcException with every problem found, each with its path ({@code units[12].parent},
     *     {@code successions[3].predecessors[1]})
     */
    public Gazetteer build() {
      ImmutableList<Problem> problems = new GazetteerValidator(units, successions).validate();
      if (!problems.isEmpty()) {
        throw new QcdcException("invalid gazetteer", problems);
      }
      TreeMap<UnitCode, List<AdminUnit>> byCode = new TreeMap<>();
      for (AdminUnit unit : units) {
        byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
      }
      ImmutableSortedMap.Builder<UnitCode, ImmutableList<AdminUnit>> versions =
          ImmutableSortedMap.naturalOrder();
      byCode.forEach(
          (code, list) -> {
            list.sort(Comparator.comparing(u -> u.validity().start()));
            versions.put(code, ImmutableList.copyOf(list));
          });
      ImmutableList<Succession> sorted =
          ImmutableList.sortedCopyOf(
              Comparator.comparing(Succession::date)
                  .thenComparing(Succession::kind)
                  .thenComparing(s -> s.predecessors().toString())
                  .thenComparing(s -> s.successors().toString()),
              successions);
      return new Gazetteer(versions.buildOrThrow(), sorted, knownFrom);
    }
  }
}

package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A dated change of administrative units, decided by a legal act: a merge, a split, a rename, a
 * type change, a move under another parent, the removal of a tier, a dissolution, an arrangement of
 * 2025, or an end the sources do not explain.
 *
 * <p>{@code date} is the first day of the new state: the predecessors are in force the day before,
 * the successors on {@code date}. A predecessor that is not also a successor ends the day before,
 * unless another succession of the same day carries it on. A unit may be both (a commune that
 * absorbs its neighbours keeps its code). A code may be reused on the day of a succession by a new
 * unit: a code names a unit only together with a day.
 *
 * <p>{@link #partial()} lists the predecessors that gave only part of their territory (an
 * arrangement's "một phần của xã C"); the rest went to the successors of other successions of the
 * same day. Records filed on a partly split unit are never counted on several successors (see
 * {@link Gazetteer#successors}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what happened
 * @param date the first day of the new state
 * @param predecessors the units before, at least one
 * @param successors the units after, none only for a dissolution or an unrecorded end
 * @param act the legal act that decided it
 * @param partial the predecessors that gave only part of their territory, sorted
 * @param clause where in the act it is decided ({@code 5} for clause 5 of Article 1), or empty
 * @since 0.1
 */
public record Succession(
    SuccessionKind kind,
    LocalDate date,
    ImmutableList<UnitCode> predecessors,
    ImmutableList<UnitCode> successors,
    LegalAct act,
    ImmutableSortedSet<UnitCode> partial,
    String clause) {

  /**
   * Validates the number of predecessors and successors for the kind, that none repeats, and that
   * partial predecessors are predecessors of a merge or an arrangement.
   *
   * @param kind what happened
   * @param date the first day of the new state
   * @param predecessors the units before, at least one
   * @param successors the units after, none only for a dissolution or an unrecorded end
   * @param act the legal act that decided it
   * @param partial the predecessors that gave only part of their territory, sorted
   * @param clause where in the act it is decided ({@code 5} for clause 5 of Article 1), or empty
   */
  public Succession {
    predecessors = ImmutableList.copyOf(predecessors);
    successors = ImmutableList.copyOf(successors);
    partial = ImmutableSortedSet.copyOf(partial);
    String arity = kind.arityProblem(predecessors.size(), successors.size());
    checkArgument(
        arity.isEmpty(),
        "%s on %s: %s, got %s -> %s",
        kind.key(),
        date,
        arity,
        predecessors,
        successors);
    checkArgument(
        predecessors.stream().distinct().count() == predecessors.size(),
        "%s on %s: a predecessor is listed twice: %s",
        kind.key(),
        date,
        predecessors);
    checkArgument(
        successors.stream().distinct().count() == successors.size(),
        "%s on %s: a successor is listed twice: %s",
        kind.key(),
        date,
        successors);
    checkArgument(
        predecessors.containsAll(partial),
        "%s on %s: partial units %s must be predecessors %s",
        kind.key(),
        date,
        partial,
        predecessors);
    checkArgument(
        partial.isEmpty() || kind == SuccessionKind.ARRANGEMENT || kind == SuccessionKind.MERGE,
        "%s on %s: only a merge or an arrangement takes partial predecessors, got %s",
        kind.key(),
        date,
        partial);
    checkArgument(
        clause.equals(clause.strip()), "%s on %s: clause has outer spaces", kind.key(), date);
  }

  /**
   * A succession with no partial predecessor and no clause.
   *
   * @param kind what happened
   * @param date the first day of the new state
   * @param predecessors the units before, at least one
   * @param successors the units after, none only for a dissolution or an unrecorded end
   * @param act the legal act that decided it
   */
  public Succession(
      SuccessionKind kind,
      LocalDate date,
      ImmutableList<UnitCode> predecessors,
      ImmutableList<UnitCode> successors,
      LegalAct act) {
    this(kind, date, predecessors, successors, act, ImmutableSortedSet.of(), "");
  }

  /**
   * {@return a succession of {@code kind} on {@code date}}
   *
   * @param kind what happened
   * @param date the first day of the new state
   * @param predecessors the units before, at least one
   * @param successors the units after, none only for a dissolution or an unrecorded end
   * @param act the legal act that decided it
   */
  public static Succession of(
      SuccessionKind kind,
      LocalDate date,
      List<UnitCode> predecessors,
      List<UnitCode> successors,
      LegalAct act) {
    return new Succession(
        kind, date, ImmutableList.copyOf(predecessors), ImmutableList.copyOf(successors), act);
  }

  /**
   * {@return a copy in which {@code codes} gave only part of their territory}
   *
   * @param codes the predecessors that gave only part of their territory
   */
  public Succession withPartial(Collection<UnitCode> codes) {
    return new Succession(
        kind, date, predecessors, successors, act, ImmutableSortedSet.copyOf(codes), clause);
  }

  /**
   * {@return a copy decided by clause {@code number} of its act}
   *
   * @param number the clause, as the act numbers it
   */
  public Succession withClause(String number) {
    return new Succession(kind, date, predecessors, successors, act, partial, number);
  }

  /**
   * {@return whether predecessor {@code code} gave all of its territory (it is not {@link
   * #partial})}
   *
   * @param code a predecessor's code
   */
  public boolean isWhole(UnitCode code) {
    return !partial.contains(code);
  }

  /**
   * {@return the predecessors that end the day before {@link #date()}: those that are not
   * successors}
   */
  public ImmutableList<UnitCode> ending() {
    return predecessors.stream()
        .filter(code -> !successors.contains(code))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return kind.key()
        + " "
        + date
        + " "
        + predecessors
        + (partial.isEmpty() ? "" : " (partial " + partial + ")")
        + " -> "
        + successors
        + " by "
        + act
        + (clause.isEmpty() ? "" : " clause " + clause);
  }
}

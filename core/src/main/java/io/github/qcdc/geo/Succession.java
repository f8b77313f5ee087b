package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated change of administrative units, decided by a legal act: a merge, a split, a rename, a
 * type change, a move under another parent, the removal of a tier, a dissolution.
 *
 * <p>{@code date} is the first day of the new state: the predecessors are in force the day before,
 * the successors on {@code date}. A predecessor that is not also a successor ends the day before. A
 * unit may be both (a commune that absorbs its neighbours keeps its code).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what happened
 * @param date the first day of the new state
 * @param predecessors the units before, at least one
 * @param successors the units after, none only for a dissolution
 * @param act the legal act that decided it
 * @since 0.1
 */
public record Succession(
    SuccessionKind kind,
    LocalDate date,
    ImmutableList<UnitCode> predecessors,
    ImmutableList<UnitCode> successors,
    LegalAct act) {

  /** Validates the number of predecessors and successors for the kind, and that none repeats. */
  public Succession {
    predecessors = ImmutableList.copyOf(predecessors);
    successors = ImmutableList.copyOf(successors);
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
  }

  /** Returns a succession of {@code kind} on {@code date}. */
  public static Succession of(
      SuccessionKind kind,
      LocalDate date,
      List<UnitCode> predecessors,
      List<UnitCode> successors,
      LegalAct act) {
    return new Succession(
        kind, date, ImmutableList.copyOf(predecessors), ImmutableList.copyOf(successors), act);
  }

  /** The predecessors that end the day before {@link #date()}: those that are not successors. */
  public ImmutableList<UnitCode> ending() {
    return predecessors.stream()
        .filter(code -> !successors.contains(code))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return kind.key() + " " + date + " " + predecessors + " -> " + successors + " by " + act;
  }
}

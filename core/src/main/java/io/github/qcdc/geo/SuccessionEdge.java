package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One line of an arrangement: unit {@code from} went, wholly or in part, into unit {@code to}, as a
 * clause of a legal act decides. A list of edges of one day is what the resolutions of 2025
 * publish; {@link UnitHistory} groups them into {@link Succession}s, one per new unit.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param from the unit before, in force the day before the edges' day
 * @param to the unit after, in force on the edges' day
 * @param partial whether only part of {@code from} went into {@code to} (the rest into others)
 * @param act the legal act
 * @param clause the clause of the act, or empty
 * @param place where the edge was read ({@code reform-2025-07-01.csv:12}), for problems; or empty
 * @since 0.2
 */
public record SuccessionEdge(
    UnitCode from, UnitCode to, boolean partial, LegalAct act, String clause, String place) {

  /**
   * Validates that the clause has no outer spaces.
   *
   * @param from the unit before, in force the day before the edges' day
   * @param to the unit after, in force on the edges' day
   * @param partial whether only part of {@code from} went into {@code to} (the rest into others)
   * @param act the legal act
   * @param clause the clause of the act, or empty
   * @param place where the edge was read ({@code reform-2025-07-01.csv:12}), for problems; or empty
   */
  public SuccessionEdge {
    checkArgument(
        clause.equals(clause.strip()), "edge %s -> %s: clause has outer spaces", from, to);
  }

  /**
   * {@return an edge with no place}
   *
   * @param from the unit before, in force the day before the edges' day
   * @param to the unit after, in force on the edges' day
   * @param partial whether only part of {@code from} went into {@code to} (the rest into others)
   * @param act the legal act
   * @param clause the clause of the act, or empty
   */
  public static SuccessionEdge of(
      UnitCode from, UnitCode to, boolean partial, LegalAct act, String clause) {
    return new SuccessionEdge(from, to, partial, act, clause, "");
  }
}

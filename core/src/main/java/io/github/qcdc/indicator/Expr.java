package io.github.qcdc.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.internal.Checks;
import java.util.stream.Collectors;

/**
 * A small whole-number expression a condition compares with: a constant, a parameter of the rule or
 * pack, a measure of the subject over the period, a number a fact of the subject states, the number
 * of units of a tier inside the subject, and the maximum or minimum of expressions. "People's
 * Inspection Board members ≥ max(5, number of villages)" is {@code Expr.max(Expr.constant(5),
 * Expr.unitsInside(Tier.VILLAGE))}.
 *
 * @since 0.1
 */
public sealed interface Expr {

  /**
   * {@return the number {@code value}}
   *
   * @param value the number
   */
  static Expr constant(long value) {
    return new Constant(value);
  }

  /**
   * {@return the parameter {@code name} of the rule, as the pack or the province sets it}
   *
   * @param name the parameter's name
   */
  static Expr param(String name) {
    return new Param(Checks.parameter("parameter", name));
  }

  /**
   * {@return the value of {@code measure} for the subject over the period}
   *
   * @param measure the measure
   */
  static Expr measure(Measure measure) {
    return new MeasureOf(measure);
  }

  /**
   * {@return the number fact {@code key} of the subject states on the reference day}
   *
   * @param key the fact's key
   */
  static Expr fact(String key) {
    return new FactNumber(Checks.key("fact key", key));
  }

  /**
   * {@return the number of units of {@code tier} inside the subject on the reference day}
   *
   * @param tier the tier of the units counted
   */
  static Expr unitsInside(Tier tier) {
    return new UnitsInside(tier);
  }

  /**
   * {@return the largest of {@code terms}}
   *
   * @param terms the expressions, at least one
   */
  static Expr max(Expr... terms) {
    return new Max(ImmutableList.copyOf(terms));
  }

  /**
   * {@return the smallest of {@code terms}}
   *
   * @param terms the expressions, at least one
   */
  static Expr min(Expr... terms) {
    return new Min(ImmutableList.copyOf(terms));
  }

  /** {@return the expression as a phrase} */
  Phrase describe();

  /**
   * A constant.
   *
   * @param value the number
   */
  record Constant(long value) implements Expr {
    @Override
    public Phrase describe() {
      return Phrase.of(Long.toString(value), Long.toString(value));
    }
  }

  /**
   * A parameter.
   *
   * @param name the parameter's name
   */
  record Param(String name) implements Expr {
    @Override
    public Phrase describe() {
      return Phrase.of("tham số " + name, "parameter " + name);
    }
  }

  /**
   * A measure of the subject.
   *
   * @param measure the measure
   */
  record MeasureOf(Measure measure) implements Expr {
    @Override
    public Phrase describe() {
      return measure.describe();
    }
  }

  /**
   * A number stated by a fact.
   *
   * @param key the fact key
   */
  record FactNumber(String key) implements Expr {
    @Override
    public Phrase describe() {
      return Phrase.of(key, key);
    }
  }

  /**
   * The number of units of a tier inside the subject.
   *
   * @param tier the tier
   */
  record UnitsInside(Tier tier) implements Expr {
    @Override
    public Phrase describe() {
      return Phrase.of("số đơn vị " + tier.vietnamese(), "number of " + tier.english() + " units");
    }
  }

  /**
   * The largest term.
   *
   * @param terms at least one
   */
  record Max(ImmutableList<Expr> terms) implements Expr {
    /**
     * Validates that there is a term.
     *
     * @param terms at least one
     */
    public Max {
      checkArgument(!terms.isEmpty(), "max needs at least one term");
    }

    @Override
    public Phrase describe() {
      return call("max", terms);
    }
  }

  /**
   * The smallest term.
   *
   * @param terms at least one
   */
  record Min(ImmutableList<Expr> terms) implements Expr {
    /**
     * Validates that there is a term.
     *
     * @param terms at least one
     */
    public Min {
      checkArgument(!terms.isEmpty(), "min needs at least one term");
    }

    @Override
    public Phrase describe() {
      return call("min", terms);
    }
  }

  private static Phrase call(String function, ImmutableList<Expr> terms) {
    return Phrase.of(
        function
            + "("
            + terms.stream().map(t -> t.describe().vi()).collect(Collectors.joining(", "))
            + ")",
        function
            + "("
            + terms.stream().map(t -> t.describe().en()).collect(Collectors.joining(", "))
            + ")");
  }
}

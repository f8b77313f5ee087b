package io.github.qcdc.indicator;

import io.github.qcdc.internal.Checks;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which facts count: a key, an optional test of the value, and when the fact must hold.
 *
 * <p>With {@link Timing#AT_END} a fact counts if it holds on the reference day (the period's last
 * day unless the caller says otherwise); with {@link Timing#THROUGHOUT} only if it holds on every
 * day of the period. Without a value test, any value counts except a yes/no {@code false}.
 *
 * @param key the fact key
 * @param value the value it must equal, if any
 * @param atLeast the least number it may have, if any
 * @param timing when it must hold
 * @since 0.1
 */
public record FactFilter(
    String key, Optional<FactValue> value, Optional<BigDecimal> atLeast, Timing timing) {

  /** When a fact must hold. */
  public enum Timing {
    /** On the reference day. */
    AT_END,
    /** On every day of the period. */
    THROUGHOUT
  }

  /**
   * Validates the key.
   *
   * @param key the fact key
   * @param value the value it must equal, if any
   * @param atLeast the least number it may have, if any
   * @param timing when it must hold
   */
  public FactFilter {
    Checks.key("fact key", key);
  }

  /**
   * {@return facts {@code key} that hold at the period end, any value but {@code false}}
   *
   * @param key the fact key
   */
  public static FactFilter of(String key) {
    return new FactFilter(key, Optional.empty(), Optional.empty(), Timing.AT_END);
  }

  /**
   * {@return this filter, requiring the value {@code value}}
   *
   * @param required the value required
   */
  public FactFilter withValue(FactValue required) {
    return new FactFilter(key, Optional.of(required), atLeast, timing);
  }

  /**
   * {@return this filter, requiring a number of at least {@code least}}
   *
   * @param least the least number, included
   */
  public FactFilter atLeast(long least) {
    return new FactFilter(key, value, Optional.of(BigDecimal.valueOf(least)), timing);
  }

  /** {@return this filter, requiring the fact to hold on every day of the period} */
  public FactFilter throughout() {
    return new FactFilter(key, value, atLeast, Timing.THROUGHOUT);
  }

  /**
   * {@return whether {@code fact} matches, for a period from {@code start} to {@code end}}
   *
   * @param fact the fact
   * @param start the period's first day
   * @param end the period's last day
   */
  public boolean matches(Fact fact, LocalDate start, LocalDate end) {
    if (!fact.key().equals(key)) {
      return false;
    }
    boolean holds =
        timing == Timing.AT_END
            ? fact.validity().contains(end)
            : fact.validity().contains(start) && fact.validity().contains(end);
    return holds && valueMatches(fact.value());
  }

  /**
   * {@return whether {@code candidate} passes the value tests}
   *
   * @param candidate a fact's value
   */
  public boolean valueMatches(FactValue candidate) {
    if (value.isPresent()) {
      return value.get().equals(candidate);
    }
    if (atLeast.isPresent()) {
      return candidate instanceof FactValue.Decimal d && d.value().compareTo(atLeast.get()) >= 0;
    }
    return !(candidate instanceof FactValue.Flag f) || f.value();
  }

  /** {@return what the filter selects} */
  public Phrase describe() {
    String test =
        value.map(v -> " = " + v).orElse(atLeast.map(n -> " ≥ " + n.toPlainString()).orElse(""));
    return timing == Timing.AT_END
        ? Phrase.of(key + test + " tại cuối kỳ", key + test + " at the end of the period")
        : Phrase.of(key + test + " suốt kỳ", key + test + " throughout the period");
  }
}

package io.github.qcdc.records;

import io.github.qcdc.internal.Checks;
import io.github.qcdc.internal.QcdcStyle;
import io.github.qcdc.period.DateInterval;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state of a unit or an organisation that holds for an interval of days: "reached the new-rural
 * standard from 2019-12-20", "has a People's Inspection Board of 7 members", "signed a collective
 * labour agreement".
 *
 * <p>A fact has a key from an open vocabulary ({@code new-rural-standard}, {@code
 * inspection-board-members}), a {@link FactValue} and a validity. A dataset checks that the subject
 * exists and is in force on the first day of the validity.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@QcdcStyle
public abstract class Fact {

  Fact() {}

  /** {@return a builder; {@code id}, {@code subject}, {@code key}, {@code value} are required} */
  public static ImmutableFact.Builder builder() {
    return ImmutableFact.builder();
  }

  /**
   * {@return a fact about {@code subject} that holds during {@code validity}}
   *
   * @param id the identifier, unique among the facts of a dataset
   * @param subject what the fact is about
   * @param key what is stated, a lower-case key
   * @param value the value
   * @param validity the days the fact holds
   */
  public static Fact of(
      String id, Subject subject, String key, FactValue value, DateInterval validity) {
    return builder()
        .id(RecordId.of(id))
        .subject(subject)
        .key(key)
        .value(value)
        .validity(validity)
        .build();
  }

  /** {@return the identifier, unique among the facts of a dataset} */
  public abstract RecordId id();

  /** {@return what the fact is about} */
  public abstract Subject subject();

  /** {@return what is stated, a lower-case key} */
  public abstract String key();

  /** {@return the value} */
  public abstract FactValue value();

  /** {@return the days the fact holds; every day unless set} */
  @Value.Default
  public DateInterval validity() {
    return DateInterval.always();
  }

  /** {@return where the fact comes from, if stated} */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    Checks.key("fact " + id() + " key", key());
  }

  @Override
  public String toString() {
    return id() + " " + subject() + " " + key() + "=" + value() + " " + validity();
  }
}

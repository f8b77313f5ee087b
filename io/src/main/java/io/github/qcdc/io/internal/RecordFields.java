package io.github.qcdc.io.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of one record in a document: a JSON object, a CSV row. Fields are named as in the JSON
 * documents ({@code tradeUnion}, {@code attributes}); a CSV row maps them to its columns ({@code
 * trade_union}, {@code attribute.KEY}). Every problem is added where the record is, with the
 * field's place, and the record is marked failed.
 */
public interface RecordFields {
  /** A text field parsed by {@code parse}; {@code expected} names what it should be. */
  <T> Optional<T> value(String name, boolean required, String expected, Function<String, T> parse);

  /** A text field. */
  Optional<String> text(String name, boolean required);

  /** A date field. */
  Optional<LocalDate> date(String name, boolean required);

  /** A whole-number field. */
  Optional<Long> whole(String name, boolean required);

  /** An optional true-or-false field. */
  Optional<Boolean> flag(String name);

  /** A map of texts by key. */
  Map<String, String> texts(String name);

  /** A map of whole numbers by key. */
  Map<String, Long> wholes(String name);

  /** Whether a problem was found in the record. */
  boolean failed();

  /** Adds a problem at the record itself. */
  void fail(String message);
}

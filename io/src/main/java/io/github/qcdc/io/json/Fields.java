package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object strictly: every unknown field, missing required field, wrong
 * type and unreadable value becomes a problem naming the place (file, line, column of the object,
 * and the field's JSON pointer) and what was expected. Not thread-safe.
 */
final class Fields implements io.github.qcdc.io.internal.RecordFields {
  private final JsonNode node;
  private final String pointer;
  private final Function<String, String> placeOf;
  private final List<Problem> problems;
  private boolean failed;

  Fields(JsonNode node, String pointer, String place, Set<String> known, List<Problem> problems) {
    this(node, pointer, known, problems, field -> place);
  }

  /**
   * Fields whose problems are placed by the field they are about: {@code placeOf} maps a field name
   * of this object to its place (for fields read from different places, such as the top-level
   * fields of a document).
   */
  Fields(
      JsonNode node,
      String pointer,
      Set<String> known,
      List<Problem> problems,
      Function<String, String> placeOf) {
    this.node = node;
    this.pointer = pointer;
    this.placeOf = placeOf;
    this.problems = problems;
    if (!node.isObject()) {
      fail("", "expected an object, got " + kind(node));
      return;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        fail(escape(name), "unknown field; expected one of " + new java.util.TreeSet<>(known));
      }
    }
  }

  /** Whether a problem was found in this object. */
  @Override
  public boolean failed() {
    return failed;
  }

  /** Records a problem at this object. */
  @Override
  public void fail(String message) {
    fail("", message);
  }

  /**
   * Records a problem at {@code field}, a JSON pointer below this object (escaped), or here if
   * empty.
   */
  void fail(String field, String message) {
    failed = true;
    String at = field.isEmpty() ? pointer : pointer + "/" + field;
    String place = placeOf.apply(field.isEmpty() ? "" : field.split("/", 2)[0]);
    problems.add(Problem.of(place + " " + (at.isEmpty() ? "/" : at), message));
  }

  static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }

  static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "a boolean";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  private @Nullable JsonNode field(String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isMissingNode()) {
      if (required) {
        fail(name, "required field is missing");
      }
      return null;
    }
    return value;
  }

  /**
   * A required or optional string field, parsed by {@code parse} (whose exception message is
   * shown).
   */
  @Override
  public <T> Optional<T> value(
      String name, boolean required, String expected, Function<String, T> parse) {
    JsonNode value = field(name, required);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      fail(name, "expected " + expected + ", got " + kind(value));
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(value.textValue()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      fail(name, expected + " expected: " + reason(e, value.textValue()));
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> text(String name, boolean required) {
    return value(name, required, "a string", s -> s);
  }

  @Override
  public Optional<LocalDate> date(String name, boolean required) {
    return value(name, required, "an ISO date yyyy-MM-dd", LocalDate::parse);
  }

  @Override
  public Optional<Long> whole(String name, boolean required) {
    JsonNode value = field(name, required);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      fail(name, "expected a whole number, got " + kind(value) + " " + value);
      return Optional.empty();
    }
    return Optional.of(value.longValue());
  }

  /** A count: a whole number, 0 or more. */
  public Optional<Long> count(String name, boolean required) {
    Optional<Long> value = whole(name, required);
    if (value.isPresent() && value.get() < 0) {
      fail(name, "expected a count, 0 or more, got " + value.get());
      return Optional.empty();
    }
    return value;
  }

  /**
   * A whole number from {@code min} to {@code max}: a larger one is a problem, never cut to 32 bits
   * ({@code 4294967298} is not {@code 2}).
   */
  public Optional<Integer> small(String name, boolean required, int min, int max) {
    Optional<Long> value = whole(name, required);
    if (value.isPresent() && (value.get() < min || value.get() > max)) {
      fail(name, "expected a whole number from " + min + " to " + max + ", got " + value.get());
      return Optional.empty();
    }
    return value.map(Long::intValue);
  }

  @Override
  public Optional<Boolean> flag(String name) {
    JsonNode value = field(name, false);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      fail(name, "expected true or false, got " + kind(value));
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  @Nullable JsonNode raw(String name, boolean required) {
    return field(name, required);
  }

  /** A list of strings, each parsed by {@code parse}. */
  <T> List<T> list(String name, boolean required, String expected, Function<String, T> parse) {
    JsonNode value = field(name, required);
    java.util.ArrayList<T> out = new java.util.ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!value.isArray()) {
      fail(name, "expected an array of " + expected + ", got " + kind(value));
      return out;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String at = name + "/" + i;
      if (!item.isTextual()) {
        fail(at, "expected " + expected + ", got " + kind(item));
        continue;
      }
      try {
        out.add(parse.apply(item.textValue()));
      } catch (IllegalArgumentException e) {
        fail(at, expected + " expected: " + reason(e, item.textValue()));
      }
    }
    return out;
  }

  /** An object of string values. */
  @Override
  public ImmutableSortedMap<String, String> texts(String name) {
    return map(name, "a string", v -> v.isTextual() ? v.textValue() : null);
  }

  /** An object of whole-number values. */
  @Override
  public ImmutableSortedMap<String, Long> wholes(String name) {
    return map(
        name,
        "a whole number",
        v -> v.isIntegralNumber() && v.canConvertToLong() ? v.longValue() : null);
  }

  private <T> ImmutableSortedMap<String, T> map(
      String name, String expected, Function<JsonNode, @Nullable T> read) {
    JsonNode value = field(name, false);
    Map<String, T> out = new TreeMap<>();
    if (value == null) {
      return ImmutableSortedMap.of();
    }
    if (!value.isObject()) {
      fail(name, "expected an object of " + expected + " values, got " + kind(value));
      return ImmutableSortedMap.of();
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      T item = read.apply(entry.getValue());
      if (item == null) {
        fail(
            name + "/" + escape(entry.getKey()),
            "expected " + expected + ", got " + kind(entry.getValue()));
      } else {
        out.put(entry.getKey(), item);
      }
    }
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * Why {@code text} was refused: the parser's message, or for an unknown enum constant (whose
   * message names a Java class) {@code got 'TEXT'}.
   */
  static String reason(RuntimeException e, String text) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith("No enum constant") ? "got '" + text + "'" : message;
  }

  /** An exact decimal number. */
  static BigDecimal decimal(JsonNode value) {
    return value.decimalValue();
  }
}

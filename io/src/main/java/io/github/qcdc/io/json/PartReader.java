package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qcdc.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The helpers of the strict definition readers: the place problems name, the list they are added
 * to, the {@code kind} check and the reading of required parts, lists and validated values. A
 * reader returns null after adding problems; {@link Missing} carries "already reported" upwards.
 */
abstract class PartReader {

  final String place;
  final List<Problem> problems;

  PartReader(String place, List<Problem> problems) {
    this.place = place;
    this.problems = problems;
  }

  /** The place problems of this reader name: the source and the record's line and column. */
  String place() {
    return place;
  }

  /** Adds problems found by a caller. */
  void report(List<Problem> found) {
    problems.addAll(found);
  }

  final void fail(String pointer, String message) {
    problems.add(Problem.of(place + " " + (pointer.isEmpty() ? "/" : pointer), message));
  }

  final @Nullable String kind(JsonNode node, String pointer, Set<String> kinds) {
    if (!node.isObject()) {
      fail(pointer, "expected an object, got " + Fields.kind(node));
      return null;
    }
    JsonNode kind = node.get("kind");
    if (kind == null || !kind.isTextual() || !kinds.contains(kind.textValue())) {
      fail(
          pointer + "/kind", "expected one of " + new java.util.TreeSet<>(kinds) + ", got " + kind);
      return null;
    }
    return kind.textValue();
  }

  static Set<String> with(String... names) {
    Set<String> set = new java.util.HashSet<>(List.of(names));
    set.add("kind");
    return set;
  }

  static <E extends Enum<E>> E constant(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (DefinitionWriter.key(e).equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + text + "'");
  }

  // ---- helpers

  /** Thrown when a part is missing (its problem is already recorded). */
  static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing() {
      super(null, null, false, false);
    }
  }

  static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new Missing();
    }
    return value;
  }

  @FunctionalInterface
  interface Part<T> {
    @Nullable T read(JsonNode node, String pointer);
  }

  final <T> @Nullable T sub(JsonNode node, String field, String pointer, Part<T> part) {
    JsonNode value = node.get(field);
    if (value == null) {
      fail(pointer + "/" + field, "required field is missing");
      return null;
    }
    return part.read(value, pointer + "/" + field);
  }

  final <T> List<T> items(JsonNode node, String pointer, String field, Part<T> part) {
    JsonNode value = node.get(field);
    List<T> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!value.isArray()) {
      fail(pointer + "/" + field, "expected an array, got " + Fields.kind(value));
      throw new Missing();
    }
    boolean missing = false;
    for (int i = 0; i < value.size(); i++) {
      T item = part.read(value.get(i), pointer + "/" + field + "/" + i);
      if (item == null) {
        missing = true;
      } else {
        out.add(item);
      }
    }
    if (missing) {
      throw new Missing();
    }
    return out;
  }

  /**
   * The items of {@code field} (empty if absent), or null once the problems of every bad item are
   * recorded; unlike {@link #items} it does not stop the reading of sibling fields.
   */
  final <T> @Nullable List<T> allItems(JsonNode node, String pointer, String field, Part<T> part) {
    try {
      return items(node, pointer, field, part);
    } catch (Missing e) {
      return null;
    }
  }

  final <T> @Nullable T checked(
      JsonNode node, String pointer, Set<String> known, Function<Fields, T> read) {
    Fields f = new Fields(node, pointer, place, known, problems);
    try {
      T value = read.apply(f);
      return f.failed() ? null : value;
    } catch (Missing e) {
      return null;
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      if (!f.failed()) {
        fail(pointer, String.valueOf(e.getMessage()));
      }
      return null;
    }
  }

  final <T> @Nullable T build(Fields f, java.util.function.Supplier<T> build) {
    if (f.failed()) {
      return null;
    }
    try {
      return build.get();
    } catch (Missing e) {
      return null;
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      f.fail("", String.valueOf(e.getMessage()));
      return null;
    }
  }
}

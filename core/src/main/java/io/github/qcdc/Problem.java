package io.github.qcdc;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One thing wrong with an input, with the place it was found.
 *
 * <p>The {@code path} names the place in the input the way a reader finds it: {@code
 * activities[1234].unit}, {@code units[7].parent}, a file name with a line, or a JSON pointer. The
 * {@code message} is a lower-case sentence fragment that names the thing, shows the bad value and
 * says what was expected.
 *
 * <p>A problem found in a record a builder was given also carries that place as data, its {@link
 * #item()}: the collection, the record's index in the order the records were added, and the field.
 * A reader that knows where each record came from places the problem on its file, line and JSON
 * pointer from that item, never by reading the path's text back.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} is {@code path + ": " + message}.
 *
 * @param path where the problem is; never empty
 * @param message what is wrong; never empty
 * @param item the record the problem is in, when a builder found it in one
 * @since 0.1
 */
public record Problem(String path, String message, java.util.Optional<Item> item)
    implements Comparable<Problem> {

  /**
   * Validates that both parts are present, and that the path is the item's when there is one.
   *
   * @param path where the problem is; never empty
   * @param message what is wrong; never empty
   * @param item the record the problem is in, when a builder found it in one
   */
  public Problem {
    checkArgument(!path.isEmpty(), "problem path must not be empty (message: %s)", message);
    checkArgument(!message.isEmpty(), "problem message must not be empty (path: %s)", path);
    checkArgument(
        item.isEmpty() || item.get().path().equals(path),
        "problem path %s is not its item's path %s",
        path,
        item.map(Item::path).orElse(""));
  }

  /**
   * A problem at {@code path}, in no particular record.
   *
   * @param path where the problem is; never empty
   * @param message what is wrong; never empty
   */
  public Problem(String path, String message) {
    this(path, message, java.util.Optional.empty());
  }

  /**
   * A record of a collection a builder was given, and a field in it.
   *
   * @param collection the collection: {@code activities}, {@code units}
   * @param index the record's index, in the order the records were added, from 0
   * @param field the field inside the record, dotted ({@code unit}, {@code quantities.attending}),
   *     or empty for the whole record
   * @since 0.2
   */
  public record Item(String collection, int index, String field) {
    /**
     * Validates the parts.
     *
     * @param collection the collection: {@code activities}, {@code units}
     * @param index the record's index, in the order the records were added, from 0
     * @param field the field inside the record, dotted ({@code unit}, {@code
     *     quantities.attending}), or empty for the whole record
     */
    public Item {
      checkArgument(!collection.isEmpty(), "item collection must not be empty");
      checkArgument(index >= 0, "item index must not be negative: %s", index);
    }

    /**
     * {@return field {@code field} of record {@code index} of {@code collection}}
     *
     * @param collection the collection: {@code activities}, {@code units}
     * @param index the record's index, in the order the records were added, from 0
     * @param field the field inside the record, dotted ({@code unit}, {@code
     *     quantities.attending}), or empty for the whole record
     */
    public static Item of(String collection, int index, String field) {
      return new Item(collection, index, field);
    }

    /** {@return the path text: {@code activities[12].unit}, {@code units[3]}} */
    public String path() {
      return collection + "[" + index + "]" + (field.isEmpty() ? "" : "." + field);
    }

    /**
     * {@return this item's field {@code sub} ({@code quantities} then {@code attending})}
     *
     * @param sub the field inside this item's field
     */
    public Item withField(String sub) {
      return new Item(collection, index, field.isEmpty() ? sub : field + "." + sub);
    }
  }

  /**
   * {@return a problem in {@code item}, its message formatted like Guava's {@code lenientFormat}}
   *
   * @param item the record and field the problem is in
   * @param template the message, with {@code %s} where each argument goes
   * @param args the arguments, written as text
   */
  public static Problem in(Item item, String template, Object... args) {
    return new Problem(
        item.path(),
        com.google.common.base.Strings.lenientFormat(template, args),
        java.util.Optional.of(item));
  }

  /**
   * {@return a problem at {@code path}}
   *
   * @param path where the problem is
   * @param message what is wrong
   */
  public static Problem of(String path, String message) {
    return new Problem(path, message);
  }

  /**
   * {@return a problem at {@code path} whose message is formatted like Guava's {@code
   * lenientFormat}}
   *
   * @param path where the problem is
   * @param template the message, with {@code %s} where each argument goes
   * @param args the arguments, written as text
   */
  public static Problem of(String path, String template, Object... args) {
    return new Problem(path, com.google.common.base.Strings.lenientFormat(template, args));
  }

  /** Orders by path, then message. */
  @Override
  public int compareTo(Problem other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}

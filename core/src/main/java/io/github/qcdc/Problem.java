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
 * <p>Instances are immutable and thread-safe. {@link #toString()} is {@code path + ": " + message}.
 *
 * @param path where the problem is; never empty
 * @param message what is wrong; never empty
 * @since 0.1
 */
public record Problem(String path, String message) implements Comparable<Problem> {

  /** Validates that both parts are present. */
  public Problem {
    checkArgument(!path.isEmpty(), "problem path must not be empty (message: %s)", message);
    checkArgument(!message.isEmpty(), "problem message must not be empty (path: %s)", path);
  }

  /** Returns a problem at {@code path}. */
  public static Problem of(String path, String message) {
    return new Problem(path, message);
  }

  /**
   * Returns a problem at {@code path} whose message is formatted like Guava's {@code
   * lenientFormat}.
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

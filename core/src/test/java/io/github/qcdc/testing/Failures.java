package io.github.qcdc.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions on failures: the message of what was thrown, the problems of a {@link QcdcException}.
 */
public final class Failures {
  private Failures() {}

  /** Asserts that {@code code} throws {@code type} and returns its message. */
  public static String messageOf(Class<? extends Throwable> type, Executable code) {
    return Objects.requireNonNull(assertThrows(type, code).getMessage(), "no message");
  }

  /** Asserts that {@code code} throws an {@link IllegalArgumentException}; returns its message. */
  public static String argumentMessage(Executable code) {
    return messageOf(IllegalArgumentException.class, code);
  }

  /** Asserts that {@code code} throws a {@link QcdcException}; returns its problems. */
  public static List<Problem> problemsOf(Executable code) {
    return assertThrows(QcdcException.class, code).problems();
  }
}

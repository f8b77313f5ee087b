package io.github.qcdc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The one exception qcdc throws for domain failures: an invalid dataset, gazetteer or document, an
 * unknown indicator. It carries <em>every</em> problem found, not only the first.
 *
 * <p>The message lists the problems one per line, up to {@value #MESSAGE_LIMIT} of them followed by
 * the count of the rest; {@link #problems()} always has all of them.
 *
 * @since 0.1
 */
public final class QcdcException extends RuntimeException {
  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** How many problems the exception message lists before it only counts the rest. */
  public static final int MESSAGE_LIMIT = 50;

  /** Every problem found, in the order found. */
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception whose message starts with {@code summary} (for example {@code "invalid
   * dataset"}) and lists {@code problems}.
   *
   * @param summary what could not be done: {@code invalid rule pack vn-qcdc}
   * @param problems every problem found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public QcdcException(String summary, List<Problem> problems) {
    super(message(summary, problems));
    checkArgument(!problems.isEmpty(), "a QcdcException needs at least one problem: %s", summary);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** {@return every problem found, in the order they were found} Never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(String summary, List<Problem> problems) {
    StringBuilder text = new StringBuilder(summary);
    text.append(": ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    int shown = Math.min(problems.size(), MESSAGE_LIMIT);
    for (int i = 0; i < shown; i++) {
      text.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problems.size() > shown) {
      text.append(System.lineSeparator())
          .append("  ... and ")
          .append(problems.size() - shown)
          .append(" more");
    }
    return text.toString();
  }
}

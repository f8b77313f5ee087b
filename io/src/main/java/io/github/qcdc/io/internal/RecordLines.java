package io.github.qcdc.io.internal;

import io.github.qcdc.Problem;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line each record of a file was read from, in the order the records were added to a dataset
 * builder, so that the builder's problems ({@code activities[12].unit}) can be placed on their
 * lines ({@code activities.csv:14 unit}). Not API.
 */
public final class RecordLines {
  private static final Pattern BUILDER_PATH = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.?(.*)");

  private final String source;
  private int[] lines = new int[64];
  private int size;

  /** Lines of records read from {@code source}. */
  public RecordLines(String source) {
    this.source = source;
  }

  /** Notes that the next record added to the builder comes from {@code line}. */
  public void add(int line) {
    if (size == lines.length) {
      lines = Arrays.copyOf(lines, size * 2);
    }
    lines[size++] = line;
  }

  /** The line of the {@code index}th record added. */
  public int lineOf(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("record " + index + " of " + size + " in " + source);
    }
    return lines[index];
  }

  /** {@code problem} placed on the line of its record, with the field after it. */
  public Problem place(Problem problem) {
    Matcher m = BUILDER_PATH.matcher(problem.path());
    if (!m.matches()) {
      return Problem.of(source, problem.message());
    }
    int index = Integer.parseInt(m.group(2));
    String field = m.group(3).replace('.', ' ');
    String where = index < size ? source + ":" + lines[index] : source;
    return Problem.of(field.isEmpty() ? where : where + " " + field, problem.message());
  }
}

package io.github.qcdc.io.internal;

import io.github.qcdc.Problem;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The line each record of a file was read from, in the order the records were added to a dataset
 * builder, so that the builder's problems ({@code activities[12].unit}) can be placed on their
 * lines ({@code activities.csv:14 unit}). Not API.
 */
public final class RecordLines {
  private final String source;
  private final IntFunction<String> placeOf;
  private final int first;
  private int[] lines = new int[64];
  private int size;

  /** Lines of records read from {@code source}. */
  public RecordLines(String source) {
    this(source, 0);
  }

  /**
   * Lines of records read from {@code source} after {@code first} records from elsewhere: a problem
   * of one of those is left as it is.
   */
  public RecordLines(String source, int first) {
    this(source, first, line -> source + ":" + line);
  }

  /**
   * Rows of records read from {@code source}, whose places {@code placeOf} writes ({@code
   * book.xlsx!activities!12}).
   */
  public RecordLines(String source, IntFunction<String> placeOf) {
    this(source, 0, placeOf);
  }

  private RecordLines(String source, int first, IntFunction<String> placeOf) {
    this.source = source;
    this.first = first;
    this.placeOf = placeOf;
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

  /**
   * {@code problem} placed on the line of its record ({@link Problem#item()}), with the field after
   * it; a problem in no record is placed on the file.
   */
  public Problem place(Problem problem) {
    if (problem.item().isEmpty()) {
      return Problem.of(source, problem.message());
    }
    Problem.Item item = problem.item().get();
    if (item.index() < first) {
      return problem;
    }
    int index = item.index() - first;
    String field = item.field().replace('.', ' ');
    String where = index < size ? placeOf.apply(lines[index]) : source;
    return Problem.of(field.isEmpty() ? where : where + " " + field, problem.message());
  }
}

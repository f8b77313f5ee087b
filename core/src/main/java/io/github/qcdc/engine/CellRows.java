package io.github.qcdc.engine;

import java.util.Arrays;

/**
 * The rows a rule's slot read, by cell (subject and window), kept as two flat arrays of (cell, row)
 * pairs in the order the rows were read: no object per subject. {@link #index()} groups them by
 * cell, keeping that order, when the verdicts are written.
 */
final class CellRows {
  private int[] cells = new int[16];
  private int[] rows = new int[16];
  private int size;
  private int cellCount;
  private int[] start = new int[0];
  private int[] ordered = new int[0];
  private boolean indexed;

  CellRows(int cellCount) {
    this.cellCount = cellCount;
  }

  /** Adds {@code row} to {@code cell}, after the rows added before. */
  void add(int cell, int row) {
    if (size == cells.length) {
      cells = Arrays.copyOf(cells, size * 2);
      rows = Arrays.copyOf(rows, size * 2);
    }
    cells[size] = cell;
    rows[size] = row;
    size++;
    indexed = false;
  }

  /** The first at most {@code limit} rows of {@code cell}, in the order they were read. */
  int[] first(int cell, int limit) {
    index();
    int from = start[cell];
    int to = Math.min(start[cell + 1], from + limit);
    return Arrays.copyOfRange(ordered, from, to);
  }

  /** The number of cells. */
  int cellCount() {
    return cellCount;
  }

  /**
   * Groups the pairs by cell, a counting sort that keeps the reading order within a cell; done once
   * the rows are all added, so that reading {@link #first} changes nothing.
   */
  void index() {
    if (indexed) {
      return;
    }
    start = new int[cellCount + 1];
    for (int i = 0; i < size; i++) {
      start[cells[i] + 1]++;
    }
    for (int c = 0; c < cellCount; c++) {
      start[c + 1] += start[c];
    }
    ordered = new int[size];
    int[] next = Arrays.copyOf(start, cellCount);
    for (int i = 0; i < size; i++) {
      ordered[next[cells[i]]++] = rows[i];
    }
    indexed = true;
  }
}

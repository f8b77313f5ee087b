package io.github.qcdc.internal;

import java.util.Arrays;

/** A growable list of {@code int}s. Not thread-safe. Not API. */
public final class IntList {
  private int[] values = new int[4];
  private int size;

  /** Appends {@code value}. */
  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Appends every value of {@code other}, in order. */
  public void addAll(IntList other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  /** The value at {@code index}. */
  public int get(int index) {
    return values[index];
  }

  /** The number of values. */
  public int size() {
    return size;
  }
}

package io.github.qcdc.dataset;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/** Growable named values per row (quantities, or attributes with text values), in adding order. */
final class ExtrasBuilder {
  private final ActivityTableBuilder.Dictionary<String> keys =
      new ActivityTableBuilder.Dictionary<>();
  private final ActivityTableBuilder.Dictionary<String> texts =
      new ActivityTableBuilder.Dictionary<>();
  private int[] start = new int[17];
  private int[] key = new int[16];
  private long[] value = new long[16];
  private int count;

  void add(String name, long entry) {
    if (count == key.length) {
      key = Arrays.copyOf(key, count + (count >> 1));
      value = Arrays.copyOf(value, count + (count >> 1));
    }
    key[count] = keys.id(name);
    value[count] = entry;
    count++;
  }

  /** The number of {@code text} in the text dictionary, to store as a value. */
  long text(String text) {
    return texts.id(text);
  }

  void endRow(int row) {
    if (row + 2 > start.length) {
      start = Arrays.copyOf(start, Math.max(row + 2, start.length + (start.length >> 1)));
    }
    start[row + 1] = count;
  }

  /** The entries with rows in {@code order}, keys (and text values) renumbered in sorted order. */
  ActivityTable.Extras build(int[] order, boolean textValues) {
    if (count == 0) {
      return ActivityTable.Extras.NONE;
    }
    int[] keyRank = keys.ranks();
    int[] textRank = texts.ranks();
    int[] sortedStart = new int[order.length + 1];
    int[] sortedKey = new int[count];
    long[] sortedValue = new long[count];
    int next = 0;
    for (int i = 0; i < order.length; i++) {
      int row = order[i];
      for (int e = start[row]; e < start[row + 1]; e++) {
        sortedKey[next] = keyRank[key[e]];
        sortedValue[next] = textValues ? textRank[(int) value[e]] : value[e];
        next++;
      }
      sortedStart[i + 1] = next;
    }
    return new ActivityTable.Extras(
        sortedStart,
        sortedKey,
        sortedValue,
        ImmutableList.sortedCopyOf(keys.values()),
        ImmutableList.sortedCopyOf(texts.values()));
  }
}

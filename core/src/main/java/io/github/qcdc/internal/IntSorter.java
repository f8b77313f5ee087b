package io.github.qcdc.internal;

/**
 * A stable merge sort of {@code int} indexes by a primitive comparator, without boxing. Not API.
 */
public final class IntSorter {

  /** Compares two indexes. */
  @FunctionalInterface
  public interface IndexComparator {
    /** Negative, zero or positive as index {@code a} sorts before, with or after {@code b}. */
    int compare(int a, int b);
  }

  private static final int INSERTION_LIMIT = 24;

  private IntSorter() {}

  /** Sorts {@code indexes} in place, stably, by {@code comparator}. */
  public static void sort(int[] indexes, IndexComparator comparator) {
    int[] buffer = indexes.clone();
    mergeSort(buffer, indexes, 0, indexes.length, comparator);
  }

  /** Sorts {@code src[from, to)} into {@code dst[from, to)}; both hold the same values on entry. */
  private static void mergeSort(int[] src, int[] dst, int from, int to, IndexComparator c) {
    int length = to - from;
    if (length <= INSERTION_LIMIT) {
      for (int i = from + 1; i < to; i++) {
        int value = dst[i];
        int j = i - 1;
        while (j >= from && c.compare(dst[j], value) > 0) {
          dst[j + 1] = dst[j];
          j--;
        }
        dst[j + 1] = value;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(dst, src, from, mid, c);
    mergeSort(dst, src, mid, to, c);
    if (c.compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, from, dst, from, length);
      return;
    }
    for (int i = from, p = from, q = mid; i < to; i++) {
      if (q >= to || (p < mid && c.compare(src[p], src[q]) <= 0)) {
        dst[i] = src[p++];
      } else {
        dst[i] = src[q++];
      }
    }
  }
}

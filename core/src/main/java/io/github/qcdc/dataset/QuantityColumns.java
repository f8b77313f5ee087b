package io.github.qcdc.dataset;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The quantities of a table's rows, a column per key: a key most rows carry is stored densely (a
 * value for every row, as {@code int}s when every value fits, with a bit per row saying which rows
 * have one), a rare key sparsely (its rows and their values). A key no row carries costs nothing.
 */
final class QuantityColumns {
  static final QuantityColumns NONE = new QuantityColumns(ImmutableList.of(), new Column[0]);

  private final ImmutableList<String> keys;
  private final Column[] columns;

  private QuantityColumns(ImmutableList<String> keys, Column[] columns) {
    this.keys = keys;
    this.columns = columns;
  }

  /** The columns of {@code extras}, entries of rows {@code 0} to {@code rows - 1}. */
  static QuantityColumns of(ActivityTable.Extras extras, int rows) {
    if (extras.key.length == 0) {
      return NONE;
    }
    int[] counts = new int[extras.keys.size()];
    for (int k : extras.key) {
      counts[k]++;
    }
    Column[] columns = new Column[counts.length];
    for (int k = 0; k < counts.length; k++) {
      columns[k] =
          counts[k] * 4L >= rows
              ? Dense.of(extras, k, rows)
              : Sparse.of(extras, k, counts[k], rows);
    }
    return new QuantityColumns(extras.keys, columns);
  }

  ImmutableList<String> keys() {
    return keys;
  }

  /** The quantity {@code key} of {@code row}, if it has one. */
  OptionalLong get(int row, String key) {
    for (int k = 0; k < columns.length; k++) {
      if (keys.get(k).equals(key)) {
        return columns[k].get(row);
      }
    }
    return OptionalLong.empty();
  }

  /** The quantity of key number {@code k} ({@link #keys()}) of {@code row}, if it has one. */
  OptionalLong get(int row, int k) {
    return columns[k].get(row);
  }

  long bytes() {
    long bytes = 0;
    for (Column c : columns) {
      bytes += c.bytes();
    }
    return bytes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QuantityColumns q
        && keys.equals(q.keys)
        && Arrays.equals(columns, q.columns);
  }

  @Override
  public int hashCode() {
    return keys.hashCode() * 31 + Arrays.hashCode(columns);
  }

  @Override
  public String toString() {
    return "QuantityColumns" + keys;
  }

  /** The values of one key. */
  private interface Column {
    OptionalLong get(int row);

    long bytes();
  }

  /** A value for every row, and a bit per row saying whether the row has one. */
  private record Dense(long[] present, int @Nullable [] ints, long @Nullable [] longs)
      implements Column {
    static Dense of(ActivityTable.Extras extras, int k, int rows) {
      long[] present = new long[(rows + 63) >>> 6];
      long[] values = new long[rows];
      boolean fitsInt = true;
      for (int row = 0; row < rows; row++) {
        for (int e = extras.from(row); e < extras.to(row); e++) {
          if (extras.key[e] == k) {
            present[row >>> 6] |= 1L << row;
            values[row] = extras.value[e];
            fitsInt &= extras.value[e] == (int) extras.value[e];
          }
        }
      }
      if (!fitsInt) {
        return new Dense(present, null, values);
      }
      int[] ints = new int[rows];
      for (int row = 0; row < rows; row++) {
        ints[row] = (int) values[row];
      }
      return new Dense(present, ints, null);
    }

    @Override
    public OptionalLong get(int row) {
      if ((present[row >>> 6] & (1L << row)) == 0) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(
          ints != null ? ints[row] : java.util.Objects.requireNonNull(longs)[row]);
    }

    @Override
    public long bytes() {
      return 8L * present.length
          + (ints != null ? 4L * ints.length : 0)
          + (longs != null ? 8L * longs.length : 0);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Dense d
          && Arrays.equals(present, d.present)
          && Arrays.equals(ints, d.ints)
          && Arrays.equals(longs, d.longs);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(present) * 31 + Arrays.hashCode(ints) * 17 + Arrays.hashCode(longs);
    }

    @Override
    public String toString() {
      return "Dense[" + present.length * 64 + " rows]";
    }
  }

  /** The rows that have a value, ascending, and their values. */
  private record Sparse(int[] rows, long[] values) implements Column {
    static Sparse of(ActivityTable.Extras extras, int k, int count, int rowCount) {
      int[] rows = new int[count];
      long[] values = new long[count];
      int n = 0;
      for (int row = 0; row < rowCount; row++) {
        for (int e = extras.from(row); e < extras.to(row); e++) {
          if (extras.key[e] == k) {
            rows[n] = row;
            values[n++] = extras.value[e];
          }
        }
      }
      return new Sparse(rows, values);
    }

    @Override
    public OptionalLong get(int row) {
      int at = Arrays.binarySearch(rows, row);
      return at < 0 ? OptionalLong.empty() : OptionalLong.of(values[at]);
    }

    @Override
    public long bytes() {
      return 4L * rows.length + 8L * values.length;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Sparse s
          && Arrays.equals(rows, s.rows)
          && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(rows) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Sparse[" + rows.length + " rows]";
    }
  }
}

package io.github.qcdc.dataset;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.annotations.Beta;
import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.internal.Hashes;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The activities of a {@link Dataset}, stored as columns of primitives and sorted by unit (the
 * gazetteer's canonical index), then day, then id: the records of a unit, or of a run of units, are
 * one contiguous slice of rows found by binary search ({@link #firstRowOfUnit}).
 *
 * <p>Rows are numbered from 0. Types, quantity keys and attribute keys and values are stored once,
 * in sorted dictionaries; ids as UTF-8 bytes. {@link #get(int)} rebuilds the {@link Activity} of a
 * row.
 *
 * <p>This is the engine's view of the records; it is public for embedders that scan millions of
 * records, and may change. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Beta
public final class ActivityTable {
  private final Gazetteer gazetteer;
  private final List<Organization> organizations;
  private final int[] unit;
  private final int[] day;
  private final char[] type;
  private final int[] organiser;
  private final byte[] idBytes;

  /**
   * Where each id starts in {@link #idBytes}, and where the last ends; empty if all have one
   * length.
   */
  private final int[] idStart;

  /** The length in bytes of every id when all have one length (no {@link #idStart} then). */
  private final int idWidth;

  private final long[] rowHashes;
  private final ImmutableList<ActivityType> types;
  private final QuantityColumns quantities;
  private final Extras attributes;

  /**
   * Named values attached to some rows: row {@code r} owns entries {@code start[r]} to {@code
   * start[r + 1] - 1}; {@code start} is empty when no row has any. A value is a number, or for
   * texts an index into {@code texts}.
   */
  static final class Extras {
    static final Extras NONE =
        new Extras(new int[0], new int[0], new long[0], ImmutableList.of(), ImmutableList.of());

    final int[] start;
    final int[] key;
    final long[] value;
    final ImmutableList<String> keys;
    final ImmutableList<String> texts;

    Extras(
        int[] start,
        int[] key,
        long[] value,
        ImmutableList<String> keys,
        ImmutableList<String> texts) {
      this.start = start;
      this.key = key;
      this.value = value;
      this.keys = keys;
      this.texts = texts;
    }

    int from(int row) {
      return start.length == 0 ? 0 : start[row];
    }

    int to(int row) {
      return start.length == 0 ? 0 : start[row + 1];
    }

    long bytes() {
      return 4L * start.length + 4L * key.length + 8L * value.length;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Extras e
          && Arrays.equals(start, e.start)
          && Arrays.equals(key, e.key)
          && Arrays.equals(value, e.value)
          && keys.equals(e.keys)
          && texts.equals(e.texts);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(start) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Extras[" + key.length + " entries]";
    }
  }

  @SuppressWarnings("TooManyParameters")
  ActivityTable(
      Gazetteer gazetteer,
      List<Organization> organizations,
      int[] unit,
      int[] day,
      char[] type,
      int[] organiser,
      byte[] idBytes,
      int[] idStart,
      ImmutableList<ActivityType> types,
      Extras quantities,
      Extras attributes) {
    this.gazetteer = gazetteer;
    this.organizations = organizations;
    this.unit = unit;
    this.day = day;
    this.type = type;
    this.organiser = organiser;
    this.idBytes = idBytes;
    this.idWidth = sameWidth(idStart);
    this.idStart = idWidth > 0 ? new int[0] : idStart;
    this.rowHashes = rowHashes(idBytes, idStart, unit, day, type, organiser);
    this.types = types;
    this.quantities = QuantityColumns.of(quantities, unit.length);
    this.attributes = attributes;
  }

  /** {@return the number of rows} */
  public int size() {
    return unit.length;
  }

  /**
   * {@return the canonical index ({@link Gazetteer#indexOf}) of the unit of row {@code row}}
   *
   * @param row the row, from 0 to {@code size() - 1}
   */
  public int unit(int row) {
    return unit[row];
  }

  /**
   * {@return the epoch day ({@link LocalDate#toEpochDay()}) of row {@code row}}
   *
   * @param row the row, from 0 to {@code size() - 1}
   */
  public int epochDay(int row) {
    return day[row];
  }

  /**
   * {@return the day of row {@code row}}
   *
   * @param row the row, from 0 to {@code size() - 1}
   */
  public LocalDate date(int row) {
    return LocalDate.ofEpochDay(day[row]);
  }

  /**
   * {@return the type id of row {@code row}: an index into {@link #types()}}
   *
   * @param row the row, from 0 to {@code size() - 1}
   */
  public int typeId(int row) {
    return type[row];
  }

  /** {@return the activity types present, sorted by key; a type id indexes this list} */
  public ImmutableList<ActivityType> types() {
    return types;
  }

  /**
   * {@return the organiser of row {@code row}: an index into {@link Dataset#organizations()}, or
   * -1} A table none of whose rows has an organiser keeps no column for them.
   *
   * @param row the row, from 0 to {@code size() - 1}
   */
  public int organiser(int row) {
    return organiser.length == 0 ? -1 : organiser[row];
  }

  /**
   * {@return the id of row {@code row}}
   *
   * @param row the row, from 0 to {@code size() - 1}
   */
  public RecordId id(int row) {
    return RecordId.of(
        new String(idBytes, idFrom(row), idFrom(row + 1) - idFrom(row), StandardCharsets.UTF_8));
  }

  /**
   * {@return a 64-bit hash of row {@code row}: its unit, day, type, id (FNV-1a over its UTF-8
   * bytes) and organiser, mixed, the same in every run} Computed once when the table is built, so
   * that a content fingerprint reads one number a row; two rows with the same fields have the same
   * hash.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @since 0.2
   */
  public long rowHash(int row) {
    return rowHashes[row];
  }

  /** Where the id of {@code row} starts; for {@code size()}, where the last ends. */
  private int idFrom(int row) {
    return idWidth > 0 ? row * idWidth : idStart[row];
  }

  /** The length every id has, if all have one (a common id scheme), else 0. */
  private static int sameWidth(int[] starts) {
    if (starts.length < 2) {
      return 0;
    }
    int width = starts[1] - starts[0];
    for (int row = 1; row < starts.length - 1; row++) {
      if (starts[row + 1] - starts[row] != width) {
        return 0;
      }
    }
    return width;
  }

  private static long[] rowHashes(
      byte[] bytes, int[] starts, int[] unit, int[] day, char[] type, int[] organiser) {
    long[] hashes = new long[starts.length - 1];
    for (int row = 0; row < hashes.length; row++) {
      long h = 0xcbf29ce484222325L;
      for (int b = starts[row]; b < starts[row + 1]; b++) {
        h = (h ^ (bytes[b] & 0xff)) * 0x100000001b3L;
      }
      long by = organiser.length == 0 ? -1 : organiser[row];
      hashes[row] =
          Hashes.mix(
              ((long) unit[row] << 32) ^ day[row] ^ ((long) type[row] << 20) ^ h ^ (by << 44));
    }
    return hashes;
  }

  /**
   * {@return the id of row {@code row} as text, without re-validating it}
   *
   * @param row the row, from 0 to {@code size() - 1}
   */
  public String idText(int row) {
    return new String(idBytes, idFrom(row), idFrom(row + 1) - idFrom(row), StandardCharsets.UTF_8);
  }

  /**
   * {@return an immutable list of the ids of {@code rows} followed by {@code more}, built lazily:
   * an id's text is made when it is read} Equal, as a list, to the same ids in an {@code
   * ImmutableList}.
   *
   * @param rows the rows, in the order listed
   * @param more ids listed after them
   */
  public List<String> idList(int[] rows, List<String> more) {
    int[] copy = rows.clone();
    List<String> rest = ImmutableList.copyOf(more);
    return new AbstractList<String>() {
      @Override
      public String get(int index) {
        checkElementIndex(index, size(), "record");
        return index < copy.length ? idText(copy[index]) : rest.get(index - copy.length);
      }

      @Override
      public int size() {
        return copy.length + rest.size();
      }
    };
  }

  /** {@return the quantity keys some row carries, sorted} */
  public ImmutableList<String> quantityKeys() {
    return quantities.keys();
  }

  /** {@return the attribute keys some row carries, sorted} */
  public ImmutableList<String> attributeKeys() {
    return attributes.keys;
  }

  /**
   * {@return the quantity {@code key} of row {@code row}, if it has one}
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @param key the key
   */
  public OptionalLong quantity(int row, String key) {
    return quantities.get(row, key);
  }

  /**
   * {@return the attribute {@code key} of row {@code row}, if it has one}
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @param key the key
   */
  public Optional<String> attribute(int row, String key) {
    for (int e = attributes.from(row); e < attributes.to(row); e++) {
      if (attributes.keys.get(attributes.key[e]).equals(key)) {
        return Optional.of(attributes.texts.get((int) attributes.value[e]));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the first row whose unit's canonical index is {@code unitIndex} or more; {@link
   * #size()} if there is none} The rows of units {@code [a, b)} are {@code [firstRowOfUnit(a),
   * firstRowOfUnit(b))}.
   *
   * @param unitIndex a canonical unit index, from 0 to the gazetteer's size
   */
  public int firstRowOfUnit(int unitIndex) {
    int lo = 0;
    int hi = unit.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (unit[mid] < unitIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Rebuilds the activity of row {@code row}.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the activity as it was added
   */
  public Activity get(int row) {
    checkElementIndex(row, size(), "activity row");
    var builder =
        Activity.builder()
            .id(id(row))
            .type(types.get(type[row]))
            .unit(gazetteer.codeAt(unit[row]))
            .date(date(row));
    if (organiser(row) >= 0) {
      builder.organiser(organizations.get(organiser(row)).id());
    }
    for (int k = 0; k < quantities.keys().size(); k++) {
      OptionalLong value = quantities.get(row, k);
      if (value.isPresent()) {
        builder.putQuantities(quantities.keys().get(k), value.getAsLong());
      }
    }
    for (int e = attributes.from(row); e < attributes.to(row); e++) {
      builder.putAttributes(
          attributes.keys.get(attributes.key[e]), attributes.texts.get((int) attributes.value[e]));
    }
    return builder.build();
  }

  /** {@return every activity, rebuilt, in row order} Meant for small tables and tests. */
  public ImmutableList<Activity> toList() {
    ImmutableList.Builder<Activity> all = ImmutableList.builderWithExpectedSize(size());
    for (int row = 0; row < size(); row++) {
      all.add(get(row));
    }
    return all.build();
  }

  /**
   * {@return the bytes the columns hold: the arrays' contents, without object headers or the shared
   * dictionaries} A measure of the table's footprint per row.
   */
  public long columnBytes() {
    return 4L * unit.length
        + 4L * day.length
        + 2L * type.length
        + 4L * organiser.length
        + idBytes.length
        + 4L * idStart.length
        + 8L * rowHashes.length
        + quantities.bytes()
        + attributes.bytes();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ActivityTable t
        && Arrays.equals(unit, t.unit)
        && Arrays.equals(day, t.day)
        && Arrays.equals(type, t.type)
        && Arrays.equals(organiser, t.organiser)
        && idWidth == t.idWidth
        && Arrays.equals(idStart, t.idStart)
        && Arrays.equals(idBytes, t.idBytes)
        && types.equals(t.types)
        && quantities.equals(t.quantities)
        && attributes.equals(t.attributes);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(unit) * 31 + Arrays.hashCode(day)) * 31 + Arrays.hashCode(idBytes);
  }

  @Override
  public String toString() {
    return "ActivityTable[" + size() + " rows]";
  }
}

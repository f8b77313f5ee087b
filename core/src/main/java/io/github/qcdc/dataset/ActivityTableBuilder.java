package io.github.qcdc.dataset;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.internal.IntSorter;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends activities to growable columns, checks them, and sorts them into an {@link
 * ActivityTable}.
 */
final class ActivityTableBuilder {
  private final Gazetteer gazetteer;
  private final ProblemList problems;
  private int size;
  private int[] unit = new int[16];
  private int[] day = new int[16];
  private int[] type = new int[16];
  private int[] organiser = new int[16];
  private int[] idStart = new int[17];
  private byte[] idBytes = new byte[256];
  private final Dictionary<ActivityType> types = new Dictionary<>();
  private final Dictionary<OrganizationId> organisers = new Dictionary<>();
  private final ExtrasBuilder quantities = new ExtrasBuilder();
  private final ExtrasBuilder attributes = new ExtrasBuilder();

  ActivityTableBuilder(Gazetteer gazetteer, ProblemList problems) {
    this.gazetteer = gazetteer;
    this.problems = problems;
  }

  int size() {
    return size;
  }

  void add(Activity activity) {
    int row = size;
    if (row == unit.length) {
      int capacity = Math.max(16, row + (row >> 1));
      unit = Arrays.copyOf(unit, capacity);
      day = Arrays.copyOf(day, capacity);
      type = Arrays.copyOf(type, capacity);
      organiser = Arrays.copyOf(organiser, capacity);
      idStart = Arrays.copyOf(idStart, capacity + 1);
    }
    unit[row] = unitIndex(activity, Problem.Item.of("activities", row, "unit"));
    day[row] = (int) activity.date().toEpochDay();
    type[row] = types.id(activity.type());
    organiser[row] = activity.organiser().map(organisers::id).orElse(-1);
    byte[] id = activity.id().value().getBytes(StandardCharsets.UTF_8);
    int end = idStart[row] + id.length;
    if (end > idBytes.length) {
      idBytes = Arrays.copyOf(idBytes, Math.max(end, idBytes.length + (idBytes.length >> 1)));
    }
    System.arraycopy(id, 0, idBytes, idStart[row], id.length);
    idStart[row + 1] = end;
    activity
        .quantities()
        .forEach(
            (key, value) -> {
              if (value < 0) {
                problems.add(
                    Problem.Item.of("activities", row, "quantities." + key),
                    "activity %s: quantity %s must not be negative: %s",
                    activity.id(),
                    key,
                    value);
              }
              quantities.add(key, value);
            });
    quantities.endRow(row);
    activity.attributes().forEach((key, value) -> attributes.add(key, attributes.text(value)));
    attributes.endRow(row);
    size++;
  }

  private int unitIndex(Activity activity, Problem.Item path) {
    if (!gazetteer.contains(activity.unit())) {
      problems.add(path, "activity %s: unknown unit %s", activity.id(), activity.unit());
      return -1;
    }
    if (gazetteer.unit(activity.unit(), activity.date()).isEmpty()) {
      problems.add(
          path,
          "activity %s: unit %s is not in force on %s; it is in force %s",
          activity.id(),
          activity.unit(),
          activity.date(),
          span(gazetteer.versions(activity.unit())));
      return -1;
    }
    return gazetteer.indexOf(activity.unit());
  }

  static DateInterval span(List<AdminUnit> versions) {
    return DateInterval.of(
        versions.get(0).validity().start(), versions.get(versions.size() - 1).validity().end());
  }

  /** Checks organisers against the dataset's organisations, sorted by id. */
  void checkOrganisers(List<Organization> sorted, Map<OrganizationId, Integer> index) {
    for (int row = 0; row < size; row++) {
      if (organiser[row] < 0) {
        continue;
      }
      OrganizationId id = organisers.value(organiser[row]);
      Integer found = index.get(id);
      Problem.Item path = Problem.Item.of("activities", row, "organiser");
      if (found == null) {
        problems.add(path, "activity %s: unknown organization %s", idAt(row), id);
      } else if (!sorted.get(found).validity().contains(LocalDate.ofEpochDay(day[row]))) {
        problems.add(
            path,
            "activity %s: organization %s is not in force on %s; it is in force %s",
            idAt(row),
            id,
            LocalDate.ofEpochDay(day[row]),
            sorted.get(found).validity());
      }
    }
  }

  /** Reports every id used more than once, at each later use. */
  void checkDuplicateIds() {
    long[] hashes = new long[size];
    for (int row = 0; row < size; row++) {
      hashes[row] = hash(row);
    }
    long[] sorted = hashes.clone();
    Arrays.sort(sorted);
    Set<Long> repeated = new HashSet<>();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        repeated.add(sorted[i]);
      }
    }
    if (repeated.isEmpty()) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int row = 0; row < size; row++) {
      if (repeated.contains(hashes[row])) {
        String id = idAt(row);
        Integer earlier = first.putIfAbsent(id, row);
        if (earlier != null) {
          problems.add(
              Problem.Item.of("activities", row, "id"),
              "duplicate activity id %s, first used at activities[%s]",
              id,
              earlier);
        }
      }
    }
  }

  private String idAt(int row) {
    return new String(
        idBytes, idStart[row], idStart[row + 1] - idStart[row], StandardCharsets.UTF_8);
  }

  private long hash(int row) {
    long h = 0xcbf29ce484222325L;
    for (int b = idStart[row]; b < idStart[row + 1]; b++) {
      h = (h ^ (idBytes[b] & 0xff)) * 0x100000001b3L;
    }
    return h ^ (h >>> 31);
  }

  private int compareIds(int a, int b) {
    return Arrays.compareUnsigned(
        idBytes, idStart[a], idStart[a + 1], idBytes, idStart[b], idStart[b + 1]);
  }

  /** Sorts the rows by unit, day and id, and freezes them; call only when there are no problems. */
  ActivityTable build(List<Organization> sortedOrganizations, Map<OrganizationId, Integer> index) {
    int[] order = new int[size];
    Arrays.setAll(order, i -> i);
    IntSorter.sort(
        order,
        (a, b) -> {
          int c = Integer.compare(unit[a], unit[b]);
          if (c == 0) {
            c = Integer.compare(day[a], day[b]);
          }
          return c != 0 ? c : compareIds(a, b);
        });
    int[] typeRank = types.ranks();
    int[] organiserIndex = new int[organisers.size()];
    for (int o = 0; o < organiserIndex.length; o++) {
      organiserIndex[o] = index.getOrDefault(organisers.value(o), -1);
    }
    int[] sortedUnit = new int[size];
    int[] sortedDay = new int[size];
    char[] sortedType = new char[size];
    int[] sortedOrganiser = new int[size];
    int[] sortedIdStart = new int[size + 1];
    byte[] sortedIdBytes = new byte[idStart[size]];
    for (int i = 0; i < size; i++) {
      int row = order[i];
      sortedUnit[i] = unit[row];
      sortedDay[i] = day[row];
      sortedType[i] = (char) typeRank[type[row]];
      sortedOrganiser[i] = organiser[row] < 0 ? -1 : organiserIndex[organiser[row]];
      int length = idStart[row + 1] - idStart[row];
      System.arraycopy(idBytes, idStart[row], sortedIdBytes, sortedIdStart[i], length);
      sortedIdStart[i + 1] = sortedIdStart[i] + length;
    }
    return new ActivityTable(
        gazetteer,
        sortedOrganizations,
        sortedUnit,
        sortedDay,
        sortedType,
        sortedOrganiser,
        sortedIdBytes,
        sortedIdStart,
        ImmutableList.sortedCopyOf(types.values()),
        quantities.build(order, false),
        attributes.build(order, true));
  }

  /** Values numbered in order of first use; {@link #ranks()} maps numbers to sorted positions. */
  static final class Dictionary<T extends Comparable<? super T>> {
    private final Map<T, Integer> ids = new HashMap<>();
    private final java.util.ArrayList<T> values = new java.util.ArrayList<>();

    int id(T value) {
      Integer id = ids.get(value);
      if (id == null) {
        id = values.size();
        ids.put(value, id);
        values.add(value);
      }
      return id;
    }

    T value(int id) {
      return values.get(id);
    }

    int size() {
      return values.size();
    }

    List<T> values() {
      return values;
    }

    int[] ranks() {
      Integer[] byValue = new Integer[values.size()];
      Arrays.setAll(byValue, i -> i);
      Arrays.sort(byValue, (a, b) -> values.get(a).compareTo(values.get(b)));
      int[] rank = new int[values.size()];
      for (int r = 0; r < byValue.length; r++) {
        rank[byValue[r]] = r;
      }
      return rank;
    }
  }
}

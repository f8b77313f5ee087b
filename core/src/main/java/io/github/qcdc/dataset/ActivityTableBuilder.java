package io.github.qcdc.dataset;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.internal.IntSorter;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
  private final Map<UnitCode, UnitDays> units = new HashMap<>();

  ActivityTableBuilder(Gazetteer gazetteer, ProblemList problems) {
    this.gazetteer = gazetteer;
    this.problems = problems;
  }

  int size() {
    return size;
  }

  void add(Activity activity) {
    add(
        activity.id(),
        activity.type(),
        activity.unit(),
        activity.date(),
        activity.organiser().orElse(null),
        activity.quantities(),
        activity.attributes());
  }

  /**
   * Appends one activity from its fields; {@code quantities} and {@code attributes} are in key
   * order (an activity's own maps are), their keys already checked.
   */
  void add(
      RecordId id,
      ActivityType activityType,
      UnitCode unitCode,
      LocalDate date,
      @Nullable OrganizationId organiserId,
      Map<String, Long> quantityMap,
      Map<String, String> attributeMap) {
    int row = size;
    if (row == unit.length) {
      int capacity = Math.max(16, row + (row >> 1));
      unit = Arrays.copyOf(unit, capacity);
      day = Arrays.copyOf(day, capacity);
      type = Arrays.copyOf(type, capacity);
      organiser = Arrays.copyOf(organiser, capacity);
      idStart = Arrays.copyOf(idStart, capacity + 1);
    }
    unit[row] = unitIndex(id, unitCode, date, row);
    day[row] = (int) date.toEpochDay();
    type[row] = types.id(activityType);
    organiser[row] = organiserId == null ? -1 : organisers.id(organiserId);
    appendId(row, id.value());
    if (!quantityMap.isEmpty()) {
      for (Map.Entry<String, Long> q : quantityMap.entrySet()) {
        long value = q.getValue();
        if (value < 0) {
          problems.add(
              Problem.Item.of("activities", row, "quantities." + q.getKey()),
              "activity %s: quantity %s must not be negative: %s",
              id,
              q.getKey(),
              value);
        }
        quantities.add(q.getKey(), value);
      }
    }
    quantities.endRow(row);
    if (!attributeMap.isEmpty()) {
      attributeMap.forEach((key, value) -> attributes.add(key, attributes.text(value)));
    }
    attributes.endRow(row);
    size++;
  }

  /** Appends the UTF-8 bytes of {@code id} (ASCII ids byte by byte, without an array). */
  private void appendId(int row, String id) {
    int start = idStart[row];
    int n = id.length();
    if (start + n * 4 > idBytes.length) {
      idBytes =
          Arrays.copyOf(idBytes, Math.max(start + n * 4, idBytes.length + (idBytes.length >> 1)));
    }
    int at = start;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, idBytes, start, bytes.length);
        at = start + bytes.length;
        break;
      }
      idBytes[at++] = (byte) c;
    }
    idStart[row + 1] = at;
  }

  private int unitIndex(RecordId id, UnitCode code, LocalDate date, int row) {
    UnitDays unitDays = units.get(code);
    if (unitDays == null) {
      unitDays = unitDays(code);
      if (unitDays.index() >= 0) {
        units.put(code, unitDays); // unknown codes are not kept: a bad file cannot grow the table
      }
    }
    if (unitDays.inForceOn(date.toEpochDay())) {
      return unitDays.index();
    }
    List<AdminUnit> versions = gazetteer.versions(code);
    if (versions.isEmpty()) {
      problems.add(
          Problem.Item.of("activities", row, "unit"), "activity %s: unknown unit %s", id, code);
    } else {
      problems.add(
          Problem.Item.of("activities", row, "unit"),
          "activity %s: unit %s is not in force on %s; it is in force %s",
          id,
          code,
          date,
          span(versions));
    }
    return -1;
  }

  private UnitDays unitDays(UnitCode code) {
    List<AdminUnit> versions = gazetteer.versions(code);
    long[] days = new long[versions.size() * 2];
    for (int v = 0; v < versions.size(); v++) {
      DateInterval validity = versions.get(v).validity();
      days[2 * v] = validity.start().toEpochDay();
      days[2 * v + 1] = validity.end().toEpochDay();
    }
    return new UnitDays(versions.isEmpty() ? -1 : gazetteer.indexOf(code), days);
  }

  /**
   * A unit's canonical index and the days its versions are in force, as first and last epoch days:
   * looked up once per code, as activities name the same units again and again.
   */
  private record UnitDays(int index, long[] days) {
    boolean inForceOn(long day) {
      for (int v = 0; v < days.length; v += 2) {
        if (day >= days[v] && day <= days[v + 1]) {
          return true;
        }
      }
      return false;
    }
  }

  static DateInterval span(List<AdminUnit> versions) {
    return DateInterval.of(
        versions.get(0).validity().start(), versions.get(versions.size() - 1).validity().end());
  }

  /**
   * Checks organisers against the dataset's organisations, sorted by id: each distinct organiser is
   * looked up once, each row's day compared with its organisation's days in force.
   */
  void checkOrganisers(List<Organization> sorted, Map<OrganizationId, Integer> index) {
    int distinct = organisers.size();
    int[] found = new int[distinct];
    long[] first = new long[distinct];
    long[] last = new long[distinct];
    for (int o = 0; o < distinct; o++) {
      Integer at = index.get(organisers.value(o));
      found[o] = at == null ? -1 : at;
      if (at != null) {
        DateInterval validity = sorted.get(at).validity();
        first[o] = validity.start().toEpochDay();
        last[o] = validity.end().toEpochDay();
      }
    }
    for (int row = 0; row < size; row++) {
      int o = organiser[row];
      if (o < 0 || found[o] >= 0 && day[row] >= first[o] && day[row] <= last[o]) {
        continue;
      }
      OrganizationId id = organisers.value(o);
      Problem.Item path = Problem.Item.of("activities", row, "organiser");
      if (found[o] < 0) {
        problems.add(path, "activity %s: unknown organization %s", idAt(row), id);
      } else {
        problems.add(
            path,
            "activity %s: organization %s is not in force on %s; it is in force %s",
            idAt(row),
            id,
            LocalDate.ofEpochDay(day[row]),
            sorted.get(found[o]).validity());
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
    // no organiser column when no row has one: it would hold only -1
    int[] sortedOrganiser = organisers.size() == 0 ? new int[0] : new int[size];
    int[] sortedIdStart = new int[size + 1];
    byte[] sortedIdBytes = new byte[idStart[size]];
    for (int i = 0; i < size; i++) {
      int row = order[i];
      sortedUnit[i] = unit[row];
      sortedDay[i] = day[row];
      sortedType[i] = (char) typeRank[type[row]];
      if (sortedOrganiser.length > 0) {
        sortedOrganiser[i] = organiser[row] < 0 ? -1 : organiserIndex[organiser[row]];
      }
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

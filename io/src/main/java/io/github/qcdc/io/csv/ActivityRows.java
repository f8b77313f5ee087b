package io.github.qcdc.io.csv;

import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.internal.ActivityFields;
import io.github.qcdc.io.internal.ActivityValues;
import io.github.qcdc.io.internal.Records;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of an activities file by column position, with its recurring texts parsed once
 * ({@link ActivityValues}). A row any of whose cells is not plainly valid is read again by {@link
 * Records#activity}, which states its problems: the two readings give the same record whenever the
 * quick one gives one ({@code ActivityRowsTest}).
 */
final class ActivityRows implements CsvRows.RowReader<ActivityFields> {
  private final ActivityValues values = new ActivityValues();
  private final boolean quick;
  private @Nullable List<String> names;
  private int id;
  private int type;
  private int unit;
  private int date;
  private int organiser;
  private String[] quantityKeys = new String[0];
  private int[] quantityColumns = new int[0];
  private String[] attributeKeys = new String[0];
  private int[] attributeColumns = new int[0];
  private boolean keysValid;

  /** A reader of rows; with {@code quick} false, every row is read the general way. */
  ActivityRows(boolean quick) {
    this.quick = quick;
  }

  @Override
  public @Nullable ActivityFields read(CsvRows.Row row) {
    if (quick) {
      if (row.names() != names) {
        bind(row.names());
      }
      ActivityFields fields = quick(row);
      if (fields != null) {
        return fields;
      }
    }
    return Records.activity(row).map(ActivityFields::of).orElse(null);
  }

  /**
   * Notes the columns of {@code header}; a quantity or attribute column whose key is not a key
   * turns the quick reading off for the file, as every row then has a problem to state.
   */
  private void bind(List<String> header) {
    names = header;
    id = header.indexOf("id");
    type = header.indexOf("type");
    unit = header.indexOf("unit");
    date = header.indexOf("date");
    organiser = header.indexOf("organiser");
    int quantities = 0;
    int attributes = 0;
    for (String name : header) {
      quantities += name.startsWith("quantity.") ? 1 : 0;
      attributes += name.startsWith("attribute.") ? 1 : 0;
    }
    quantityKeys = new String[quantities];
    quantityColumns = new int[quantities];
    attributeKeys = new String[attributes];
    attributeColumns = new int[attributes];
    int q = 0;
    int a = 0;
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.startsWith("quantity.")) {
        quantityKeys[q] = name.substring("quantity.".length());
        quantityColumns[q++] = c;
      } else if (name.startsWith("attribute.")) {
        attributeKeys[a] = name.substring("attribute.".length());
        attributeColumns[a++] = c;
      }
    }
    keysValid = true;
    for (String key : quantityKeys) {
      keysValid &= ActivityValues.isKey(key);
    }
    for (String key : attributeKeys) {
      keysValid &= ActivityValues.isKey(key);
    }
  }

  /** The row's activity if every cell is plainly valid, else null. */
  private @Nullable ActivityFields quick(CsvRows.Row row) {
    if (!keysValid) {
      return null;
    }
    RecordId recordId = ActivityValues.id(row.cell(id).trim());
    ActivityType activityType = values.type(row.cell(type).trim());
    UnitCode unitCode = ActivityValues.unit(row.cell(unit).trim());
    LocalDate day = day(row.cell(date).trim());
    if (recordId == null || activityType == null || unitCode == null || day == null) {
      return null;
    }
    Optional<OrganizationId> by = Optional.empty();
    if (organiser >= 0) {
      String text = row.cell(organiser).trim();
      if (!text.isEmpty()) {
        OrganizationId found = ActivityValues.organiser(text);
        if (found == null) {
          return null;
        }
        by = Optional.of(found);
      }
    }
    Map<String, Long> quantities = Map.of();
    for (int q = 0; q < quantityColumns.length; q++) {
      String text = row.cell(quantityColumns[q]).trim();
      if (!text.isEmpty()) {
        Long value = ActivityValues.whole(text);
        if (value == null) {
          return null;
        }
        quantities = with(quantities, quantityKeys[q], value);
      }
    }
    Map<String, String> attributes = Map.of();
    for (int a = 0; a < attributeColumns.length; a++) {
      String text = row.cell(attributeColumns[a]).trim();
      if (!text.isEmpty()) {
        attributes = with(attributes, attributeKeys[a], text);
      }
    }
    return new ActivityFields(recordId, activityType, unitCode, day, by, quantities, attributes);
  }

  private static @Nullable LocalDate day(String text) {
    return text.indexOf('/') >= 0
        ? ActivityValues.vietnameseDate(text)
        : ActivityValues.isoDate(text);
  }

  /** {@code map} with one more entry: a map of one, or a sorted map of several. */
  private static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
    if (map.isEmpty()) {
      return Map.of(key, value);
    }
    Map<String, V> more = new TreeMap<>(map);
    more.put(key, value);
    return more;
  }
}

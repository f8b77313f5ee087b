package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.internal.ActivityFields;
import io.github.qcdc.io.internal.ActivityValues;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads an activity the quick way: an NDJSON line by one pass of the streaming parser straight to
 * the activity's fields, no tree; an element of a dataset document from its tree, without the
 * general reader's bookkeeping. A line it does not take plainly (an unknown or repeated field, a
 * value of the wrong kind, a bad id, anything but one object) gives null, and the reader reads it
 * again the general way, which states the problem: the two readings give the same record whenever
 * the quick one gives one ({@code ActivityLineTest}).
 */
final class ActivityLine {
  private static final int ID = 1;
  private static final int TYPE = 2;
  private static final int UNIT = 4;
  private static final int DATE = 8;
  private static final int ORGANISER = 16;
  private static final int QUANTITIES = 32;
  private static final int ATTRIBUTES = 64;
  private static final int REQUIRED = ID | TYPE | UNIT | DATE;

  private final JsonFactory factory;
  private final ActivityValues values = new ActivityValues();

  ActivityLine(JsonFactory factory) {
    this.factory = factory;
  }

  /** The activity of {@code line}, or null to read it the general way. */
  @Nullable ActivityFields read(String line) {
    try (JsonParser parser = factory.createParser(line)) {
      return fields(parser);
    } catch (IOException | IllegalArgumentException e) {
      return null; // the general reading states it
    }
  }

  private @Nullable ActivityFields fields(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    int seen = 0;
    String id = "";
    String type = "";
    String unit = "";
    String date = "";
    Optional<OrganizationId> organiser = Optional.empty();
    Map<String, Long> quantities = Map.of();
    Map<String, String> attributes = Map.of();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      int field = field(parser.currentName());
      JsonToken value = parser.nextToken();
      if (field == 0 || (seen & field) != 0) {
        return null;
      }
      seen |= field;
      if (field == QUANTITIES || field == ATTRIBUTES) {
        if (value != JsonToken.START_OBJECT) {
          return null;
        }
        Map<String, ?> entries = entries(parser, field == QUANTITIES);
        if (entries == null) {
          return null;
        }
        if (field == QUANTITIES) {
          quantities = cast(entries);
        } else {
          attributes = cast(entries);
        }
        continue;
      }
      if (value != JsonToken.VALUE_STRING) {
        return null;
      }
      String text = parser.getText();
      switch (field) {
        case ID -> id = text;
        case TYPE -> type = text;
        case UNIT -> unit = text;
        case DATE -> date = text;
        default -> organiser = Optional.ofNullable(ActivityValues.organiser(text));
      }
      if (field == ORGANISER && organiser.isEmpty()) {
        return null;
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT
        || parser.nextToken() != null
        || (seen & REQUIRED) != REQUIRED) {
      return null;
    }
    return activity(id, type, unit, date, organiser, quantities, attributes);
  }

  /**
   * The activity of {@code node}, an element of a dataset document's {@code activities} already
   * read as a tree, or null to read it the general way ({@link Converters#activity}).
   */
  @Nullable ActivityFields read(JsonNode node) {
    if (!node.isObject() || node.size() > 7) {
      return null;
    }
    JsonNode id = node.get("id");
    JsonNode type = node.get("type");
    JsonNode unit = node.get("unit");
    JsonNode date = node.get("date");
    JsonNode organiser = node.get("organiser");
    JsonNode quantities = node.get("quantities");
    JsonNode attributes = node.get("attributes");
    int known = 4 + (organiser == null ? 0 : 1) + (quantities == null ? 0 : 1);
    if (id == null
        || type == null
        || unit == null
        || date == null
        || !id.isTextual()
        || !type.isTextual()
        || !unit.isTextual()
        || !date.isTextual()
        || organiser != null && !organiser.isTextual()
        || known + (attributes == null ? 0 : 1) != node.size()) {
      return null;
    }
    Map<String, Long> wholes = quantities == null ? Map.of() : wholes(quantities);
    Map<String, String> texts = attributes == null ? Map.of() : texts(attributes);
    OrganizationId by = organiser == null ? null : ActivityValues.organiser(organiser.textValue());
    if (wholes == null || texts == null || organiser != null && by == null) {
      return null;
    }
    return activity(
        id.textValue(),
        type.textValue(),
        unit.textValue(),
        date.textValue(),
        Optional.ofNullable(by),
        wholes,
        texts);
  }

  private static @Nullable Map<String, Long> wholes(JsonNode object) {
    if (!object.isObject()) {
      return null;
    }
    Map<String, Long> entries = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode v = e.getValue();
      if (!v.isIntegralNumber() || !v.canConvertToLong() || !ActivityValues.isKey(e.getKey())) {
        return null;
      }
      entries.put(e.getKey(), v.longValue());
    }
    return entries.size() == 1 ? Map.copyOf(entries) : entries;
  }

  private static @Nullable Map<String, String> texts(JsonNode object) {
    if (!object.isObject()) {
      return null;
    }
    Map<String, String> entries = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode v = e.getValue();
      if (!v.isTextual() || !ActivityValues.isKey(e.getKey())) {
        return null;
      }
      entries.put(e.getKey(), v.textValue());
    }
    return entries.size() == 1 ? Map.copyOf(entries) : entries;
  }

  /** The activity of these field texts, or null if one is not plainly valid. */
  private @Nullable ActivityFields activity(
      String id,
      String type,
      String unit,
      String date,
      Optional<OrganizationId> organiser,
      Map<String, Long> quantities,
      Map<String, String> attributes) {
    RecordId recordId = ActivityValues.id(id);
    ActivityType activityType = values.type(type);
    UnitCode unitCode = ActivityValues.unit(unit);
    LocalDate day = ActivityValues.isoDate(date);
    if (recordId == null || activityType == null || unitCode == null || day == null) {
      return null;
    }
    return new ActivityFields(
        recordId, activityType, unitCode, day, organiser, quantities, attributes);
  }

  private static int field(String name) {
    return switch (name) {
      case "id" -> ID;
      case "type" -> TYPE;
      case "unit" -> UNIT;
      case "date" -> DATE;
      case "organiser" -> ORGANISER;
      case "quantities" -> QUANTITIES;
      case "attributes" -> ATTRIBUTES;
      default -> 0;
    };
  }

  /**
   * The entries of the object the parser is at: whole numbers in the range of a long, or strings;
   * null for any other value, a repeated key or a key that is not a key.
   */
  private static @Nullable Map<String, ?> entries(JsonParser parser, boolean wholes)
      throws IOException {
    Map<String, Object> entries = new TreeMap<>();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      Object entry;
      if (wholes) {
        if (value != JsonToken.VALUE_NUMBER_INT
            || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return null;
        }
        entry = parser.getLongValue();
      } else {
        if (value != JsonToken.VALUE_STRING) {
          return null;
        }
        entry = parser.getText();
      }
      if (!ActivityValues.isKey(key) || entries.put(key, entry) != null) {
        return null;
      }
    }
    return entries.size() == 1 ? Map.copyOf(entries) : entries;
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> cast(Map<String, ?> entries) {
    return (Map<String, V>) entries;
  }
}

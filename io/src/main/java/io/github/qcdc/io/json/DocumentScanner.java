package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Walks a document of definitions or results: a top-level object whose record arrays are read one
 * element at a time (each element a small tree, placed by its own line and column) and whose other
 * fields are read whole. Checks the {@code format} field; malformed JSON becomes a problem at its
 * line and column, after the problems found before it.
 */
final class DocumentScanner {
  /** Receives the top-level fields other than the record arrays. */
  @FunctionalInterface
  interface Field {
    void read(String name, JsonNode value, String place);
  }

  /** Receives each element of a record array. */
  @FunctionalInterface
  interface Element {
    void read(String array, JsonNode element, String place, String pointer) throws IOException;
  }

  private final String source;
  private final String format;
  private final String noun;
  private final List<Problem> problems;

  /**
   * A scanner of {@code source}, which must carry {@code format}; {@code noun} names the kind of
   * document in messages ("rule pack").
   */
  DocumentScanner(String source, String format, String noun, List<Problem> problems) {
    this.source = source;
    this.format = format;
    this.noun = noun;
    this.problems = problems;
  }

  /** The message for a format field holding {@code found} where {@code expected} was expected. */
  static String formatMismatch(String found, String expected, String noun) {
    String family = expected.substring(0, expected.indexOf('/') + 1);
    return found.startsWith(family)
        ? "unsupported version " + found + "; this reader reads " + expected
        : "not a qcdc " + noun + " document: format " + found + ", expected " + expected;
  }

  /** The JSON Schema of {@code format} ({@code qcdc.report/1}), a resource of this jar. */
  static InputStream schema(String format) {
    String name = format.replace('/', '-') + ".schema.json";
    InputStream in = DocumentScanner.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the schema " + name + " is missing from the jar");
    }
    return in;
  }

  /**
   * Reads the document, sending the elements of {@code arrays} and the other fields on; returns
   * whether the document carries the expected format (when it does not, the rest of its problems
   * are noise a caller may skip).
   */
  boolean scan(
      ObjectMapper mapper, InputStream in, Set<String> arrays, Element element, Field field)
      throws IOException {
    boolean formatSeen = false;
    boolean formatMatched = false;
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new QcdcException(
              "invalid " + noun + " " + source,
              List.of(
                  Problem.of(
                      source + ":1:1", "expected a JSON object with \"format\": \"%s\"", format)));
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation at = p.currentTokenLocation();
          p.nextToken();
          String place = place(at);
          if (arrays.contains(name)) {
            array(mapper, p, name, place, element);
          } else if (name.equals("format")) {
            formatSeen = true;
            JsonNode value = mapper.readTree(p);
            formatMatched = value.isTextual() && value.textValue().equals(format);
            if (!formatMatched) {
              problems.add(
                  Problem.of(place + " /format", formatMismatch(value.asText(), format, noun)));
            }
          } else {
            field.read(name, mapper.readTree(p), place);
          }
        }
        if (p.currentToken() == JsonToken.END_OBJECT && p.nextToken() != null) {
          problems.add(Problem.of(place(p.currentTokenLocation()), DatasetJson.TRAILING));
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() == null ? p.currentLocation() : e.getLocation();
        problems.add(Problem.of(place(at), DatasetJson.malformed(e)));
      }
    }
    if (!formatSeen && problems.isEmpty()) {
      problems.add(
          Problem.of(source + " /format", "required field is missing; expected \"%s\"", format));
    }
    return formatMatched;
  }

  /** {@code file:line:column} of {@code at}. */
  private String place(JsonLocation at) {
    return source + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  /** Sends each element of array {@code name} on, with its place and pointer. */
  private void array(ObjectMapper mapper, JsonParser p, String name, String place, Element element)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      problems.add(Problem.of(place + " /" + name, "expected an array"));
      p.skipChildren();
      return;
    }
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String start = place(p.currentTokenLocation());
      element.read(name, mapper.readTree(p), start, "/" + name + "/" + index++);
    }
  }
}

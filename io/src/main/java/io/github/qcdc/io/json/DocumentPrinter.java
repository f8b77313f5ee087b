package io.github.qcdc.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lays a document out one record per line: the top-level fields each on a line, the elements of
 * each top-level array each on a line, everything inside a record compact. Line breaks are {@code
 * \n} whatever the platform, so the same document gives the same bytes everywhere.
 */
final class DocumentPrinter extends MinimalPrettyPrinter {
  private static final long serialVersionUID = 1L;

  private static boolean topLevel(JsonStreamContext context) {
    JsonStreamContext parent = context.getParent();
    return parent != null && parent.inRoot();
  }

  private static boolean section(JsonStreamContext context) {
    JsonStreamContext parent = context.getParent();
    return context.inArray() && parent != null && topLevel(parent);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(topLevel(g.getOutputContext()) ? ",\n" : ",");
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (section(g.getOutputContext())) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(section(g.getOutputContext()) ? ",\n" : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    if (section(g.getOutputContext())) {
      g.writeRaw("\n]");
    } else {
      g.writeRaw(']');
    }
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    g.writeRaw(topLevel(g.getOutputContext()) ? "\n}" : "}");
  }

  /** The body of a document, written after its {@code format} field. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes a document to {@code out} (not closed): an object whose first field is {@code format},
   * then what {@code body} writes, laid out by this printer, ending with a line break.
   */
  static void document(OutputStream out, String format, Body body) throws IOException {
    try (JsonGenerator g = DatasetJson.factory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCodec(DatasetJson.MAPPER);
      g.setPrettyPrinter(new DocumentPrinter());
      g.writeStartObject();
      g.writeStringField("format", format);
      body.write(g);
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}

package io.github.qcdc.jackson3;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.QcdcVersion;
import io.github.qcdc.io.json.QcdcModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The qcdc module for Jackson 3 ({@code tools.jackson}): every type of {@link QcdcModule#types()}
 * in the same wire form as the Jackson 2 module and the documents, because it is written and read
 * by them. A value is written by qcdc's own writer and its tokens copied into the caller's
 * generator, numbers exactly; a value is read by copying its tokens out of the caller's parser and
 * reading them with qcdc's strict readers, whose message (with the place, the JSON pointer and the
 * reason) becomes the mismatch Jackson 3 reports.
 *
 * <p>Found by {@code JsonMapper.builder().findAndAddModules()} through {@code ServiceLoader}, and
 * registered in Spring Boot 4's mapper by {@code qcdc-spring-boot}.
 *
 * <p>A whole document is held in memory while it goes through the module (twice: as qcdc's text and
 * as the caller's tokens); large datasets go through {@code DatasetJson} and {@code
 * ActivityNdjson}, which stream.
 *
 * @since 0.2
 */
public final class QcdcJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** qcdc's own Jackson 2 mapper, which holds the wire forms. */
  private static final ObjectMapper QCDC = new ObjectMapper().registerModule(new QcdcModule());

  /** A plain Jackson 3 mapper for the copies: no module, no feature changed. */
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** The module. */
  public QcdcJackson3Module() {
    super(
        "qcdc", VersionUtil.parseVersion(QcdcVersion.current(), "io.github.qcdc", "qcdc-jackson3"));
    for (Class<?> type : types()) {
      bridge(type);
    }
  }

  /**
   * {@return the types this module writes and reads: those of the Jackson 2 module, {@link
   * QcdcModule#types()}}
   */
  public static List<Class<?>> types() {
    return new QcdcModule().types();
  }

  private <T> void bridge(Class<T> type) {
    addSerializer(type, new Writer<T>());
    addDeserializer(type, new Reader<>(type));
  }

  /** Writes a value with qcdc's writer and copies its tokens, numbers exactly. */
  private static final class Writer<T> extends ValueSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      byte[] json;
      try {
        json = QCDC.writeValueAsBytes(value);
      } catch (IOException e) {
        throw tools.jackson.databind.DatabindException.from(
            context, "cannot write " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
      }
      try (JsonParser p = PLAIN.createParser(json)) {
        p.nextToken();
        g.copyCurrentStructureExact(p);
      }
    }
  }

  /** Copies a value's tokens and reads them with qcdc's strict reader. */
  private static final class Reader<T> extends ValueDeserializer<T> {
    private final Class<T> type;

    Reader(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      TokenStreamLocation start = p.currentTokenLocation();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonGenerator g = PLAIN.createGenerator(bytes)) {
        if (p.currentToken() == JsonToken.PROPERTY_NAME) {
          // the object's start was taken by the caller: its properties follow
          g.writeStartObject();
          while (p.currentToken() == JsonToken.PROPERTY_NAME) {
            g.copyCurrentStructureExact(p);
            p.nextToken();
          }
          g.writeEndObject();
        } else {
          g.copyCurrentStructureExact(p);
        }
      }
      try {
        return QCDC.readValue(bytes.toByteArray(), type);
      } catch (IOException e) {
        return context.reportInputMismatch(
            type,
            "invalid %s at line %s, column %s: %s",
            type.getSimpleName(),
            start.getLineNr(),
            start.getColumnNr(),
            jackson2Message(e));
      }
    }
  }

  /** The reason without Jackson 2's location suffix, which names the copy, not the input. */
  private static String jackson2Message(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JacksonException jackson) {
      return jackson.getOriginalMessage();
    }
    return String.valueOf(e.getMessage());
  }
}

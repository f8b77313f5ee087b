package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The shipped JSON Schemas, loaded for validation in tests. */
final class Schemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonSchema schema;

  private Schemas(JsonSchema schema) {
    this.schema = schema;
  }

  /** The schema {@code in} holds. */
  static Schemas load(InputStream in) {
    try (in) {
      return new Schemas(
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations of {@code document}, sorted; empty if it is valid. */
  List<String> violations(byte[] document) {
    try {
      return schema.validate(MAPPER.readTree(document)).stream()
          .map(ValidationMessage::getMessage)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

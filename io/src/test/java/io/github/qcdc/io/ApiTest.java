package io.github.qcdc.io;

import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.testing.ApiSignatures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The public API of {@code qcdc-io}, compared with {@code api.txt}: a change is a diff. */
class ApiTest {
  @Test
  void thePublicApiIsTheOneCheckedIn() {
    ApiSignatures.assertMatches(
        ApiSignatures.of(Path.of("target/classes"), QcdcJson.class), Path.of("api.txt"));
  }
}

package io.github.qcdc;

import io.github.qcdc.testing.ApiSignatures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The public API of {@code qcdc-core}, compared with {@code api.txt}: a change is a diff. */
class ApiTest {
  @Test
  void thePublicApiIsTheOneCheckedIn() {
    ApiSignatures.assertMatches(
        ApiSignatures.of(Path.of("target/classes"), Problem.class), Path.of("api.txt"));
  }
}

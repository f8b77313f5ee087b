package io.github.qcdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QcdcVersionTest {
  private static String versionOf(Path pom) throws IOException {
    Matcher m =
        Pattern.compile("<artifactId>qcdc-[a-z]+</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(pom));
    assertTrue(m.find(), pom.toString());
    return m.group(1);
  }

  @Test
  void theVersionIsTheBuildsAndTheBomsVersion() throws IOException {
    String version = QcdcVersion.current();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    assertEquals(versionOf(Path.of("../pom.xml")), version);
    assertEquals(versionOf(Path.of("../bom/pom.xml")), version);
  }

  @Test
  void everyJarCarriesTheLicenceAndTheNotice() {
    assertTrue(Files.isRegularFile(Path.of("target/classes/META-INF/LICENSE")));
    assertTrue(Files.isRegularFile(Path.of("target/classes/META-INF/NOTICE")));
  }
}

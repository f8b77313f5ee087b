package io.github.qcdc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of qcdc in use: the one version of the build, written into {@code qcdc-core} when it
 * is built, which {@code qcdc --version} and the Jackson modules report.
 *
 * @since 0.2
 */
public final class QcdcVersion {
  private static final String VERSION = read();

  private QcdcVersion() {}

  /**
   * {@return the version: {@code 0.1.0}, or {@code 0.2.0-SNAPSHOT} for a build between releases}
   */
  public static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = QcdcVersion.class.getResourceAsStream("qcdc-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("qcdc-version.properties is missing from qcdc-core");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isEmpty() || version.startsWith("$")) {
        throw new IllegalStateException(
            "qcdc-version.properties was not written by the build: '" + version + "'");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.qcdc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same report, byte for byte, from separately started JVMs with other flags and default
 * locales: no identity hash, no default locale, no thread count reaches an output or a fingerprint.
 */
class DeterminismAcrossJvmsTest {
  private static final List<List<String>> FLAGS =
      List.of(
          List.of(),
          List.of("-XX:ActiveProcessorCount=1"),
          List.of("-XX:+UseSerialGC", "-Xshare:off"),
          List.of("-Duser.language=ar", "-Duser.country=SA"),
          List.of("-Duser.language=th", "-Duser.country=TH", "-Duser.variant=TH"),
          List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati"));

  /** The command that runs the {@code qcdc} command line in a new JVM with {@code flags}. */
  static List<String> qcdc(List<String> flags) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    String modules = System.getProperty("jdk.module.path");
    if (modules != null && !modules.isEmpty()) {
      command.addAll(
          List.of(
              "--module-path", modules, "-m", "io.github.qcdc.examples/" + Qcdc.class.getName()));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Qcdc.class.getName()));
    }
    return command;
  }

  private static String report(List<String> flags) throws IOException, InterruptedException {
    List<String> command = qcdc(flags);
    command.addAll(List.of("report", "--data", "as-reported", "--format", "json"));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command));
    return out;
  }

  @Test
  void aReportIsTheSameInEveryJvm() throws IOException, InterruptedException {
    String first = report(FLAGS.get(0));
    assertTrue(first.contains("\"dataFingerprint\":\""), first);
    for (List<String> flags : FLAGS.subList(1, FLAGS.size())) {
      assertEquals(first, report(flags), "with " + flags);
    }
    assertEquals(first, QcdcTest.run("report", "--data", "as-reported", "--format", "json").out());
  }

  @Test
  void anOutputThatCannotBeWrittenExitsOneWithAMessage() throws IOException, InterruptedException {
    java.io.File full = new java.io.File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
    List<String> command = qcdc(List.of());
    command.add("rules");
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.to(full)).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.waitFor(), err);
    assertEquals(
        "qcdc: cannot write to standard output (a full disk, a closed pipe?): the output is"
            + " incomplete\n",
        err);
  }
}

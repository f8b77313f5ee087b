package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --text} reads any way a report is saved, or says which byte it cannot read. */
class AuditTextCliTest {
  private static final String TEXT =
      "Tổ chức 1.246 cuộc giám sát (cấp tỉnh 12 cuộc; cấp huyện 233 cuộc; cấp xã 1.000 cuộc).\n";

  @Test
  void aWindows1258FileIsRefusedWithItsByteOffsetAndItsOwnExitCode(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bao-cao.txt");
    // "Tổ chức" in Windows-1258: ô (F4) and a combining hook (D2), ư (FD) and an acute (EC)
    Files.write(file, new byte[] {'T', (byte) 0xF4, (byte) 0xD2, ' ', 'c', 'h', (byte) 0xFD});
    QcdcTest.Run run = run("audit", "--text", file.toString());
    assertEquals(3, run.code(), run.out() + run.err());
    assertTrue(
        run.err().contains(file + ": byte 1: not UTF-8 text (byte 0xF4); save the report as UTF-8"),
        run.err());
  }

  @Test
  void aUtf16FileIsReadAndItsPlantedErrorFound(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bao-cao.txt");
    Files.write(file, TEXT.getBytes(StandardCharsets.UTF_16));
    QcdcTest.Run run = run("audit", "--text", file.toString());
    assertEquals(1, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("12 + 233 + 1.000 = 1.245, not 1.246"), run.out());
  }
}

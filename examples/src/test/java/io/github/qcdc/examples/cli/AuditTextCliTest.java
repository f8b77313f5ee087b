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

  @Test
  void anUnsureReadingIsListedToConfirmAndDoesNotFailTheRun(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bao-cao.txt");
    Files.writeString(
        file,
        "Ủy ban MTTQ các cấp đã chủ trì giám sát 317 nội dung.\n\n"
            + "Trong đó, cấp tỉnh tổ chức 6 nội dung, cấp huyện 40 nội dung và cấp xã 270 nội"
            + " dung.\n"
            + "Năm 2020 tổ chức 150 cuộc, tăng 21 cuộc so với năm 2019 (138 cuộc).\n");
    QcdcTest.Run run = run("audit", "--text", file.toString());
    assertEquals(1, run.code(), run.out() + run.err()); // the change is a mismatch
    assertTrue(run.out().contains("(low confidence / cần xác nhận)"), run.out());
    assertTrue(run.out().contains("TO_CONFIRM L1:317 nội dung"), run.out());
    assertTrue(run.out().contains("150 − 138 = +12, stated +21"), run.out());
    assertTrue(run.out().contains("0 hold, 1 do not, 1 to confirm"), run.out());

    Files.writeString(
        file,
        "Ủy ban MTTQ các cấp đã chủ trì giám sát 317 nội dung.\n\n"
            + "Trong đó, cấp tỉnh tổ chức 6 nội dung, cấp huyện 40 nội dung và cấp xã 270 nội"
            + " dung.\n");
    QcdcTest.Run unsure = run("audit", "--text", file.toString());
    assertEquals(0, unsure.code(), unsure.out() + unsure.err());
    QcdcTest.Run json = run("audit", "--text", file.toString(), "--format", "json");
    assertTrue(json.out().contains("\"status\":\"to-confirm\""), json.out());
    assertTrue(json.out().contains("\"confidence\":\"low\""), json.out());
  }
}

package io.github.qcdc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscapingOutputTest {
  private static String through(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out =
        new PrintStream(new EscapingOutput(bytes), true, StandardCharsets.UTF_8)) {
      out.print(text);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void escapesEveryControlCharacterButLineFeedAndTab() throws IOException {
    assertEquals(
        "Xã\\u001b[31mĐỏ\\u000d\\u0000\\u007f\\u0085 đ\tx\n",
        through("Xã\u001b[31mĐỏ\r\u0000\u007f\u0085 đ\tx\n"));
  }

  @Test
  void keepsVietnameseTextWhole() throws IOException {
    String text = "Thành phố Thanh Hóa, Đặc khu Bạch Long Vĩ — ¼ «» Â";
    assertEquals(text, through(text));
  }
}

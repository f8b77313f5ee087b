package io.github.qcdc.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line's output, UTF-8, with every control character but line feed and tab written as
 * {@code \\u001b}: a name or a title from the data can never move the cursor, clear the screen or
 * hide a line. C0 controls and DEL are single bytes in UTF-8, C1 controls the two bytes {@code C2
 * 80} to {@code C2 9F}; no other sequence holds those bytes.
 */
final class EscapingOutput extends FilterOutputStream {
  private boolean pendingC2;

  EscapingOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    int v = b & 0xff;
    if (pendingC2) {
      pendingC2 = false;
      if (v >= 0x80 && v <= 0x9f) {
        escape(v);
        return;
      }
      out.write(0xc2);
    }
    if (v == 0xc2) {
      pendingC2 = true;
    } else if ((v < 0x20 && v != '\n' && v != '\t') || v == 0x7f) {
      escape(v);
    } else {
      out.write(v);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  @Override
  public void close() throws IOException {
    if (pendingC2) {
      out.write(0xc2);
      pendingC2 = false;
    }
    super.close();
  }

  private void escape(int v) throws IOException {
    out.write(
        String.format(java.util.Locale.ROOT, "\\u%04x", v).getBytes(StandardCharsets.US_ASCII));
  }
}

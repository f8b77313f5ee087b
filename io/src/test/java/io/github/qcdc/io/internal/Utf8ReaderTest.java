package io.github.qcdc.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class Utf8ReaderTest {
  private static String decode(byte[] bytes) throws IOException {
    StringWriter out = new StringWriter();
    try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
      reader.transferTo(out);
    }
    return out.toString();
  }

  private static Utf8Reader.NotUtf8 failure(byte[] bytes) {
    return assertThrows(Utf8Reader.NotUtf8.class, () -> decode(bytes));
  }

  /**
   * The reader buffers the bytes itself and never asks the stream how much is available: on a file,
   * {@code available()} is two system calls, and asking it for every character read a CSV at eight
   * thousand rows a second.
   */
  @Test
  void readsInBlocksWithoutAskingWhatIsAvailable() throws IOException {
    byte[] text = "Xã Một,16708,2020-05-01\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    int[] reads = new int[1];
    ByteArrayInputStream bytes =
        new ByteArrayInputStream(text) {
          @Override
          public synchronized int available() {
            throw new AssertionError("available() asked");
          }

          @Override
          public synchronized int read(byte[] b, int off, int len) {
            reads[0]++;
            return super.read(b, off, Math.min(len, 4096)); // a stream that gives a little at once
          }

          @Override
          public synchronized int read() {
            throw new AssertionError("read one byte at a time");
          }
        };
    StringWriter out = new StringWriter();
    try (Reader reader = new Utf8Reader(bytes)) {
      reader.transferTo(out);
    }
    assertEquals(new String(text, StandardCharsets.UTF_8), out.toString());
    assertEquals(text.length / 4096 + 2, reads[0]); // whole blocks, then the rest, then the end
  }

  @Test
  void decodesVietnameseAndCharactersBeyondTheBasicPlane() throws IOException {
    String text = "\uFEFFThành phố Thanh Hóa\nĐặc khu 🇻🇳 𝔸\r\n";
    assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anyTextRoundTrips() {
    QuickTheory.qt()
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(
            s -> {
              String valid = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
              try {
                assertEquals(
                    valid.replace("\0", ""),
                    decode(valid.replace("\0", "").getBytes(StandardCharsets.UTF_8)));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void saysWhereLatin1TextIsAndWhatItLooksLike() {
    Utf8Reader.NotUtf8 e = failure("id,name\nx,Ngh\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(2, e.line());
    assertEquals(13, e.offset());
    assertEquals(
        "not UTF-8: byte 0xE9 at offset 13 cannot be decoded (it looks like Windows-1258 or"
            + " Latin-1); save the file as UTF-8",
        e.getMessage());
  }

  @Test
  void saysWhenTextLooksLikeUtf16() {
    assertEquals(
        "not UTF-8: byte 0xFF at offset 0 cannot be decoded (it starts like UTF-16 (a byte-order"
            + " mark 0xFF)); save the file as UTF-8",
        failure(new byte[] {(byte) 0xff, (byte) 0xfe, 'i', 0}).getMessage());
    assertEquals(
        "not UTF-8: byte 0x0 at offset 1 cannot be decoded (a NUL byte: it looks like UTF-16);"
            + " save the file as UTF-8",
        failure("id".getBytes(StandardCharsets.UTF_16LE)).getMessage());
  }

  @Test
  void refusesOverlongAndSurrogateSequences() {
    assertEquals(
        "not UTF-8: byte 0xE0 at offset 0 cannot be decoded (an invalid UTF-8 sequence); save the"
            + " file as UTF-8",
        failure(new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}).getMessage());
    assertEquals(
        "not UTF-8: byte 0xED at offset 0 cannot be decoded (an invalid UTF-8 sequence); save the"
            + " file as UTF-8",
        failure(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}).getMessage());
  }
}

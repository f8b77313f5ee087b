package io.github.qcdc.io.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * A reader of UTF-8 text that says where text is not UTF-8: the line and the byte offset of the
 * first byte that cannot be decoded, and what the file looks like instead (UTF-16, Windows-1258 or
 * Latin-1), in a {@link NotUtf8} its caller turns into a located problem. Not API.
 */
public final class Utf8Reader extends Reader {
  /** Text that is not UTF-8, with its place. */
  public static final class NotUtf8 extends CharConversionException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long offset;

    NotUtf8(long line, long offset, String message) {
      super(message);
      this.line = line;
      this.offset = offset;
    }

    /** The line of the byte, from 1. */
    public long line() {
      return line;
    }

    /** The byte's offset in the file, from 0. */
    public long offset() {
      return offset;
    }
  }

  private final InputStream in;

  /** The bytes read from {@link #in} and not yet decoded: {@code pos} to {@code limit}. */
  private final byte[] bytes = new byte[1 << 16];

  private int pos;
  private int limit;
  private long offset;
  private long line = 1;
  private int pendingLow = -1;

  /** A buffered reader of the UTF-8 text of {@code file}. */
  public static java.io.BufferedReader open(java.nio.file.Path file) throws IOException {
    return new java.io.BufferedReader(
        new Utf8Reader(java.nio.file.Files.newInputStream(file)), 1 << 16);
  }

  /** The problem of text in {@code source} that is not UTF-8, placed on its line. */
  public static io.github.qcdc.QcdcException problem(String source, NotUtf8 e) {
    return new io.github.qcdc.QcdcException(
        "cannot read " + source,
        java.util.List.of(
            io.github.qcdc.Problem.of(
                source + ":" + e.line(), "%s", String.valueOf(e.getMessage()))));
  }

  /** Decodes {@code in}, which it buffers itself. */
  public Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n = 0;
    while (n < len) {
      if (pendingLow >= 0) {
        buffer[off + n++] = (char) pendingLow;
        pendingLow = -1;
        continue;
      }
      if (n > 0 && pos == limit) {
        break; // hand over what is decoded rather than block on the next read
      }
      if (offset > 0) {
        n += ascii(buffer, off + n, len - n);
        if (n == len || n > 0 && pos == limit) {
          break;
        }
      }
      int c = next();
      if (c < 0) {
        break;
      }
      if (c > 0xffff) {
        buffer[off + n++] = Character.highSurrogate(c);
        pendingLow = Character.lowSurrogate(c);
      } else {
        buffer[off + n++] = (char) c;
      }
    }
    return n == 0 && len > 0 ? -1 : n;
  }

  /**
   * Copies the run of ASCII bytes (but NUL) at {@code pos} into {@code buffer}, counting lines, up
   * to {@code len} characters; returns how many. The rest is decoded a byte at a time by {@link
   * #next()}, which also checks the first bytes of the text.
   */
  private int ascii(char[] buffer, int off, int len) {
    int end = Math.min(limit, pos + len);
    int i = pos;
    int lines = 0;
    while (i < end) {
      byte b = bytes[i];
      if (b <= 0) {
        break; // NUL, or the first byte of a multi-byte sequence
      }
      if (b == '\n') {
        lines++;
      }
      buffer[off + i - pos] = (char) b;
      i++;
    }
    int n = i - pos;
    pos = i;
    offset += n;
    line += lines;
    return n;
  }

  /** The next byte, reading more when the buffer is used up; -1 at the end. */
  private int nextByte() throws IOException {
    if (pos == limit) {
      int read = in.read(bytes, 0, bytes.length);
      while (read == 0) {
        read = in.read(bytes, 0, bytes.length);
      }
      if (read < 0) {
        return -1;
      }
      pos = 0;
      limit = read;
    }
    return bytes[pos++] & 0xff;
  }

  private int next() throws IOException {
    int b = nextByte();
    if (b < 0) {
      return -1;
    }
    long at = offset++;
    if (at == 0 && (b == 0xfe || b == 0xff)) {
      throw notUtf8(at, b, "it starts like UTF-16 (a byte-order mark " + hex(b) + ")");
    }
    if (b < 0x80) {
      if (b == 0) {
        throw notUtf8(at, b, "a NUL byte: it looks like UTF-16");
      }
      if (b == '\n') {
        line++;
      }
      return b;
    }
    int extra;
    int code;
    if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      code = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      code = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      code = b & 0x07;
    } else {
      throw notUtf8(at, b, "it looks like Windows-1258 or Latin-1");
    }
    for (int i = 0; i < extra; i++) {
      int c = nextByte();
      offset++;
      if (c < 0 || (c & 0xc0) != 0x80) {
        throw notUtf8(at, b, "it looks like Windows-1258 or Latin-1");
      }
      code = (code << 6) | (c & 0x3f);
    }
    boolean overlong = (extra == 2 && code < 0x800) || (extra == 3 && code < 0x10000);
    if (overlong || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw notUtf8(at, b, "an invalid UTF-8 sequence");
    }
    return code;
  }

  private NotUtf8 notUtf8(long at, int b, String looks) {
    return new NotUtf8(
        line,
        at,
        "not UTF-8: byte "
            + hex(b)
            + " at offset "
            + at
            + " cannot be decoded ("
            + looks
            + "); save the file as UTF-8");
  }

  private static String hex(int b) {
    return "0x" + Integer.toHexString(b).toUpperCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package io.github.qcdc.audit;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * A report's text as the audit reads it: decoded, then normalised line by line so that the same
 * report typed, pasted or saved differently gives the same claims.
 *
 * <p>Decoding accepts UTF-8 with or without a byte-order mark, and UTF-16 with its byte-order mark.
 * Anything else (Windows-1258, a truncated file) is refused with the file and the byte offset of
 * the first byte that is not UTF-8: a file the audit cannot read is never read wrong.
 *
 * <p>Normalising keeps every line where it was (claims are placed by line): line breaks become
 * {@code \n}; text is composed (NFC, so {@code ệ} typed as {@code e} and two combining marks is
 * {@code ệ}); no-break, narrow and other spaces become a plain space; zero-width characters and the
 * byte-order mark are removed; full-width digits, percent and solidus become ASCII.
 *
 * @since 0.1
 */
public final class ReportText {
  /** The mark of a character normalising removes (a noncharacter, never in a report). */
  private static final char REMOVED = '\uFFFF';

  private ReportText() {}

  /**
   * Decodes {@code bytes}; {@code source} names the file in the problem.
   *
   * @param bytes the file's bytes
   * @param source the file's name, for the problem
   * @return the text
   * @throws QcdcException naming the source and the byte offset, if the bytes are neither UTF-8 nor
   *     UTF-16 with a byte-order mark
   */
  public static String decode(byte[] bytes, String source) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
    }
    int from =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    return strict(bytes, from, StandardCharsets.UTF_8, source);
  }

  private static String strict(
      byte[] bytes, int from, java.nio.charset.Charset charset, String source) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    try {
      CharBuffer out = decoder(charset).decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      int offset = firstBad(bytes, from, charset);
      throw new QcdcException(
          "cannot read " + source,
          List.of(
              Problem.of(
                  source + ": byte " + offset,
                  "not %s text (byte 0x%s); save the report as UTF-8",
                  charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name(),
                  String.format(
                      java.util.Locale.ROOT,
                      "%02X",
                      bytes[Math.min(offset, bytes.length - 1)] & 0xFF))));
    }
  }

  private static CharsetDecoder decoder(java.nio.charset.Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte that does not decode, found by decoding step by step. */
  private static int firstBad(byte[] bytes, int from, java.nio.charset.Charset charset) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = decoder(charset).decode(in, out, true);
    if (result.isError() || result.isUnderflow() && in.hasRemaining()) {
      return in.position();
    }
    return bytes.length;
  }

  /**
   * {@return {@code text} normalised line by line, as described above; the lines stay the same in
   * number}
   *
   * @param text the text
   */
  public static String normalize(String text) {
    if (isNormal(text)) {
      return text; // the common case: no copy of a long report
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(unified.length());
    int start = 0;
    while (start <= unified.length()) {
      int end = unified.indexOf('\n', start);
      if (end < 0) {
        end = unified.length();
      }
      line(unified.substring(start, end), out);
      if (end < unified.length()) {
        out.append('\n');
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** Whether {@code text} is already as {@link #normalize} would make it. */
  private static boolean isNormal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || map(c) != c) {
        return false;
      }
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * What character {@code c} becomes in a normalised line: itself, a plain space, an ASCII digit,
   * {@code %} or {@code /}; {@link #REMOVED} for a zero-width character or byte-order mark.
   */
  private static char map(char c) {
    if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
      return REMOVED;
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return (char) ('0' + (c - '\uFF10'));
    }
    if (c == '\uFF05') {
      return '%';
    }
    if (c == '\uFF0F') {
      return '/';
    }
    if (c != ' ' && c != '\t' && (Character.isSpaceChar(c) || c == '\u000B' || c == '\u000C')) {
      return ' ';
    }
    return c;
  }

  private static void line(String line, StringBuilder out) {
    String composed =
        Normalizer.isNormalized(line, Normalizer.Form.NFC)
            ? line
            : Normalizer.normalize(line, Normalizer.Form.NFC);
    for (int i = 0; i < composed.length(); i++) {
      char c = map(composed.charAt(i));
      if (c != REMOVED) {
        out.append(c);
      }
    }
  }
}

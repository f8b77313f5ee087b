package io.github.qcdc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.QcdcException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  private static final String TEXT = "Tổ chức 2.849 cuộc giám sát.";

  @Test
  void readsUtf8WithOrWithoutItsMarkAndUtf16WithIts() {
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[utf8.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, marked, 3, utf8.length);
    assertEquals(TEXT, ReportText.decode(utf8, "r.txt"));
    assertEquals(TEXT, ReportText.decode(marked, "r.txt"));
    assertEquals(TEXT, ReportText.decode(TEXT.getBytes(StandardCharsets.UTF_16), "r.txt"));
    assertEquals(
        TEXT, ReportText.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), "r.txt"));
  }

  @Test
  void refusesWindows1258NamingTheFileAndTheByteOffset() {
    // "Tổ chức" in Windows-1258: ô (F4) and a combining hook (D2), ư (FD) and an acute (EC)
    byte[] legacy = {'T', (byte) 0xF4, (byte) 0xD2, ' ', 'c', 'h', (byte) 0xFD, (byte) 0xEC, 'c'};
    QcdcException e = assertThrows(QcdcException.class, () -> ReportText.decode(legacy, "r.txt"));
    assertEquals(
        List.of("r.txt: byte 1: not UTF-8 text (byte 0xF4); save the report as UTF-8"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void normalisesSpacesDigitsAndCompositionLineByLine() {
    assertEquals(
        "2 849 cuộc\n68,13%\nệ",
        ReportText.normalize("2\u00A0849\u200B cuộc\r\n６８,１３％\re\u0323\u0302"));
    assertEquals(3, ReportText.normalize("a\n\nb").lines().count());
  }

  @Test
  void numbersWrittenAnyWayAreReadAlike() {
    for (String text :
        List.of(
            "Tổ chức 2.849 cuộc, trong đó cấp tỉnh 15 cuộc, cấp huyện 226 cuộc, cấp xã 2.608 cuộc.",
            "Tổ chức 2849 cuộc, trong đó cấp tỉnh 15 cuộc, cấp huyện 226 cuộc, cấp xã 2608 cuộc.",
            "Tổ chức 2\u00A0849 cuộc, trong đó cấp tỉnh 15 cuộc, cấp huyện 226 cuộc, cấp xã 2 608"
                + " cuộc.",
            "Tổ chức ２.８４９ cuộc, trong đó cấp tỉnh 15 cuộc, cấp huyện 226 cuộc, cấp xã 2.608 cuộc.")) {
      assertEquals(
          new Claim.Parts(
              2849,
              com.google.common.collect.ImmutableList.of(
                  new Claim.Part("cấp tỉnh", 15),
                  new Claim.Part("cấp huyện", 226),
                  new Claim.Part("cấp xã", 2608))),
          ClaimExtractor.extract(text).get(0).claim(),
          text);
    }
  }
}

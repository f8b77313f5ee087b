package io.github.qcdc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DatasetCountsTest {

  @Test
  void printsTheCountsOfTheBundledList() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DatasetCounts.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        out.contains("Danh mục hành chính (GSO, bundled snapshot): 11.380 rows, 47 not placed"),
        out);
    assertTrue(
        out.contains("Việt Nam on 2020-06-30: 63 provinces, 705 districts, 10.565 communes"), out);
    assertTrue(
        out.contains(
            "Tỉnh Nghệ An: 21 district-level units (17 huyện, 3 thị xã, 1 thành phố), 460"
                + " commune-level units (411 xã, 32 phường, 17 thị trấn)"),
        out);
    assertTrue(
        out.contains(
            "  2025-06-30: 63 provinces, 696 districts, 10.047 communes; Nghệ An 412 communes\n"
                + "  2026-01-01: 34 provinces, 0 districts, 3.321 communes; Nghệ An 130 communes\n"),
        out);
    assertEquals(11, out.lines().count(), out);
  }
}

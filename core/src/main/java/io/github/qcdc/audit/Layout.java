package io.github.qcdc.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A normalised report text cut into blocks and sentences, in one pass.
 *
 * <p>A block is a paragraph (lines up to a blank line, so hard-wrapped lines are read as one), a
 * bullet item (a line starting with {@code -}, {@code +}, {@code •}, {@code *}, {@code a)} or
 * {@code 1.}, and the lines that continue it), or a table row (a line with {@code |} or a tab). A
 * sentence ends at {@code .}, {@code !} or {@code ?} followed by a space and a capital letter or a
 * digit, or at the end of its block. Offsets are the text's; {@link #line} gives a line number.
 */
final class Layout {
  enum Kind {
    PARAGRAPH,
    BULLET,
    ROW
  }

  /** A block of text, its sentences, and whether a blank line comes before it. */
  record Block(Kind kind, int start, int end, List<int[]> sentences, boolean afterBlank) {}

  final List<Block> blocks = new ArrayList<>();
  private final int[] lineStarts;

  private Layout(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    Kind kind = null;
    int blockStart = 0;
    int blockEnd = 0;
    boolean blankBefore = false;
    boolean blankBeforeBlock = false;
    for (int l = 0; l < lineStarts.length; l++) {
      int s = lineStarts[l];
      int e = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length();
      int first = s; // the line's first character that is not a space
      while (first < e && text.charAt(first) == ' ') {
        first++;
      }
      boolean blank = isBlank(text, first, e);
      Kind lineKind = blank ? Kind.PARAGRAPH : kindOf(text, first, e);
      // after a bullet, a line starting with a capital starts a paragraph ("Tổng cộng ..."); a
      // bullet wrapped onto the next line goes on in lower case
      boolean newParagraph =
          kind == Kind.BULLET && !blank && Character.isUpperCase(text.charAt(first));
      if (kind != null
          && (blank || lineKind != Kind.PARAGRAPH || kind == Kind.ROW || newParagraph)) {
        add(text, kind, blockStart, blockEnd, blankBeforeBlock);
        kind = null;
      }
      if (blank) {
        blankBefore = true;
        continue;
      }
      if (kind == null) {
        kind = lineKind;
        blockStart = s;
        blankBeforeBlock = blankBefore;
        blankBefore = false;
      }
      blockEnd = e;
    }
    if (kind != null) {
      add(text, kind, blockStart, blockEnd, blankBeforeBlock);
    }
  }

  static Layout of(String text) {
    return new Layout(text);
  }

  /** The 1-based line of {@code offset}. */
  int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The kind of a line that is not blank, from its first character that is not a space. */
  private static Kind kindOf(String text, int i, int e) {
    if (text.charAt(i) == '|' || hasTab(text, i, e)) {
      return Kind.ROW;
    }
    char c = text.charAt(i);
    if ((c == '-' || c == '+' || c == '•' || c == '*' || c == '–' || c == '—')
        && i + 1 < e
        && text.charAt(i + 1) == ' ') {
      return Kind.BULLET;
    }
    int j = i;
    while (j < e
        && j - i < 2
        && (Character.isDigit(text.charAt(j)) || j == i && Character.isLetter(text.charAt(j)))) {
      j++;
    }
    if (j > i
        && j + 1 < e
        && (text.charAt(j) == ')' || text.charAt(j) == '.' && Character.isDigit(text.charAt(i)))
        && text.charAt(j + 1) == ' ') {
      return Kind.BULLET;
    }
    return Kind.PARAGRAPH;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasTab(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\t') {
        return true;
      }
    }
    return false;
  }

  private void add(String text, Kind kind, int start, int end, boolean afterBlank) {
    List<int[]> sentences = new ArrayList<>();
    int s = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && i + 1 < end && isSpace(text.charAt(i + 1))) {
        int j = i + 1;
        while (j < end && isSpace(text.charAt(j))) {
          j++;
        }
        if (j < end
            && (Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j)))) {
          sentences.add(new int[] {s, i + 1});
          s = j;
          i = j - 1;
        }
      }
    }
    if (s < end) {
      sentences.add(new int[] {s, end});
    }
    blocks.add(new Block(kind, start, end, sentences, afterBlank));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }
}

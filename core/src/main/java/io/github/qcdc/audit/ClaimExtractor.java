package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the figures a Vietnamese report text states: fractions with or without their percentage
 * ("281/411 xã về đích nông thôn mới, đạt 68,13%"; "đạt 68,13% (281/411 xã)"), totals with their
 * parts ("2.849 cuộc giám sát, trong đó: cấp tỉnh 15 cuộc, ..."; "1.245 cuộc (cấp tỉnh 12 cuộc;
 * ...)"; a total ending one sentence and "Trong đó, ..." the next; a total above a bullet list; a
 * table with a total row), numbers of listed items ("03 nội dung: công khai; bàn; giám sát", or
 * bullets below "gồm 03 nội dung:"), changes against a base ("150 cuộc, tăng 12 cuộc so với năm
 * 2019 (138 cuộc)"), ranges of percentages ("từ 55% đến 60%"), percentages and counts with their
 * qualifier ("hơn 350 lượt đơn vị").
 *
 * <p>The text is first {@linkplain ReportText#normalize normalised}, then cut into blocks and
 * sentences (hard-wrapped lines are joined, so a sentence split over lines is read whole), then
 * into tokens; a small grammar over the tokens recognises the figure phrases. Numbers are read the
 * Vietnamese way ({@code 2.849}, {@code 2 849}, {@code 68,13}) and {@code 68.13}. Dates ({@code
 * 13/10}, {@code 07/01/2016}, "tháng 12/2020"), document numbers ({@code 120-KL/TW}, {@code
 * 34/PL-UBTVQH11}, "Quyết định số 217"), years and ranges of years, durations ("05 năm"), telephone
 * numbers and codes are never figures. A breakdown introduced by "trong đó" whose labels do not
 * name a whole (levels of government, collective and individual...) is read as highlights, whose
 * parts must not exceed the total; one introduced by "gồm" or a parenthesis is complete.
 *
 * <p>Each figure carries the {@link Confidence} of its reading: low for a breakdown whose total is
 * in an earlier paragraph, bullets under a sentence that neither ends with a colon nor states a
 * total, a list split at commas, a percentage more than a few words from its fraction. A failed
 * check of such a reading is {@link AuditFinding.Status#TO_CONFIRM}, not a mismatch.
 *
 * <p>A line that starts with an item mark ({@code -}, {@code a)}, {@code 1.}) is a bullet: a hard
 * wrap that puts an inline mark ("…; b) dự án đầu tư") at the start of a line makes a bullet of it.
 *
 * <p>Reading is linear in the text's length and never throws on any text. The extractor is a reader
 * of prose: what it finds is listed for a person to confirm, and a figure it misses can be stated
 * as a claim by hand.
 *
 * @since 0.1
 */
public final class ClaimExtractor {
  private ClaimExtractor() {}

  /**
   * {@return the figures {@code text} states, in order of appearance, each placed on its line}
   *
   * @param text the report's text
   */
  public static ImmutableList<ReportedFigure> extract(String text) {
    String normalized = ReportText.normalize(text);
    Layout layout = Layout.of(normalized);
    List<ClaimGrammar.Found> found = new ArrayList<>();
    BitSet taken = new BitSet(normalized.length());
    ClaimGrammar grammar = new ClaimGrammar(found, taken);
    List<Layout.Block> blocks = layout.blocks;
    int b = 0;
    while (b < blocks.size()) {
      Layout.Block block = blocks.get(b);
      if (block.kind() == Layout.Kind.ROW) {
        grammar.reset();
        b = Breakdowns.table(normalized, blocks, b, found);
        continue;
      }
      grammar.newBlock();
      for (int[] sentence : block.sentences()) {
        grammar.sentence(Token.read(normalized, sentence[0], sentence[1]));
      }
      totalBelowBullets(normalized, blocks, b, found, taken);
      b++;
      if (b < blocks.size()
          && blocks.get(b).kind() == Layout.Kind.BULLET
          && grammar.pendingStart() >= 0
          && endsWithColonOrFigure(normalized, block, grammar.pendingStart())) {
        int next =
            Breakdowns.bullets(
                normalized,
                blocks,
                b,
                grammar.pendingStart(),
                grammar.pendingValue(),
                found,
                taken,
                announcesParts(normalized, block) ? Confidence.HIGH : Confidence.LOW);
        if (next > b) {
          grammar.reset();
          b = next;
        }
      }
    }
    found.sort(Comparator.comparingInt(ClaimGrammar.Found::start));
    ReportedFigure[] figures = new ReportedFigure[found.size()];
    Map<String, Integer> seen = new HashMap<>(); // the snippets of the current line
    int current = -1;
    for (int i = 0; i < figures.length; i++) {
      ClaimGrammar.Found f = found.get(i);
      found.set(i, null); // a long report's claims are held once
      int line = layout.line(f.start());
      if (line != current) {
        seen.clear();
        current = line;
      }
      String snippet = oneLine(normalized, f.start(), f.end());
      int occurrence = seen.merge(snippet, 1, Integer::sum);
      String id = "L" + line + ":" + snippet + (occurrence == 1 ? "" : "#" + occurrence);
      figures[i] = new ReportedFigure(id, snippet, line, f.claim(), f.confidence());
    }
    return ImmutableList.copyOf(figures);
  }

  /**
   * A total stated below its bullet items ("- Cấp tỉnh: 14 cuộc ... Tổng cộng 1.932 cuộc."): when
   * block {@code b} starts with "Tổng" or "Cộng" and follows at least two bullet items, its first
   * figure is their total.
   */
  private static void totalBelowBullets(
      String text, List<Layout.Block> blocks, int b, List<ClaimGrammar.Found> found, BitSet taken) {
    int first = b;
    while (first > 0 && blocks.get(first - 1).kind() == Layout.Kind.BULLET) {
      first--;
    }
    Layout.Block block = blocks.get(b);
    if (block.kind() != Layout.Kind.PARAGRAPH || b - first < 2) {
      return;
    }
    List<Token> ts = Token.read(text, block.start(), Math.min(block.end(), block.start() + 200));
    String word = Roles.word(ts, 0);
    if (!word.equals("tổng") && !word.equals("cộng")) {
      return;
    }
    Roles.Role[] roles = Roles.of(ts);
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).kind() == Token.Kind.NUMBER) {
        if (roles[i] == Roles.Role.FIGURE && ts.get(i).whole() >= 0) {
          Breakdowns.bullets(
              text,
              blocks,
              first,
              ts.get(i).start(),
              ts.get(i).whole(),
              found,
              taken,
              Confidence.HIGH);
        }
        return;
      }
    }
  }

  /**
   * Whether {@code block} announces the bullets below it as parts: it ends with a colon or states a
   * total ("tổng số 1.200 cuộc"). Bullets below a sentence that merely ends with a figure may be
   * something else: their breakdown is read with low confidence.
   */
  private static boolean announcesParts(String text, Layout.Block block) {
    int e = block.end();
    while (e > block.start() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > block.start() && text.charAt(e - 1) == ':') {
      return true;
    }
    for (Token t : Token.read(text, block.start(), e)) {
      if (t.is("tổng") || t.is("gồm")) {
        return true;
      }
    }
    return false;
  }

  /** The text from {@code start} to {@code end}, its runs of white space made one space. */
  private static String oneLine(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code block} ends with a colon, or its last figure (at {@code total}) is followed by
   * words only: the bullets below it break that figure down.
   */
  private static boolean endsWithColonOrFigure(String text, Layout.Block block, int total) {
    String rest = text.substring(total, block.end()).strip();
    if (rest.endsWith(":")) {
      return true;
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == ','
          || c == ';'
          || c == '('
          || c == '.' && i + 1 < rest.length() && rest.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return true;
  }
}

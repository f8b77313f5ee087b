package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A number of items and the items listed after a colon: "tập trung vào 03 nội dung: công khai; bàn
 * và quyết định; giám sát". Items separated by semicolons, or each with its mark ("(1) …, (2) …",
 * "a) …, b) …"), are read with high confidence; items separated by commas and "và", which also
 * occur inside an item, with low confidence.
 */
final class Lists {
  /** The largest number of items a list phrase may state. */
  static final int MAX_ITEMS = 30;

  private Lists() {}

  /**
   * The token of the number a list heading states, when tokens {@code from} to {@code colon} are "N
   * words:" ("03 nội dung:", "04 nhóm nội dung sau:"); -1 otherwise.
   */
  static int heading(List<Token> ts, Roles.Role[] roles, int colon, BitSet taken) {
    for (int j = colon - 1; j >= 0 && j >= colon - 7; j--) {
      Token t = ts.get(j);
      if (t.kind() == Token.Kind.NUMBER) {
        return j < colon - 1
                && Items.isCount(ts, roles, j, taken)
                && t.whole() >= 2
                && t.whole() <= MAX_ITEMS
            ? j
            : -1;
      }
      if (t.kind() != Token.Kind.WORD && !t.isPunct(',')) {
        return -1;
      }
    }
    return -1;
  }

  static void inline(
      List<Token> ts, Roles.Role[] roles, List<ClaimGrammar.Found> found, BitSet taken) {
    for (int c = 2; c + 1 < ts.size(); c++) {
      if (!ts.get(c).isPunct(':')) {
        continue;
      }
      int n = heading(ts, roles, c, taken);
      if (n < 0 || ts.size() - c > Items.MAX_TOKENS) {
        continue; // a list runs to the end of its sentence: one that long is not a list
      }
      int end = ts.size();
      while (end > c + 1 && ts.get(end - 1).kind() == Token.Kind.PUNCT) {
        end--;
      }
      List<int[]> items = split(ts, c + 1, end);
      if (items.size() < 2 || !allWords(ts, roles, items, taken)) {
        continue;
      }
      ImmutableList.Builder<String> texts = ImmutableList.builder();
      for (int[] item : items) {
        texts.add(words(ts, item[0], item[1]));
      }
      found.add(
          new ClaimGrammar.Found(
              ts.get(n).start(),
              ts.get(end - 1).end(),
              new Claim.Listed(ts.get(n).whole(), texts.build()),
              confidence(ts, c + 1, end)));
      taken.set(ts.get(n).start());
      return;
    }
  }

  /** Whether the items are separated so that no item can hide a separator. */
  private static Confidence confidence(List<Token> ts, int from, int to) {
    return has(ts, from, to, ';') || marked(ts, from) ? Confidence.HIGH : Confidence.LOW;
  }

  /**
   * The items of tokens {@code from} to {@code to}, each as its first token and the token after it,
   * their marks left out: split at the marks if the first item has one, else at semicolons if there
   * are any, else at commas and at the "và" of the last item.
   */
  private static List<int[]> split(List<Token> ts, int from, int to) {
    boolean marks = marked(ts, from);
    char separator = marks ? 0 : has(ts, from, to, ';') ? ';' : ',';
    List<int[]> items = new ArrayList<>();
    int s = from;
    for (int i = from; i <= to; i++) {
      boolean punct = i < to && separator != 0 && ts.get(i).isPunct(separator);
      boolean mark = marks && i > s && marked(ts, i) && !ts.get(i - 1).isPunct('(');
      if (!(i == to || punct || mark)) {
        continue;
      }
      int a = skipMark(ts, s, i);
      int e = i;
      while (e > a && (ts.get(e - 1).kind() == Token.Kind.PUNCT || ts.get(e - 1).is("và"))) {
        e--; // "(1) công khai; và (2) …": the separator before the next mark
      }
      if (a >= e) {
        return List.of(); // an empty item: not a list
      }
      items.add(new int[] {a, e});
      s = punct ? i + 1 : i;
    }
    if (separator == ',' && !items.isEmpty()) {
      int[] last = items.get(items.size() - 1);
      for (int i = last[0] + 1; i < last[1]; i++) {
        if (ts.get(i).is("và")) {
          items.set(items.size() - 1, new int[] {last[0], i});
          items.add(new int[] {i + 1, last[1]});
          break;
        }
      }
    }
    return items;
  }

  private static boolean has(List<Token> ts, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (ts.get(i).isPunct(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an item mark starts at {@code i}: "(1)", "1)", "a)". */
  private static boolean marked(List<Token> ts, int i) {
    return skipMark(ts, i, ts.size()) > i;
  }

  private static int skipMark(List<Token> ts, int i, int to) {
    if (i + 2 < to && ts.get(i).isPunct('(') && mark(ts.get(i + 1)) && ts.get(i + 2).isPunct(')')) {
      return i + 3;
    }
    if (i + 1 < to && mark(ts.get(i)) && ts.get(i + 1).isPunct(')')) {
      return i + 2;
    }
    return i;
  }

  private static boolean mark(Token t) {
    return t.kind() == Token.Kind.NUMBER && t.whole() >= 1 && t.whole() <= MAX_ITEMS
        || t.kind() == Token.Kind.WORD && t.text().length() == 1;
  }

  /** Whether every item is words: a figure in an item makes it a breakdown, not a list. */
  private static boolean allWords(
      List<Token> ts, Roles.Role[] roles, List<int[]> items, BitSet taken) {
    for (int[] item : items) {
      for (int i = item[0]; i < item[1]; i++) {
        if (Items.isCount(ts, roles, i, taken)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The first token of a bullet after its mark: "-", "(1)", "1.", "a)". */
  static int afterMark(List<Token> ts) {
    if (!ts.isEmpty() && ts.get(0).kind() == Token.Kind.PUNCT && !ts.get(0).isPunct('(')) {
      return 1;
    }
    int after = skipMark(ts, 0, ts.size());
    if (after > 0) {
      return after;
    }
    return ts.size() > 1 && mark(ts.get(0)) && ts.get(1).isPunct('.') ? 2 : 0;
  }

  /** The words and numbers of tokens {@code from} to {@code to}, or "-" if there are none. */
  static String words(List<Token> ts, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (ts.get(i).kind() == Token.Kind.WORD || ts.get(i).kind() == Token.Kind.NUMBER) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(ts.get(i).text());
      }
    }
    return out.length() == 0 ? "-" : out.toString();
  }
}

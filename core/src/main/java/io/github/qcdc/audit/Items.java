package io.github.qcdc.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The items of a breakdown: "cấp tỉnh 15 cuộc, cấp huyện: 226, và cấp xã thực hiện được 2.608
 * cuộc", one number an item, separated by commas, semicolons or "và"; and whether their labels make
 * a complete partition (levels of government, collective and individual...).
 */
final class Items {
  /** The longest list read, in tokens: keeps reading linear in a sentence of any length. */
  static final int MAX_TOKENS = 400;

  private static final Set<String> LEADING =
      Set.of("có", "là", "đã", "trong", "đó", "gồm", "bao", "cụ", "thể", "với", "được", "và");
  private static final Set<String> TRAILING =
      Set.of("tổ", "chức", "thực", "hiện", "được", "đã", "có", "là", "với", "đạt", "gồm");
  private static final Set<String> LEVELS =
      Set.of("tỉnh", "huyện", "xã", "trung", "ương", "cơ", "sở", "thành", "phố", "thị", "phường");

  /** One item: its label, its number, the number's token and the token after its segment. */
  record Item(String label, long value, int token, int end) {}

  private Items() {}

  /**
   * The items of tokens {@code from} to {@code to}, or an empty list when they are not a list of at
   * least two items (a segment with no figure after the first, or with two figures, ends it).
   */
  static List<Item> read(List<Token> ts, Roles.Role[] roles, int from, int to, BitSet taken) {
    List<Item> items = new ArrayList<>();
    int end = Math.min(to, from + MAX_TOKENS);
    int s = from;
    char kind = 0; // the list's own separator: ',' or ';' ("và" may come before its last item)
    for (int i = from; i <= end; i++) {
      boolean separator =
          i == end
              || ts.get(i).isPunct(',')
              || ts.get(i).isPunct(';')
              || ts.get(i).is("và")
              || ts.get(i).isPunct(')');
      if (!separator) {
        if (i > s && ClaimGrammar.startsKeyword(ts, i)) {
          break; // the next breakdown starts: "…; phản biện 1.014 cuộc, trong đó: …"
        }
        continue;
      }
      char c = i < end && ts.get(i).kind() == Token.Kind.PUNCT ? ts.get(i).text().charAt(0) : 0;
      if (c == ',' || c == ';') {
        if (kind != 0 && c != kind && !items.isEmpty()) {
          if (i > s) {
            Item last = segment(ts, roles, s, i, taken);
            if (last != null) {
              items.add(last);
            }
          }
          break;
        }
        if (!items.isEmpty() || i > s && figures(ts, roles, s, i, taken) == 1) {
          kind = c;
        }
      }
      if (i > s) {
        int figures = figures(ts, roles, s, i, taken);
        if (figures == 0 && (items.isEmpty() || i - s <= 3)) {
          s = i + 1; // words before the first item ("trong đó:"), or a comma inside a label
          continue;
        }
        if (figures != 1) {
          break;
        }
        Item item = segment(ts, roles, s, i, taken);
        if (item == null || !sameNoun(ts, items, item)) {
          break;
        }
        items.add(item);
      }
      if (i < end && ts.get(i).isPunct(')')) {
        break;
      }
      s = i + 1;
    }
    return items.size() >= 2 ? items : List.of();
  }

  /**
   * Whether {@code item} counts what the items before it count: once two items agree on the word
   * after their number ("15 cuộc", "226 cuộc"), an item counting something else ("phát hiện 120 vụ
   * việc") is not one of them.
   */
  private static boolean sameNoun(List<Token> ts, List<Item> items, Item item) {
    if (items.size() < 2) {
      return true;
    }
    String first = Roles.word(ts, items.get(0).token() + 1);
    String second = Roles.word(ts, items.get(1).token() + 1);
    String mine = Roles.word(ts, item.token() + 1);
    return first.isEmpty() || !first.equals(second) || mine.isEmpty() || mine.equals(first);
  }

  private static int figures(List<Token> ts, Roles.Role[] roles, int s, int e, BitSet taken) {
    int figures = 0;
    for (int k = s; k < e; k++) {
      if (isCount(ts, roles, k, taken)) {
        figures++;
      } else if (ts.get(k).kind() == Token.Kind.NUMBER) {
        return 2; // a percentage, a date, a year: not an item
      }
    }
    return figures;
  }

  /**
   * The one item tokens {@code s} to {@code e} state ("- Cấp tỉnh: 15 cuộc"), or null if they state
   * no figure, several, or no label.
   */
  static @Nullable Item segment(List<Token> ts, Roles.Role[] roles, int s, int e, BitSet taken) {
    if (figures(ts, roles, s, e, taken) != 1) {
      return null;
    }
    int figure = s;
    while (!isCount(ts, roles, figure, taken)) {
      figure++;
    }
    String label = label(ts, s, figure, e);
    int last = e;
    while (last - 1 > figure && ts.get(last - 1).kind() == Token.Kind.PUNCT) {
      last--;
    }
    return label.isEmpty() ? null : new Item(label, ts.get(figure).whole(), figure, last);
  }

  /** Whether token {@code k} is a whole figure that can be an item or a total. */
  static boolean isCount(List<Token> ts, Roles.Role[] roles, int k, BitSet taken) {
    Token t = ts.get(k);
    return t.kind() == Token.Kind.NUMBER
        && roles[k] == Roles.Role.FIGURE
        && t.whole() >= 0
        && !taken.get(t.start())
        && !(k + 1 < ts.size()
            && (ts.get(k + 1).kind() == Token.Kind.PERCENT
                || ts.get(k + 1).kind() == Token.Kind.SLASH))
        && !(k > 0 && ts.get(k - 1).kind() == Token.Kind.SLASH)
        && !Roles.NOT_COUNTED.contains(Roles.word(ts, k + 1));
  }

  private static String label(List<Token> ts, int s, int figure, int e) {
    List<String> before = words(ts, s, figure);
    while (!before.isEmpty() && LEADING.contains(before.get(0))) {
      before.remove(0);
    }
    while (!before.isEmpty() && TRAILING.contains(before.get(before.size() - 1))) {
      before.remove(before.size() - 1);
    }
    List<String> words = before.isEmpty() ? words(ts, figure + 1, e) : before;
    if (words.size() > 5) {
      words = words.subList(0, 5);
    }
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }

  private static List<String> words(List<Token> ts, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (ts.get(i).kind() == Token.Kind.WORD) {
        words.add(ts.get(i).text());
      }
    }
    return words;
  }

  /**
   * Whether the labels name the parts of a whole: every label a level of government ("cấp tỉnh",
   * "cấp xã"), or collective and individual, men and women, town and country.
   */
  static boolean partition(List<Item> items) {
    boolean levels = true;
    for (Item item : items) {
      String[] w = item.label().split(" ");
      boolean level =
          w.length >= 2 && (w[0].equals("cấp") || w[0].equals("khối")) && LEVELS.contains(w[1]);
      levels &= level;
    }
    if (levels) {
      return true;
    }
    List<String> labels = items.stream().map(i -> i.label().split(" ")[0]).sorted().toList();
    return labels.equals(List.of("cá", "tập"))
        || labels.equals(List.of("nam", "nữ"))
        || items.stream()
            .map(Item::label)
            .sorted()
            .toList()
            .equals(List.of("nông thôn", "thành thị"));
  }
}

package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Breakdowns laid out over several blocks: a total in a heading or a sentence ending with {@code :}
 * and its parts in the bullet items below, and tables (rows with {@code |} or tabs) with a total
 * row ("Tổng", "Tổng cộng", "Cộng", "Toàn tỉnh").
 */
final class Breakdowns {
  private Breakdowns() {}

  /**
   * Reads the bullet items of {@code blocks} from {@code first} as the parts of {@code total}, the
   * last figure of the block before them; returns the index after the last item read, or {@code
   * first} if they are not its parts. When the block before them is a list heading ("gồm 03 nội
   * dung:") and the bullets are not parts adding up to the total, they are the items it lists, and
   * {@code first} is returned so that they are read as text.
   */
  static int bullets(
      String text,
      List<Layout.Block> blocks,
      int first,
      int totalStart,
      long totalValue,
      List<ClaimGrammar.Found> found,
      BitSet taken,
      Confidence confidence) {
    Read read = read(text, blocks, first);
    List<Items.Item> items = read.items();
    List<Integer> starts = read.starts();
    List<Integer> ends = read.ends();
    int b = read.next();
    long sum = 0;
    for (Items.Item item : items) {
      sum = sum + item.value() < 0 ? Long.MAX_VALUE : sum + item.value();
    }
    boolean unread = b < blocks.size() && isBullet(blocks.get(b)); // a bullet with no figure
    if (first > 0
        && totalStart < blocks.get(first).start()
        && listHeading(text, blocks.get(first - 1), totalStart, totalValue)
        && (unread || sum != totalValue)) {
      listed(text, blocks, first, totalStart, totalValue, found, taken);
      return first;
    }
    if (items.size() < 2) {
      return first;
    }
    ImmutableList.Builder<Claim.Part> parts = ImmutableList.builder();
    for (int i = 0; i < items.size(); i++) {
      int start = starts.get(i);
      ClaimGrammar.removeRecent(found, start - 20, f -> f.start() <= start && f.end() > start);
      taken.set(start);
      parts.add(new Claim.Part(items.get(i).label(), items.get(i).value()));
    }
    ClaimGrammar.removeRecent(
        found,
        totalStart - 20,
        f -> f.start() <= totalStart && f.end() > totalStart && f.claim() instanceof Claim.Count);
    int totalEnd = totalStart;
    while (totalEnd < text.length()
        && (Character.isDigit(text.charAt(totalEnd)) || text.charAt(totalEnd) == '.')) {
      totalEnd++;
    }
    found.add(
        new ClaimGrammar.Found(
            Math.min(totalStart, starts.get(0)),
            Math.max(totalEnd, ends.get(ends.size() - 1)),
            new Claim.Parts(totalValue, parts.build(), Items.partition(items)),
            confidence));
    return b;
  }

  /** The items read from bullets, their numbers' offsets, and the block after the last one. */
  private record Read(List<Items.Item> items, List<Integer> starts, List<Integer> ends, int next) {}

  /** Reads bullet items from block {@code first} while each states one figure (at most 100). */
  private static Read read(String text, List<Layout.Block> blocks, int first) {
    List<Items.Item> items = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int b = first;
    while (b < blocks.size() && blocks.get(b).kind() == Layout.Kind.BULLET && items.size() < 100) {
      Layout.Block block = blocks.get(b);
      List<Token> ts = Token.read(text, block.start(), block.end());
      int from = 0; // after the bullet mark: "-", "a)", "1."
      if (!ts.isEmpty() && ts.get(0).kind() == Token.Kind.PUNCT) {
        from = 1;
      } else if (ts.size() > 1 && (ts.get(1).isPunct(')') || ts.get(1).isPunct('.'))) {
        from = 2;
      }
      Roles.Role[] roles = Roles.of(ts);
      BitSet none = new BitSet();
      Items.Item item = from < ts.size() ? Items.segment(ts, roles, from, ts.size(), none) : null;
      if (item == null) {
        break;
      }
      Token t = ts.get(item.token());
      items.add(item);
      starts.add(t.start());
      ends.add(t.end());
      b++;
    }
    return new Read(items, starts, ends, b);
  }

  private static boolean isBullet(Layout.Block block) {
    return block.kind() == Layout.Kind.BULLET;
  }

  /** Whether {@code block} ends with "N words:" where N, at {@code totalStart}, is a few items. */
  private static boolean listHeading(
      String text, Layout.Block block, int totalStart, long totalValue) {
    if (totalValue < 2 || totalValue > Lists.MAX_ITEMS || totalStart >= block.end()) {
      return false;
    }
    List<Token> ts = Token.read(text, totalStart, block.end());
    int colon = ts.size() - 1;
    return colon >= 2
        && ts.get(colon).isPunct(':')
        && Lists.heading(ts, Roles.of(ts), colon, new BitSet()) == 0;
  }

  /** The bullets from {@code first} with the first one's mark, as the items {@code total} lists. */
  private static void listed(
      String text,
      List<Layout.Block> blocks,
      int first,
      int totalStart,
      long total,
      List<ClaimGrammar.Found> found,
      BitSet taken) {
    char mark = mark(text, blocks.get(first));
    ImmutableList.Builder<String> items = ImmutableList.builder();
    int end = totalStart;
    for (int b = first; b < blocks.size() && isBullet(blocks.get(b)) && b < first + 100; b++) {
      Layout.Block block = blocks.get(b);
      if (mark(text, block) == mark) {
        List<Token> ts = Token.read(text, block.start(), block.end());
        items.add(Lists.words(ts, Lists.afterMark(ts), ts.size()));
        end = block.end();
      }
    }
    ClaimGrammar.removeRecent(
        found,
        totalStart - 20,
        f -> f.start() <= totalStart && f.end() > totalStart && f.claim() instanceof Claim.Count);
    taken.set(totalStart);
    found.add(new ClaimGrammar.Found(totalStart, end, new Claim.Listed(total, items.build())));
  }

  /**
   * A bullet's kind of mark: its first character, or {@code 1} for a number, {@code a} a letter.
   */
  private static char mark(String text, Layout.Block block) {
    int i = block.start();
    while (i < block.end() && text.charAt(i) == ' ') {
      i++;
    }
    char c = i < block.end() ? text.charAt(i) : ' ';
    return Character.isDigit(c) ? '1' : Character.isLetter(c) ? 'a' : c;
  }

  /** Reads the table of {@code blocks} from {@code first}; returns the index after it. */
  static int table(
      String text, List<Layout.Block> blocks, int first, List<ClaimGrammar.Found> found) {
    List<String> labels = new ArrayList<>();
    List<List<Token>> numbers = new ArrayList<>();
    int b = first;
    int totalRow = -1;
    while (b < blocks.size()
        && blocks.get(b).kind() == Layout.Kind.ROW
        && (b == first || !blocks.get(b).afterBlank())
        && labels.size() < 10_000) {
      Layout.Block block = blocks.get(b);
      String row = text.substring(block.start(), block.end());
      String[] cells = row.split("[|\\t]", -1);
      String label = "";
      List<Token> cellNumbers = new ArrayList<>();
      int offset = block.start();
      for (String cell : cells) {
        List<Token> ts = Token.read(text, offset, offset + cell.length());
        offset += cell.length() + 1;
        if (ts.size() == 1 && ts.get(0).kind() == Token.Kind.NUMBER && ts.get(0).whole() >= 0) {
          cellNumbers.add(ts.get(0));
        } else if (label.isEmpty() && !cell.isBlank()) {
          label = cell.strip().toLowerCase(Locale.ROOT);
        }
      }
      if (label.startsWith("tổng") || label.startsWith("cộng") || label.startsWith("toàn ")) {
        totalRow = labels.size();
      }
      labels.add(label);
      numbers.add(cellNumbers);
      b++;
    }
    if (totalRow < 0) {
      return b;
    }
    List<Token> totals = numbers.get(totalRow);
    for (int column = 0; column < totals.size(); column++) {
      ImmutableList.Builder<Claim.Part> parts = ImmutableList.builder();
      int count = 0;
      int end = totals.get(column).end();
      for (int r = 0; r < labels.size(); r++) {
        if (r != totalRow && numbers.get(r).size() == totals.size() && !labels.get(r).isEmpty()) {
          Token t = numbers.get(r).get(column);
          parts.add(new Claim.Part(labels.get(r), t.whole()));
          end = Math.max(end, t.end());
          count++;
        }
      }
      if (count >= 2) {
        Token total = totals.get(column);
        found.add(
            new ClaimGrammar.Found(
                total.start(), total.end(), new Claim.Parts(total.whole(), parts.build(), true)));
      }
    }
    return b;
  }
}

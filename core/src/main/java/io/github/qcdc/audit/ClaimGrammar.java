package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.records.Qualifier;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The figure phrases of one sentence, read from its tokens in order of specificity: ranges of
 * percentages, fractions with the percentage that follows or precedes them, totals with their parts
 * (after "trong đó", "gồm", "bao gồm", "cụ thể", in parentheses, or in the next sentence),
 * percentages, counts. A number used by one claim is not used again.
 */
final class ClaimGrammar {
  /** A claim found between two offsets of the text, and how sure the reading is. */
  record Found(int start, int end, Claim claim, Confidence confidence) {
    Found(int start, int end, Claim claim) {
      this(start, end, claim, Confidence.HIGH);
    }
  }

  /** Tokens between a fraction and its percentage past which the pairing is unsure. */
  private static final int NEAR = 25;

  private static final List<String> LINKS = List.of("đạt", "chiếm", "bằng", "là", "(", "lệ");

  private final List<Found> found;
  private final BitSet taken;

  /** The last figure of the previous sentence, a total its next sentence may break down. */
  private int pendingStart = -1;

  private long pendingValue;

  /** Whether the pending total is in an earlier block than the sentence being read. */
  private boolean pendingAcrossBlocks;

  ClaimGrammar(List<Found> found, BitSet taken) {
    this.found = found;
    this.taken = taken;
  }

  void sentence(List<Token> ts) {
    Roles.Role[] roles = Roles.of(ts);
    ranges(ts, roles);
    OverallRates.read(ts, roles, found, taken);
    ratios(ts, roles);
    Changes.read(ts, roles, found, taken);
    parts(ts, roles);
    Lists.inline(ts, roles, found, taken);
    percents(ts, roles);
    counts(ts, roles);
    pendingStart = -1;
    pendingAcrossBlocks = false;
    for (int i = ts.size() - 1; i >= 0; i--) {
      Token t = ts.get(i);
      if (t.kind() == Token.Kind.NUMBER) {
        if (roles[i] == Roles.Role.FIGURE
            && t.whole() >= 0
            && !followedBySlashOrPercent(ts, i)
            && (!taken.get(t.start()) || countAt(t.start()))) {
          pendingStart = t.start();
          pendingValue = t.whole();
        }
        break;
      }
    }
  }

  private boolean countAt(int start) {
    for (int f = found.size() - 1; f >= 0 && f >= found.size() - 8; f--) {
      if (found.get(f).start() <= start
          && found.get(f).end() > start
          && found.get(f).claim() instanceof Claim.Count) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes the claims that {@code which} selects among the recent ones, those found from offset
   * {@code from} on: a scan from the end that stops there, so removing stays linear in the text.
   */
  static void removeRecent(List<Found> found, int from, java.util.function.Predicate<Found> which) {
    int seenBefore = 0;
    for (int i = found.size() - 1; i >= 0 && seenBefore < 64; i--) {
      Found f = found.get(i);
      if (f.start() < from) {
        seenBefore++; // claims of one sentence are added kind by kind: look a little further
      } else if (which.test(f)) {
        found.remove(i);
      }
    }
  }

  /** Forgets the pending total: a new section starts. */
  void reset() {
    pendingStart = -1;
  }

  /** A new block starts: a total pending from the block before is an unsure reading. */
  void newBlock() {
    pendingAcrossBlocks = pendingStart >= 0;
  }

  int pendingStart() {
    return pendingStart;
  }

  long pendingValue() {
    return pendingValue;
  }

  private static boolean followedBySlashOrPercent(List<Token> ts, int i) {
    return i + 1 < ts.size()
        && (ts.get(i + 1).kind() == Token.Kind.SLASH || ts.get(i + 1).kind() == Token.Kind.PERCENT);
  }

  private boolean free(List<Token> ts, Roles.Role[] roles, int i) {
    return free(ts, roles, i, taken);
  }

  /** Whether token {@code i} is a figure no claim has used yet. */
  static boolean free(List<Token> ts, Roles.Role[] roles, int i, BitSet taken) {
    return i >= 0
        && i < ts.size()
        && ts.get(i).kind() == Token.Kind.NUMBER
        && roles[i] == Roles.Role.FIGURE
        && !taken.get(ts.get(i).start());
  }

  private void take(Token t) {
    taken.set(t.start());
  }

  static boolean isPercent(List<Token> ts, int i) {
    return i + 1 < ts.size() && ts.get(i + 1).kind() == Token.Kind.PERCENT;
  }

  private void ranges(List<Token> ts, Roles.Role[] roles) {
    for (int i = 0; i + 2 < ts.size(); i++) {
      if (!free(ts, roles, i)) {
        continue;
      }
      int j = isPercent(ts, i) ? i + 2 : i + 1;
      if (j + 1 < ts.size()
          && (ts.get(j).is("đến") || ts.get(j).isPunct('-') || ts.get(j).isPunct('–'))
          && free(ts, roles, j + 1)
          && isPercent(ts, j + 1)) {
        int start = Roles.word(ts, i - 1).equals("từ") ? i - 1 : i;
        Token high = ts.get(j + 1);
        found.add(
            new Found(
                ts.get(start).start(),
                ts.get(j + 2).end(),
                new Claim.Range(ts.get(i).value(), high.value())));
        take(ts.get(i));
        take(high);
      }
    }
  }

  private void ratios(List<Token> ts, Roles.Role[] roles) {
    for (int i = 0; i + 2 < ts.size(); i++) {
      if (!free(ts, roles, i)
          || ts.get(i + 1).kind() != Token.Kind.SLASH
          || !free(ts, roles, i + 2)
          || ts.get(i).whole() < 0
          || ts.get(i + 2).whole() <= 0
          || ts.get(i).whole() > ts.get(i + 2).whole()
          || i > 0 && ts.get(i - 1).kind() == Token.Kind.SLASH
          || i + 3 < ts.size() && ts.get(i + 3).kind() == Token.Kind.SLASH) {
        continue;
      }
      int percent = percentAfter(ts, roles, i + 3);
      if (percent < 0) {
        percent = percentBefore(ts, roles, i);
      }
      Optional<BigDecimal> stated = Optional.empty();
      int decimals = 0;
      Confidence confidence = percent > i + 2 + NEAR ? Confidence.LOW : Confidence.HIGH;
      int start = ts.get(i).start();
      int end = ts.get(i + 2).end();
      if (percent >= 0) {
        BigDecimal p = ts.get(percent).value();
        stated = Optional.of(p);
        decimals = Math.max(0, p.scale());
        take(ts.get(percent));
        start = Math.min(start, ts.get(percent).start());
        end = Math.max(end, ts.get(percent + 1).end());
      }
      found.add(
          new Found(
              start,
              end,
              new Claim.Ratio(ts.get(i).whole(), ts.get(i + 2).whole(), stated, decimals),
              confidence));
      take(ts.get(i));
      take(ts.get(i + 2));
    }
  }

  /**
   * The percentage a fraction ending before {@code from} states: the first one after it, in its
   * clause, introduced by "đạt", "chiếm", "bằng", "là", "tỷ lệ" or a parenthesis, with no other
   * fraction between (the nearest fraction is the one meant).
   */
  private int percentAfter(List<Token> ts, Roles.Role[] roles, int from) {
    for (int k = from; k < ts.size() && k < from + 40; k++) {
      Token t = ts.get(k);
      if (t.isPunct(';') || t.kind() == Token.Kind.SLASH) {
        return -1;
      }
      if (free(ts, roles, k) && isPercent(ts, k)) {
        int q = Roles.qualifierStart(ts, k);
        for (int b = q - 1; b >= Math.max(from, q - 3); b--) {
          if (LINKS.contains(ts.get(b).text())) {
            return Roles.qualifierBefore(ts, k) == Qualifier.EXACT ? k : -1;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** A percentage right before a fraction in parentheses: "đạt 68,13% (281/411 xã)". */
  private int percentBefore(List<Token> ts, Roles.Role[] roles, int i) {
    if (i >= 3 && ts.get(i - 1).isPunct('(') && ts.get(i - 2).kind() == Token.Kind.PERCENT) {
      int k = i - 3;
      return free(ts, roles, k) && Roles.qualifierBefore(ts, k) == Qualifier.EXACT ? k : -1;
    }
    return -1;
  }

  private void parts(List<Token> ts, Roles.Role[] roles) {
    for (int k = 0; k < ts.size(); k++) {
      int after = keyword(ts, k);
      boolean parenthesis = ts.get(k).isPunct('(') && after < 0 && keyword(ts, k + 1) < 0;
      if (after < 0 && !parenthesis) {
        continue;
      }
      int listStart = parenthesis ? k + 1 : after;
      int total = -1;
      int before =
          k > 0 && (ts.get(k - 1).isPunct(';') || ts.get(k - 1).isPunct(',')) ? k - 2 : k - 1;
      for (int b = before; b >= 0 && !ts.get(b).isPunct(';') && b >= k - 12; b--) {
        if (Items.isCount(ts, roles, b, taken)) {
          total = b;
          break;
        }
        if (ts.get(b).kind() == Token.Kind.NUMBER || ts.get(b).isPunct(')')) {
          break;
        }
      }
      boolean inParenthesis = k > 0 && ts.get(k - 1).isPunct('(');
      if (inParenthesis && total < 0) {
        for (int b = k - 2; b >= 0 && b >= k - 8; b--) {
          if (Items.isCount(ts, roles, b, taken)) {
            total = b;
            break;
          }
        }
      }
      List<Items.Item> items = Items.read(ts, roles, listStart, ts.size(), taken);
      if (items.isEmpty() || parenthesis && total < 0) {
        continue;
      }
      boolean exhaustive =
          parenthesis || ts.get(k).is("gồm") || ts.get(k).is("bao") || Items.partition(items);
      if (total >= 0) {
        add(ts.get(total).start(), ts.get(total).whole(), items, ts, exhaustive, Confidence.HIGH);
        take(ts.get(total));
      } else if (k <= 1 && pendingStart >= 0) {
        // "… 316 nội dung. Trong đó, cấp tỉnh …": the total ends the previous sentence
        int start = pendingStart;
        removeRecent(found, start, f -> f.start() == start && f.claim() instanceof Claim.Count);
        add(
            start,
            pendingValue,
            items,
            ts,
            exhaustive,
            pendingAcrossBlocks ? Confidence.LOW : Confidence.HIGH);
      }
    }
  }

  /** Whether a breakdown keyword ("trong đó", "gồm"...) starts at token {@code k}. */
  static boolean startsKeyword(List<Token> ts, int k) {
    return keyword(ts, k) >= 0;
  }

  /** The token after a breakdown keyword starting at {@code k}, or -1 if none starts there. */
  private static int keyword(List<Token> ts, int k) {
    if (k >= ts.size()) {
      return -1;
    }
    String w = ts.get(k).text();
    String next = Roles.word(ts, k + 1);
    if (w.equals("trong") && next.equals("đó")
        || w.equals("bao") && next.equals("gồm")
        || w.equals("cụ") && next.equals("thể")) {
      return k + 2;
    }
    return w.equals("gồm") && !Roles.word(ts, k - 1).equals("bao") ? k + 1 : -1;
  }

  /** Adds the breakdown of the total at {@code start} into {@code items}; marks them used. */
  void add(
      int start,
      long total,
      List<Items.Item> items,
      List<Token> ts,
      boolean exhaustive,
      Confidence confidence) {
    ImmutableList.Builder<Claim.Part> parts = ImmutableList.builder();
    int end = start;
    for (Items.Item item : items) {
      parts.add(new Claim.Part(item.label(), item.value()));
      Token t = ts.get(item.token());
      take(t);
      end = Math.max(end, ts.get(item.end() - 1).end());
    }
    found.add(new Found(start, end, new Claim.Parts(total, parts.build(), exhaustive), confidence));
  }

  private void percents(List<Token> ts, Roles.Role[] roles) {
    for (int i = 0; i + 1 < ts.size(); i++) {
      if (free(ts, roles, i) && isPercent(ts, i)) {
        BigDecimal value = ts.get(i).value();
        int q = Roles.qualifierStart(ts, i);
        found.add(
            new Found(
                ts.get(q).start(),
                ts.get(i + 1).end(),
                new Claim.Percent(
                    value, Math.max(0, value.scale()), Roles.qualifierBefore(ts, i))));
        take(ts.get(i));
      }
    }
  }

  private void counts(List<Token> ts, Roles.Role[] roles) {
    for (int i = 0; i + 1 < ts.size(); i++) {
      if (!Items.isCount(ts, roles, i, taken) || ts.get(i + 1).kind() != Token.Kind.WORD) {
        continue;
      }
      int last = i + 1;
      while (last + 1 < ts.size() && last < i + 4 && ts.get(last + 1).kind() == Token.Kind.WORD) {
        last++;
      }
      int q = Roles.qualifierStart(ts, i);
      found.add(
          new Found(
              ts.get(q).start(),
              ts.get(last).end(),
              new Claim.Count(ts.get(i).whole(), Roles.qualifierBefore(ts, i))));
      take(ts.get(i));
    }
  }
}

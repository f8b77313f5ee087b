package io.github.qcdc.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An overall rate followed by the fractions of its parts, in parentheses or after "trong đó",
 * "gồm", "cụ thể": "đạt 50/65 xã (huyện A 20/25 xã, huyện B 30/40 xã)", "tỷ lệ chung đạt 76,9%,
 * trong đó huyện A 20/25, huyện B 30/40". The overall rate is a fraction, possibly with its
 * percentage in parentheses, or a percentage.
 */
final class OverallRates {
  /** How far after the overall rate its parts may start, in tokens. */
  private static final int NEAR = 16;

  private OverallRates() {}

  static void read(
      List<Token> ts, Roles.Role[] roles, List<ClaimGrammar.Found> found, BitSet taken) {
    for (int i = 0; i + 2 < ts.size(); i++) {
      boolean fraction = fraction(ts, roles, i, taken);
      boolean percent =
          !fraction && ClaimGrammar.free(ts, roles, i, taken) && ClaimGrammar.isPercent(ts, i);
      if (!fraction && !percent) {
        continue;
      }
      Opening opening = opening(ts, roles, fraction ? i + 3 : i + 2, fraction, taken);
      int open = opening.open();
      int stated = opening.stated();
      if (open < 0) {
        continue;
      }
      int from = ts.get(open).isPunct('(') ? open + 1 : open + (ts.get(open).is("gồm") ? 1 : 2);
      List<int[]> items = items(ts, roles, from, taken);
      if (items.size() < 2) {
        continue;
      }
      ImmutableList.Builder<Claim.RatePart> parts = ImmutableList.builder();
      for (int[] item : items) {
        parts.add(
            new Claim.RatePart(
                label(ts, item[0], item[1], item[2]),
                ts.get(item[1]).whole(),
                ts.get(item[1] + 2).whole()));
      }
      Claim total = total(ts, i, fraction, stated);
      int[] last = items.get(items.size() - 1);
      found.add(
          new ClaimGrammar.Found(
              ts.get(i).start(), ts.get(last[2] - 1).end(), new Claim.Rates(total, parts.build())));
      take(ts, i, taken);
      if (fraction) {
        take(ts, i + 2, taken);
      }
      if (stated >= 0) {
        take(ts, stated, taken);
      }
      for (int[] item : items) {
        take(ts, item[1], taken);
        take(ts, item[1] + 2, taken);
      }
      i = last[2];
    }
  }

  /**
   * Where the parts of an overall rate ending before {@code after} open: a parenthesis or a
   * breakdown keyword within a few words ({@code open}, or -1), and the overall fraction's own
   * percentage in parentheses before it ({@code stated}, or -1): "50/65 xã (76,92%), trong đó …".
   */
  private record Opening(int open, int stated) {}

  private static Opening opening(
      List<Token> ts, Roles.Role[] roles, int after, boolean fraction, BitSet taken) {
    int stated = -1;
    for (int j = after; j < ts.size() && j < after + NEAR; j++) {
      Token t = ts.get(j);
      if (fraction
          && stated < 0
          && t.isPunct('(')
          && ClaimGrammar.free(ts, roles, j + 1, taken)
          && ClaimGrammar.isPercent(ts, j + 1)
          && j + 3 < ts.size()
          && ts.get(j + 3).isPunct(')')) {
        stated = j + 1;
        j += 3;
        continue;
      }
      if (t.isPunct('(') || ClaimGrammar.startsKeyword(ts, j)) {
        return new Opening(j, stated);
      }
      if (t.kind() != Token.Kind.WORD && !t.isPunct(',') && !t.isPunct(':')) {
        break;
      }
    }
    return new Opening(-1, stated);
  }

  private static Claim total(List<Token> ts, int i, boolean fraction, int stated) {
    if (!fraction) {
      BigDecimal value = ts.get(i).value();
      return new Claim.Percent(value, Math.max(0, value.scale()), Roles.qualifierBefore(ts, i));
    }
    Optional<BigDecimal> percent =
        stated < 0 ? Optional.empty() : Optional.of(ts.get(stated).value());
    return new Claim.Ratio(
        ts.get(i).whole(),
        ts.get(i + 2).whole(),
        percent,
        percent.map(p -> Math.max(0, p.scale())).orElse(0));
  }

  /**
   * The items from {@code from}, each {first token, its fraction's numerator token, the token after
   * it}, up to a closing parenthesis or the sentence's end; a segment with anything but one
   * fraction ends the list.
   */
  private static List<int[]> items(List<Token> ts, Roles.Role[] roles, int from, BitSet taken) {
    List<int[]> items = new ArrayList<>();
    int s = from;
    int end = Math.min(ts.size(), from + Items.MAX_TOKENS);
    for (int k = from; k <= end; k++) {
      boolean cut =
          k == end || ts.get(k).isPunct(',') || ts.get(k).isPunct(';') || ts.get(k).isPunct(')');
      if (!cut) {
        continue;
      }
      int[] item = item(ts, roles, s, k, taken);
      if (item == null) {
        break;
      }
      items.add(item);
      if (k == end || ts.get(k).isPunct(')')) {
        break;
      }
      s = k + 1;
    }
    return items;
  }

  private static int @Nullable [] item(
      List<Token> ts, Roles.Role[] roles, int s, int e, BitSet taken) {
    int at = -1;
    for (int k = s; k < e; k++) {
      if (ts.get(k).kind() == Token.Kind.NUMBER) {
        if (at >= 0 || !fraction(ts, roles, k, taken) || k + 2 >= e) {
          return null;
        }
        at = k;
        k += 2;
      }
    }
    return at < 0 || label(ts, s, at, e).isEmpty() ? null : new int[] {s, at, e};
  }

  private static String label(List<Token> ts, int s, int at, int e) {
    String before = Lists.words(ts, s, at);
    String label = before.equals("-") ? Lists.words(ts, at + 3, e) : before;
    return label.equals("-") ? "" : label;
  }

  private static boolean fraction(List<Token> ts, Roles.Role[] roles, int i, BitSet taken) {
    return i + 2 < ts.size()
        && ClaimGrammar.free(ts, roles, i, taken)
        && ts.get(i + 1).kind() == Token.Kind.SLASH
        && ClaimGrammar.free(ts, roles, i + 2, taken)
        && ts.get(i).whole() >= 0
        && ts.get(i + 2).whole() > 0
        && ts.get(i).whole() <= ts.get(i + 2).whole()
        && !(i + 3 < ts.size() && ts.get(i + 3).kind() == Token.Kind.SLASH)
        && !(i > 0 && ts.get(i - 1).kind() == Token.Kind.SLASH);
  }

  private static void take(List<Token> ts, int i, BitSet taken) {
    taken.set(ts.get(i).start());
  }
}

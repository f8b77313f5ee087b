package io.github.qcdc.audit;

import io.github.qcdc.records.Qualifier;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;

/**
 * Changes against a base stated in one sentence: a value, then "tăng" or "giảm" with the change (a
 * count or a percentage), then "so với" and the base ("tổ chức 150 cuộc, tăng 12 cuộc so với năm
 * 2019 (138 cuộc)"). A change whose value or base is not stated is left as counts: there is nothing
 * to check it against.
 */
final class Changes {
  /** How far before "tăng" the value may be and still be read with high confidence. */
  private static final int NEAR = 6;

  private Changes() {}

  static void read(
      List<Token> ts, Roles.Role[] roles, List<ClaimGrammar.Found> found, BitSet taken) {
    for (int k = 1; k + 4 < ts.size(); k++) {
      boolean up = ts.get(k).is("tăng");
      if (!up && !ts.get(k).is("giảm")) {
        continue;
      }
      int d = number(ts, roles, k + 1, k + 4, taken);
      if (d < 0) {
        continue;
      }
      boolean percent = d + 1 < ts.size() && ts.get(d + 1).kind() == Token.Kind.PERCENT;
      if (!percent && !Items.isCount(ts, roles, d, taken)) {
        continue;
      }
      int so = -1;
      for (int j = d + 1; j < ts.size() && j <= d + 6; j++) {
        if (ts.get(j).is("so") && Roles.word(ts, j + 1).equals("với")) {
          so = j;
          break;
        }
      }
      int base = so < 0 ? -1 : count(ts, roles, so + 2, so + 12, taken);
      int value = valueBefore(ts, roles, k, taken);
      if (base < 0 || value < 0) {
        continue;
      }
      BigDecimal change = ts.get(d).value();
      found.add(
          new ClaimGrammar.Found(
              ts.get(value).start(),
              end(ts, base),
              new Claim.Change(
                  ts.get(value).whole(),
                  ts.get(base).whole(),
                  up ? change : change.negate(),
                  percent,
                  Roles.qualifierBefore(ts, d)),
              k - value <= NEAR ? Confidence.HIGH : Confidence.LOW));
      taken.set(ts.get(value).start());
      taken.set(ts.get(d).start());
      taken.set(ts.get(base).start());
    }
  }

  /** The first free figure of tokens {@code from} to {@code to}, or -1. */
  private static int number(List<Token> ts, Roles.Role[] roles, int from, int to, BitSet taken) {
    for (int j = from; j < ts.size() && j < to; j++) {
      Token t = ts.get(j);
      if (t.kind() == Token.Kind.NUMBER) {
        return roles[j] == Roles.Role.FIGURE && !taken.get(t.start()) ? j : -1;
      }
      if (t.kind() != Token.Kind.WORD) {
        return -1;
      }
    }
    return -1;
  }

  /** The first count of tokens {@code from} to {@code to} before another change, or -1. */
  private static int count(List<Token> ts, Roles.Role[] roles, int from, int to, BitSet taken) {
    for (int j = from; j < ts.size() && j < to; j++) {
      Token t = ts.get(j);
      if (t.isPunct(';') || t.is("tăng") || t.is("giảm")) {
        return -1;
      }
      if (Items.isCount(ts, roles, j, taken)) {
        return j;
      }
    }
    return -1;
  }

  /** The count the change at {@code k} is of: the nearest before it in its clause, or -1. */
  private static int valueBefore(List<Token> ts, Roles.Role[] roles, int k, BitSet taken) {
    for (int j = k - 1; j >= 0 && j >= k - 15; j--) {
      Token t = ts.get(j);
      if (t.isPunct(';')) {
        return -1;
      }
      if (t.kind() == Token.Kind.NUMBER) {
        return Items.isCount(ts, roles, j, taken) && Roles.qualifierBefore(ts, j) == Qualifier.EXACT
            ? j
            : -1;
      }
    }
    return -1;
  }

  /** The end of the base's phrase: its number, its noun, and a closing parenthesis. */
  private static int end(List<Token> ts, int base) {
    int e = base;
    while (e + 1 < ts.size() && e < base + 4 && ts.get(e + 1).kind() == Token.Kind.WORD) {
      e++;
    }
    if (e + 1 < ts.size() && ts.get(e + 1).isPunct(')')) {
      e++;
    }
    return ts.get(e).end();
  }
}

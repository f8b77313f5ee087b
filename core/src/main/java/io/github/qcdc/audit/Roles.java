package io.github.qcdc.audit;

import io.github.qcdc.records.Qualifier;
import java.util.List;
import java.util.Set;

/**
 * What each number of a sentence is before any claim is read: a figure, or a year, a date, a
 * document number, a code, a duration. Only figures make claims; everything else is never one.
 */
final class Roles {
  /** Words before a number that make it a document's, a meeting's or a place's number. */
  private static final Set<String> DOCUMENT_WORDS =
      Set.of(
          "số", "khóa", "khoá", "thứ", "luật", "điều", "khoản", "mục", "trang", "biểu", "mẫu", "tổ",
          "xóm", "thôn", "ấp", "đường", "phòng");

  /** Words before "số" that make it "the number of", not "number": "tổng số 1.020". */
  private static final Set<String> NOT_A_NUMBER_WORD = Set.of("tổng", "là", "với", "có", "được");

  /** Pairs of words before a number that make it a document's number: "Nghị quyết 08". */
  private static final Set<String> DOCUMENT_PAIRS =
      Set.of(
          "thông tư",
          "nghị định",
          "quyết định",
          "chỉ thị",
          "nghị quyết",
          "kết luận",
          "kế hoạch",
          "pháp lệnh",
          "công văn",
          "trung ương",
          "hướng dẫn",
          "thông báo",
          "tờ trình",
          "phụ lục");

  /** Words before a number that make it a day: "ngày 13/10", "sáng 13/10". */
  private static final Set<String> DAY_WORDS =
      Set.of("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "tháng", "mùng", "mồng");

  /** Words around a four-digit number that make it a year. */
  private static final Set<String> YEAR_WORDS =
      Set.of(
          "năm", "từ", "đến", "giai", "đoạn", "kỳ", "khóa", "tháng", "trước", "sau", "cuối", "đầu",
          "niên", "vụ", "và", "nhiệm");

  /** Words after a number that make it a measure of time or money, not a count. */
  static final Set<String> NOT_COUNTED =
      Set.of(
          "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần", "quý", "triệu", "tỷ", "nghìn",
          "ngàn", "trăm", "h");

  enum Role {
    FIGURE,
    YEAR,
    DATE,
    DOCUMENT,
    CODE
  }

  private Roles() {}

  /** The role of every token of {@code ts} (numbers; anything else is FIGURE and ignored). */
  static Role[] of(List<Token> ts) {
    Role[] roles = new Role[ts.size()];
    for (int i = 0; i < ts.size(); i++) {
      roles[i] = Role.FIGURE;
    }
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.kind() != Token.Kind.NUMBER || roles[i] != Role.FIGURE) {
        continue;
      }
      String prev = word(ts, i - 1);
      boolean slashNumber = is(ts, i + 1, Token.Kind.SLASH) && is(ts, i + 2, Token.Kind.NUMBER);
      if (is(ts, i + 1, Token.Kind.SLASH) && is(ts, i + 2, Token.Kind.WORD)
          || glued(ts, i) && ts.get(i + 1).isPunct('-') && is(ts, i + 2, Token.Kind.WORD)) {
        roles[i] = Role.DOCUMENT; // 34/PL-UBTVQH11, 120-KL/TW
      } else if (slashNumber && is(ts, i + 3, Token.Kind.SLASH)) {
        roles[i] = Role.DATE; // 07/01/2016, 04/2015/NĐ-CP
        roles[i + 2] = Role.DATE;
        if (is(ts, i + 4, Token.Kind.NUMBER)) {
          roles[i + 4] = Role.DATE;
        }
      } else if (slashNumber && isDayOrMonth(ts, i, prev)) {
        roles[i] = Role.DATE;
        roles[i + 2] = Role.DATE;
      } else if (DOCUMENT_WORDS.contains(prev)
              && !(prev.equals("số") && NOT_A_NUMBER_WORD.contains(word(ts, i - 2)))
          || DOCUMENT_PAIRS.contains(word(ts, i - 2) + " " + prev)) {
        roles[i] = Role.DOCUMENT;
      } else if (DAY_WORDS.contains(prev)) {
        roles[i] = Role.DATE;
      } else if (t.text().length() >= 4
          && t.text().charAt(0) == '0'
          && t.text().chars().allMatch(Character::isDigit)) {
        roles[i] = Role.CODE; // a telephone number, a postcode
      } else if (isYear(ts, i, prev, roles)) {
        roles[i] = Role.YEAR;
      }
    }
    return roles;
  }

  /** Whether tokens {@code i}, {@code i + 1} and {@code i + 2} touch: {@code 120-KL}. */
  private static boolean glued(List<Token> ts, int i) {
    return i + 2 < ts.size()
        && ts.get(i).end() == ts.get(i + 1).start()
        && ts.get(i + 1).end() == ts.get(i + 2).start();
  }

  private static boolean isDayOrMonth(List<Token> ts, int i, String prev) {
    long a = ts.get(i).whole();
    long b = ts.get(i + 2).whole();
    if (DAY_WORDS.contains(prev) || b >= 1900 && b <= 2100 && a >= 1 && a <= 12) {
      return true;
    }
    String next = word(ts, i + 3);
    return a >= 1 && a <= 31 && b >= 1 && b <= 12 && (next.isEmpty() || YEAR_WORDS.contains(next));
  }

  private static boolean isYear(List<Token> ts, int i, String prev, Role[] roles) {
    Token t = ts.get(i);
    long v = t.whole();
    if (t.grouped() || t.text().length() != 4 || v < 1900 || v > 2100) {
      return false;
    }
    if (YEAR_WORDS.contains(prev)
        || i > 1 && ts.get(i - 1).isPunct('-') && roles[i - 2] == Role.YEAR) {
      return true;
    }
    String next = word(ts, i + 1);
    return next.isEmpty() || YEAR_WORDS.contains(next) || is(ts, i + 1, Token.Kind.PUNCT);
  }

  private static boolean is(List<Token> ts, int i, Token.Kind kind) {
    return i >= 0 && i < ts.size() && ts.get(i).kind() == kind;
  }

  /** The word at {@code i}, or "" if there is none. */
  static String word(List<Token> ts, int i) {
    return i >= 0 && i < ts.size() && ts.get(i).kind() == Token.Kind.WORD ? ts.get(i).text() : "";
  }

  /** The qualifier stated just before token {@code i}, and how many words it took. */
  static Qualifier qualifierBefore(List<Token> ts, int i) {
    String one = word(ts, i - 1);
    String two = word(ts, i - 2) + " " + one;
    return Qualifier.fromWord(two)
        .or(() -> Qualifier.fromWord(one))
        .filter(q -> q != Qualifier.EXACT)
        .orElse(Qualifier.EXACT);
  }

  /** The first token of the qualifier before {@code i}, or {@code i} if there is none. */
  static int qualifierStart(List<Token> ts, int i) {
    String one = word(ts, i - 1);
    if (Qualifier.fromWord(word(ts, i - 2) + " " + one).isPresent()) {
      return i - 2;
    }
    return Qualifier.fromWord(one).isPresent() ? i - 1 : i;
  }
}

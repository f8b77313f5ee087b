package io.github.qcdc.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A token of a report's normalised text: a number, a word, {@code %}, {@code /} or a punctuation
 * character, with its place in the text.
 *
 * <p>Numbers are read in the styles Vietnamese reports use: {@code 2.849} and {@code 2 849} (groups
 * of three after a point or a space) are 2849, {@code 68,13} is 68.13; a point followed by other
 * than three digits is a decimal point ({@code 68.13}). Reading is one pass, linear in the text.
 *
 * @param kind what the token is
 * @param start its first character in the text
 * @param end the character after it
 * @param text a word lower-cased, the characters of anything else
 * @param number the value of a number, null otherwise
 * @param grouped whether a number was written with a thousands separator
 */
record Token(
    Kind kind, int start, int end, String text, @Nullable BigDecimal number, boolean grouped) {

  /** Kinds of tokens. */
  enum Kind {
    NUMBER,
    WORD,
    PERCENT,
    SLASH,
    PUNCT
  }

  boolean is(String word) {
    return text.equals(word);
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
  }

  /** The value of a number token. */
  BigDecimal value() {
    return java.util.Objects.requireNonNull(number, "not a number token");
  }

  /** The whole number this token is, or -1 if it is not one or is past a long. */
  long whole() {
    BigDecimal n = number;
    if (n == null || n.scale() > 0 || n.unscaledValue().bitLength() >= 63) {
      return -1;
    }
    return n.longValue();
  }

  /** The tokens of {@code text} from {@code from} to {@code to}. */
  static List<Token> read(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n') {
        i++;
      } else if (isDigit(c)) {
        i = number(text, i, to, tokens);
      } else if (Character.isLetter(c)) {
        int s = i;
        while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i, to))) {
          i++;
        }
        tokens.add(
            new Token(Kind.WORD, s, i, text.substring(s, i).toLowerCase(Locale.ROOT), null, false));
      } else if (c == '%') {
        tokens.add(new Token(Kind.PERCENT, i, i + 1, "%", null, false));
        i++;
      } else if (c == '/') {
        tokens.add(new Token(Kind.SLASH, i, i + 1, "/", null, false));
        i++;
      } else {
        tokens.add(new Token(Kind.PUNCT, i, i + 1, String.valueOf(c), null, false));
        i++;
      }
    }
    return tokens;
  }

  /** A hyphen inside a code word ({@code NĐ-CP}, {@code KL/TW} is two words and a slash). */
  private static boolean isJoiner(String text, int i, int to) {
    char c = text.charAt(i);
    return (c == '-' || c == '_')
        && i + 1 < to
        && Character.isLetterOrDigit(text.charAt(i + 1))
        && i > 0
        && Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String text, int i, int to) {
    while (i < to && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int number(String text, int start, int to, List<Token> tokens) {
    int i = digits(text, start, to);
    StringBuilder value = new StringBuilder(text.substring(start, i));
    boolean grouped = false;
    if (i - start <= 3) {
      // groups of three after '.' or a space: 2.849, 2 849, 1.234.567; a hard wrap inside a
      // paragraph is a space ("2\n608" wrapped from "2 608")
      while (i + 4 <= to
          && (text.charAt(i) == '.' || text.charAt(i) == ' ' || text.charAt(i) == '\n')
          && digits(text, i + 1, to) == i + 4) {
        value.append(text, i + 1, i + 4);
        i += 4;
        grouped = true;
      }
    }
    if (i + 1 < to && text.charAt(i) == ',' && isDigit(text.charAt(i + 1))) {
      int e = digits(text, i + 1, to);
      value.append('.').append(text, i + 1, e);
      i = e;
    } else if (!grouped
        && i + 1 < to
        && text.charAt(i) == '.'
        && isDigit(text.charAt(i + 1))
        && digits(text, i + 1, to) - (i + 1) != 3) {
      int e = digits(text, i + 1, to);
      value.append('.').append(text, i + 1, e);
      i = e;
    }
    tokens.add(
        new Token(
            Kind.NUMBER,
            start,
            i,
            text.substring(start, i),
            new BigDecimal(value.toString()),
            grouped));
    return i;
  }
}

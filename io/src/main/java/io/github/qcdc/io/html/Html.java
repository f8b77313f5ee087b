package io.github.qcdc.io.html;

import org.jspecify.annotations.Nullable;

/**
 * An HTML document written in order into a buffer. Every text and attribute value that comes from a
 * report goes through {@link #text} or an attribute and is escaped; {@link #raw} takes only
 * fragments this package writes itself (the style sheet, the script, tag names).
 */
final class Html {
  private final StringBuilder out;

  Html(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /**
   * {@code s} with {@code & < > " '} replaced by their character references: safe as element text
   * and as a quoted attribute value, so that nothing from the data is ever read as markup.
   */
  static String escape(String s) {
    @Nullable StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      @Nullable String ref =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (ref != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(ref);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Opens {@code tag} with attributes given as name, value pairs; the values are escaped.
   *
   * @throws IllegalArgumentException if the attributes are not in pairs
   */
  Html open(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes of <" + tag + "> must be name, value pairs: " + attributes.length + " given");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
    out.append('>');
    return this;
  }

  /** Closes {@code tag}. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attributes>text</tag>}, the text escaped. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Text, escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** A fragment written by this package, never data. */
  Html raw(String fragment) {
    out.append(fragment);
    return this;
  }

  /** A line break in the source, for people reading it. */
  Html newline() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

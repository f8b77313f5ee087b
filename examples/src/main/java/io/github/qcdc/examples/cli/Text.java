package io.github.qcdc.examples.cli;

/** Text from the user or the data made safe to print on a terminal. */
final class Text {
  private Text() {}

  /**
   * {@code text} with every control character (ESC, CR, LF, TAB...) written as {@code \\u001b}:
   * what the input holds is shown, never acted on by the terminal.
   */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}

package io.propgov.governance.error;

/**
 * Text made safe to show on a terminal: every control character (C0, DEL and C1, line breaks
 * included) is shown as a <code>&#92;u001b</code>-style escape, so that an id or name read from input
 * can neither move the cursor, recolour the screen nor forge a line of its own.
 *
 * @since 0.1.0
 */
public final class Printable {

  private Printable() {}

  /**
   * Returns the text with each control character replaced by its <code>&#92;uXXXX</code> escape.
   *
   * @param text the text, not null
   * @return the text itself when it holds no control character, else the escaped copy; never null
   */
  public static String of(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether a character is a control character: U+0000 to U+001F, U+007F or U+0080 to U+009F.
   *
   * @param c the character
   * @return true for a control character
   */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}

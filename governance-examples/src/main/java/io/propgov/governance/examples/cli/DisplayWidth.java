package io.propgov.governance.examples.cli;

/**
 * How many terminal columns text takes: East Asian wide and fullwidth characters (Chinese,
 * Japanese, Korean, fullwidth punctuation such as （）and ：) take two, combining marks and format
 * characters none, every other character one. Characters of ambiguous width (such as – and ·)
 * count one, as most terminals show them.
 */
final class DisplayWidth {

  private DisplayWidth() {}

  /** The columns a text takes. */
  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The columns one code point takes: 0, 1 or 2. */
  static int of(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    return wide(cp) ? 2 : 1;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, symbols and punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoticons
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and beyond
  }

  /** The text padded with spaces on the right to a width; unchanged when it is as wide already. */
  static String padRight(String text, int width) {
    int pad = width - of(text);
    return pad > 0 ? text + " ".repeat(pad) : text;
  }

  /** The text padded with spaces on the left to a width. */
  static String padLeft(String text, int width) {
    int pad = width - of(text);
    return pad > 0 ? " ".repeat(pad) + text : text;
  }

  /** The text cut to at most {@code max} columns, ending with … when cut; never splits a character. */
  static String fit(String text, int max) {
    if (of(text) <= max) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = of(cp);
      if (width + w > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }
}

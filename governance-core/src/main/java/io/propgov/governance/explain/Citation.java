package io.propgov.governance.explain;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a rule or a parameter value comes from, in English and Simplified Chinese:
 * "Civil Code art. 278" / "《民法典》第二百七十八条".
 *
 * @param en the English text, never blank
 * @param zh the Simplified Chinese text, never blank
 * @since 0.1.0
 */
public record Citation(String en, String zh) {

  /** Checks that both texts are given. */
  public Citation {
    en = requireText(en, "en");
    zh = requireText(zh, "zh");
  }

  /**
   * Returns the text for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the citation text, never null
   */
  public String text(Locale locale) {
    return Messages.isChinese(locale) ? zh : en;
  }

  static String requireText(String text, String field) {
    Objects.requireNonNull(text, field);
    int last = text.length() - 1;
    // Most texts (every figure name) need no stripping: checking their ends is enough.
    if (last >= 0 && !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(last))) {
      return text;
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return text.strip();
  }
}

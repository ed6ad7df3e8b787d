package io.propgov.governance.explain;

import java.util.Locale;

/**
 * A name in English and Simplified Chinese that comes from a policy rather than from the SDK's
 * message bundles: a severity ("Small matter" / 小事), a level, a meeting.
 *
 * @param en the English name, never blank
 * @param zh the Chinese name, never blank
 * @since 0.1.0
 */
public record Label(String en, String zh) {

  /** Checks that both names are given. */
  public Label {
    en = Texts.require(en, "en");
    zh = Texts.require(zh, "zh");
  }

  /**
   * Returns the name for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the name, never null
   */
  public String text(Locale locale) {
    return Messages.isChinese(locale) ? zh : en;
  }
}

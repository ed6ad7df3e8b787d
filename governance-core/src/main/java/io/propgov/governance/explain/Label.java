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

  /**
   * Returns the SDK's own names of a code from its message bundles (the key
   * {@code term.<code>}, else {@code matter.<code>} for the matters owners decide), such as
   * {@code VOTES} (owners' votes, 业主共同决定（业主大会）).
   *
   * @param code the code, not null
   * @return the names, or the code in both languages when the bundles have none
   * @since 0.2.0
   */
  public static Label term(String code) {
    String key = Messages.forLocale(Locale.ENGLISH).template("term." + code) != null ? "term." + code : "matter." + code;
    String en = Messages.forLocale(Locale.ENGLISH).template(key);
    String zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE).template(key);
    return new Label(en == null ? code : en, zh == null ? code : zh);
  }
}

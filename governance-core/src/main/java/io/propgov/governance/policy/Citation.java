package io.propgov.governance.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a rule or a parameter value comes from, in English and Simplified Chinese:
 * "Civil Code art. 278" / "《民法典》第二百七十八条". A value that its source does not give is a
 * model assumption: its citation says so as a flag, for programs, and in both texts, for readers
 * ("model assumption" / "本模型假设"), so that every renderer shows it.
 *
 * @param en the English text, never blank; contains {@link #MARK_EN} when {@code assumption}
 * @param zh the Simplified Chinese text, never blank; contains {@link #MARK_ZH} when {@code assumption}
 * @param assumption whether the value cited is this model's assumption rather than a figure of the source
 * @since 0.1.0
 */
public record Citation(String en, String zh, boolean assumption) {

  /** The English mark of a model assumption, as every marked text contains it. */
  public static final String MARK_EN = "model assumption";
  /** The Chinese mark of a model assumption, as every marked text contains it. */
  public static final String MARK_ZH = "本模型假设";

  /** Checks that both texts are given, and marks both texts of an assumption that do not say so yet. */
  public Citation {
    en = requireText(en, "en");
    zh = requireText(zh, "zh");
    if (assumption) {
      // A flag alone is invisible to a reader: the texts carry the mark wherever they are shown.
      en = en.contains(MARK_EN) ? en : en + " (" + MARK_EN + ")";
      zh = zh.contains(MARK_ZH) ? zh : zh + "（" + MARK_ZH + "）";
    }
  }

  /**
   * Creates the citation of a source that gives the value cited.
   *
   * @param en the English text, never blank
   * @param zh the Simplified Chinese text, never blank
   */
  public Citation(String en, String zh) {
    this(en, zh, false);
  }

  /**
   * Creates the citation of a model assumption: a value the source does not give. Both texts
   * gain the mark when they lack it.
   *
   * @param en the English text, never blank
   * @param zh the Simplified Chinese text, never blank
   * @return the citation, flagged and marked, never null
   */
  public static Citation assumption(String en, String zh) {
    return new Citation(en, zh, true);
  }

  /**
   * Returns the text for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the citation text, never null
   */
  public String text(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }

  /** The text stripped of surrounding blanks; a policy's texts are read once, so no fast path is needed. */
  static String requireText(String text, String field) {
    if (Objects.requireNonNull(text, field).isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return text.strip();
  }
}

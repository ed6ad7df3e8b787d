package io.propgov.governance.examples.report;

import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.explain.Label;
import java.util.Locale;

/**
 * Where an estate stands in a summary: the engine's {@link EstateStatus}, or {@link #REJECTED}
 * when its facts were invalid and it was not judged.
 *
 * @since 0.2.0
 */
public enum SummaryStatus {
  /** No valid survey round yet. */
  NO_VALID_RATING("no-valid-rating", Tone.NONE),
  /** The latest valid round passed. */
  SATISFACTORY("satisfactory", Tone.GOOD),
  /** The latest valid rounds failed, not yet often enough to start a dismissal. */
  BELOW_PASS_LINE("below-pass-line", Tone.WATCH),
  /** Enough consecutive rounds failed: the owners may start a dismissal vote. */
  DISMISSAL_MAY_START("dismissal-may-start", Tone.BAD),
  /** The owners voted to dismiss the company. */
  DISMISSAL_DECIDED("dismissal-decided", Tone.BAD),
  /** The estate's facts were invalid: it was not judged. */
  REJECTED("rejected", Tone.BAD);

  private final String code;
  private final Tone tone;

  SummaryStatus(String code, Tone tone) {
    this.code = code;
    this.tone = tone;
  }

  /**
   * Returns the stable code, such as {@code dismissal-may-start}, for files and programs.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the status means for the reader.
   *
   * @return the tone, never null
   */
  public Tone tone() {
    return tone;
  }

  /**
   * Returns the status's name in English and Chinese, such as "dismissal may start" / 可启动解聘.
   *
   * @return the label, never null
   */
  public Label label() {
    return ReportText.label("status." + code);
  }

  /**
   * Returns the status's name in a language.
   *
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the name, never null
   */
  public String text(Locale locale) {
    return label().text(locale);
  }

  /**
   * Returns the summary status of a judged estate.
   *
   * @param status the engine's status, not null
   * @return the same status in a summary, never null
   */
  public static SummaryStatus of(EstateStatus status) {
    return switch (status) {
      case NO_VALID_RATING -> NO_VALID_RATING;
      case SATISFACTORY -> SATISFACTORY;
      case BELOW_PASS_LINE -> BELOW_PASS_LINE;
      case DISMISSAL_MAY_START -> DISMISSAL_MAY_START;
      case DISMISSAL_DECIDED -> DISMISSAL_DECIDED;
    };
  }
}

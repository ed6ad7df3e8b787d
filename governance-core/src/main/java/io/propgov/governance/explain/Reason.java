package io.propgov.governance.explain;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule applied: its stable id, its outcome, the figures it compared and where the rule
 * comes from.
 *
 * <p>A comparing rule names the {@code actual} figure, the {@code comparison} and the
 * {@code threshold} it was held against; every figure, those two included, is listed in
 * {@link #figures()} so that a message template can refer to any of them by name.
 *
 * @param ruleId the stable rule id, such as {@code satisfaction.pass-line}, never blank
 * @param outcome what applying the rule gave, never null
 * @param actual the name of the figure compared, or null when the rule compares nothing
 * @param comparison how {@code actual} was compared, or null when the rule compares nothing
 * @param threshold the name of the figure it was compared with, or null
 * @param figures every figure the rule looked at, in a stable order, never null
 * @param citation the source of the rule as applied on that date, never null
 * @param margin how far the compared figure lies from the rule's line, in the unit people count
 *     in, and what change would flip the outcome; null when the rule compares no figure with a
 *     line (or, for a share, when there is no base to count from). Its outcome agrees with
 *     {@code outcome}. Since 0.3.0.
 * @since 0.1.0
 */
public record Reason(String ruleId, Outcome outcome, String actual, Comparison comparison, String threshold,
    List<Figure> figures, Citation citation, Margin margin) {

  /**
   * Checks that the comparison parts come together and name figures that are listed, and that a
   * margin agrees with the outcome.
   */
  public Reason {
    ruleId = Texts.require(ruleId, "ruleId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(citation, "citation");
    figures = List.copyOf(figures);
    boolean compares = comparison != null;
    if (compares != (actual != null) || compares != (threshold != null)) {
      throw new IllegalArgumentException(ruleId + ": actual, comparison and threshold come together or not at all");
    }
    if (compares) {
      requireListed(ruleId, actual, figures);
      requireListed(ruleId, threshold, figures);
    }
    if (margin != null && outcome != Outcome.of(margin.met())) {
      throw new IllegalArgumentException(ruleId + ": the margin " + margin.value() + " " + margin.unit() + " says "
          + Outcome.of(margin.met()) + " but the outcome is " + outcome);
    }
  }

  /**
   * Creates a reason without a margin.
   *
   * @param ruleId the stable rule id
   * @param outcome what applying the rule gave
   * @param actual the name of the figure compared, or null
   * @param comparison how it was compared, or null
   * @param threshold the name of the figure it was compared with, or null
   * @param figures every figure the rule looked at
   * @param citation the source of the rule
   */
  public Reason(String ruleId, Outcome outcome, String actual, Comparison comparison, String threshold,
      List<Figure> figures, Citation citation) {
    this(ruleId, outcome, actual, comparison, threshold, figures, citation, null);
  }

  /**
   * Returns this reason with a margin.
   *
   * @param margin the margin, whose outcome agrees with this reason's; null for none
   * @return the reason with that margin, never null
   * @since 0.2.0
   */
  public Reason withMargin(Margin margin) {
    return new Reason(ruleId, outcome, actual, comparison, threshold, figures, citation, margin);
  }

  /**
   * Returns the reason for a comparing rule.
   *
   * @param ruleId the stable rule id
   * @param met whether the comparison holds
   * @param actual the figure observed
   * @param comparison how it is compared
   * @param threshold the figure required
   * @param citation the source of the rule
   * @param context further figures the rule looked at, shown in its message
   * @return the reason, never null
   */
  public static Reason compared(String ruleId, boolean met, Figure actual, Comparison comparison, Figure threshold,
      Citation citation, Figure... context) {
    Figure[] all = new Figure[context.length + 2];
    all[0] = actual;
    all[1] = threshold;
    System.arraycopy(context, 0, all, 2, context.length);
    return new Reason(ruleId, Outcome.of(met), actual.name(), comparison, threshold.name(), List.of(all), citation);
  }

  /**
   * Returns the reason for a rule that compares no threshold.
   *
   * @param ruleId the stable rule id
   * @param outcome what applying it gave
   * @param citation the source of the rule
   * @param figures the figures it looked at
   * @return the reason, never null
   */
  public static Reason noted(String ruleId, Outcome outcome, Citation citation, Figure... figures) {
    return new Reason(ruleId, outcome, null, null, null, List.of(figures), citation);
  }

  private static void requireListed(String ruleId, String name, List<Figure> figures) {
    for (Figure f : figures) {
      if (f.name().equals(name)) {
        return;
      }
    }
    throw new IllegalArgumentException(ruleId + ": figure '" + name + "' is compared but not listed");
  }

  /**
   * Returns the figure of that name.
   *
   * @param name the figure's name
   * @return the figure, or empty when the rule did not look at one of that name
   */
  public Optional<Figure> figure(String name) {
    return figures.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Renders this reason's message in a language, with its figures filled in, such as
   * "Weighted score 59.5 is below the pass line 60", followed by its margin where it has one
   * ("; 0.5 points below the pass line"). A required share is shown exactly with its
   * comparison ("more than half", 过半数; "at least 2/3", 三分之二以上), never as a rounded
   * percentage.
   *
   * @param locale any {@code zh} locale for Simplified Chinese, any other for English, not null
   * @return the text, never null
   */
  public String text(java.util.Locale locale) {
    String text = message(locale);
    String clause = MarginText.clause(this, locale);
    if (clause == null) {
      return text;
    }
    return text + (Messages.isChinese(locale) ? "；" : "; ") + clause;
  }

  /** The message of the rule's outcome, figures filled in, without the margin. */
  private String message(java.util.Locale locale) {
    Messages messages = Messages.forLocale(locale);
    Figure required = comparison == null ? null : figure(threshold).orElseThrow();
    if (required == null || required.unit() != Unit.SHARE) {
      return messages.format(messageKey(), figures);
    }
    // A required share reads exactly and with its strictness ("at least 2/3", "more than half");
    // the share compared with it never looks to be on the other side of it.
    Map<String, String> shown = new HashMap<>();
    shown.put(threshold, Shares.required(comparison, required.amount(), locale));
    Figure compared = figure(actual).orElseThrow();
    if (compared.unit() == Unit.SHARE) {
      shown.put(actual, Shares.actual(compared.amount(), comparison, required.amount(), Messages.isChinese(locale)));
    }
    List<Figure> rest = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      if (!shown.containsKey(f.name())) {
        rest.add(f);
      }
    }
    return messages.format(messageKey(), rest, Map.of(), shown);
  }

  /**
   * Returns the key of this reason's message template: {@code ruleId + "." + outcome}, for
   * example {@code satisfaction.pass-line.NOT_MET}.
   *
   * @return the message key, never null
   */
  public String messageKey() {
    return ruleId + "." + outcome;
  }
}

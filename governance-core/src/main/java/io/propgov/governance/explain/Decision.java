package io.propgov.governance.explain;

import io.propgov.governance.policy.PolicyRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A result together with its explanation: every rule applied to reach it, the policy it was
 * made under and the date it speaks for.
 *
 * @param value the result, never null
 * @param reasons the rules applied, in the order they were applied, never null
 * @param policy the policy used, never null
 * @param asOf the date the decision speaks for, never null
 * @param <T> the type of result
 * @since 0.1.0
 */
public record Decision<T extends Conclusion>(T value, List<Reason> reasons, PolicyRef policy, LocalDate asOf) {

  /** Checks that every part is given and copies the reasons. */
  public Decision {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    reasons = List.copyOf(reasons);
  }

  /**
   * Returns the reason given by a rule.
   *
   * @param ruleId the stable rule id
   * @return the first reason with that id, or empty when the rule was not applied
   */
  public Optional<Reason> reason(String ruleId) {
    return reasons.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * Renders the one-line headline of a decision's result, such as
   * "Round 2024-H1 (2024-06-30): FAILED with a weighted score of 55.5".
   *
   * @param value the result, not null
   * @param locale any {@code zh} locale for Simplified Chinese, any other for English, not null
   * @return the headline, never null
   */
  public static String headline(Conclusion value, Locale locale) {
    java.util.Map<String, String> literals = new java.util.HashMap<>(value.headlineLiterals());
    value.headlineLabels().forEach((name, label) -> literals.put(name, label.text(locale)));
    return Messages.forLocale(locale).format(value.messageKey(), value.headlineFigures(), value.headlineTerms(),
        literals);
  }

  /**
   * Returns the one-line headline of this decision in a language.
   *
   * @param locale any {@code zh} locale for Simplified Chinese, any other for English, not null
   * @return the headline, never null
   */
  public String headline(Locale locale) {
    return headline(value, locale);
  }

  /**
   * Renders the decision as readable text: a headline, then one line per reason with its
   * figures and citation, then the nested decisions indented.
   *
   * @param locale {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE} (any {@code zh}
   *     locale gives Chinese, any other English), not null
   * @return the text, never null
   */
  public String render(Locale locale) {
    return new Renderer(Objects.requireNonNull(locale, "locale")).render(this);
  }
}

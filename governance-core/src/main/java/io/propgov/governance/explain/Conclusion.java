package io.propgov.governance.explain;

import java.util.List;

/**
 * A decision's result that can state itself in one line, in any supported language.
 *
 * <p>Every value a {@link Decision} carries implements it, so that a decision renders with a
 * headline followed by its reasons.
 *
 * @since 0.1.0
 */
public interface Conclusion {

  /**
   * Returns the key of the headline's message template, such as
   * {@code satisfaction.round.FAILED}.
   *
   * @return the message key, never null
   */
  String messageKey();

  /**
   * Returns the figures the headline template may refer to by name.
   *
   * @return the figures, never null
   */
  List<Figure> headlineFigures();

  /**
   * Returns the words the headline template refers to by name, each as the key of its own
   * message, such as {@code matter -> matter.DISMISS_COMPANY}, so that they are translated too.
   *
   * @return placeholder names mapped to message keys, never null
   */
  default java.util.Map<String, String> headlineTerms() {
    return java.util.Map.of();
  }

  /**
   * Returns the values the headline template shows as they are, by placeholder name: ids and
   * names such as {@code round -> 2024-H1}, never translated.
   *
   * @return placeholder names mapped to literal text, never null
   */
  default java.util.Map<String, String> headlineLiterals() {
    return java.util.Map.of();
  }

  /**
   * Returns the policy-given names the headline template shows, by placeholder name, each
   * rendered in the reader's language: a severity, a meeting.
   *
   * @return placeholder names mapped to labels, never null
   */
  default java.util.Map<String, Label> headlineLabels() {
    return java.util.Map.of();
  }

  /**
   * Returns the decisions this one is made of, rendered below it (the rounds of a satisfaction
   * assessment, the parts of a whole-estate assessment).
   *
   * @return the nested decisions, never null
   */
  default List<Decision<?>> parts() {
    return List.of();
  }
}

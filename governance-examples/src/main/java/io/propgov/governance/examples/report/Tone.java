package io.propgov.governance.examples.report;

/**
 * What a value means for the reader, so that a report can mark good from bad without knowing the
 * rules: a rule being met is not always good news (a dismissal that may start is a rule met).
 *
 * @since 0.2.0
 */
public enum Tone {
  /** Good news: a passed rating, a target met, a rule the estate or company satisfies. */
  GOOD,
  /** Needs watching: below a line, but nothing follows yet. */
  WATCH,
  /** Bad news: a dismissal, a blacklisting, a requirement not met, invalid input. */
  BAD,
  /** Neither: nothing to judge, or a rule that did not apply. */
  NONE
}

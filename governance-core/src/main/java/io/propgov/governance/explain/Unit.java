package io.propgov.governance.explain;

/**
 * What a {@link Figure} measures, which decides how it is shown.
 *
 * @since 0.1.0
 */
public enum Unit {
  /** A plain number, such as a weighted score. */
  NUMBER,
  /** A whole count of owners, households or answers. */
  COUNT,
  /** A share between 0 and 1, shown as a percentage. */
  SHARE,
  /** An exclusive floor area in square metres. */
  SQUARE_METRES,
  /** An amount of money in CNY. */
  CNY,
  /** A number of days. */
  DAYS,
  /** A calendar date. */
  DATE,
  /** A word shown as it is: an id, a person, a name the policy gives. */
  TEXT,
  /** A code the SDK's message bundles translate (key {@code term.<code>}): a form of party organisation, yes or no. */
  TERM
}

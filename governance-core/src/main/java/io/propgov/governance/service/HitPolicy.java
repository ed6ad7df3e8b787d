package io.propgov.governance.service;

/**
 * How a decision table picks its answer when rows match (DMN's hit policies).
 *
 * @since 0.1.0
 */
public enum HitPolicy {
  /** The first matching row, in table order, answers; later rows may overlap earlier ones. */
  FIRST,
  /** Exactly one row may match any input: overlapping rows are an error in the table. */
  UNIQUE
}

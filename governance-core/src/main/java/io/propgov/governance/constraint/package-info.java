/**
 * The vocabulary of the facts types' field constraints: the annotations of the project's own
 * ({@link io.propgov.governance.constraint.NotBlankText},
 * {@link io.propgov.governance.constraint.WholeFen}) and
 * {@link io.propgov.governance.constraint.FieldSink}, which words every field error the same way
 * for both executors of {@code FactsConstraints}.
 */
package io.propgov.governance.constraint;

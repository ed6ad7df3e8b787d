/**
 * The field constraints of the facts types, checked all at once with JSON Pointers: the
 * {@link io.propgov.governance.constraint.FactsConstraints} seam with its two executors, and
 * {@link io.propgov.governance.constraint.NotBlankText}, the one constraint of the project's own.
 */
package io.propgov.governance.constraint;

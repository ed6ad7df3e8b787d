/**
 * Checks facts built in Java against their field constraints, every error at once with JSON
 * Pointers: {@link io.propgov.governance.validation.FactsConstraints}, with a hand-written
 * executor (the engine's) and Hibernate Validator as the reference.
 */
package io.propgov.governance.validation;

/**
 * Errors in input: every problem with a policy or with facts, each located by a JSON Pointer
 * and saying what would be legal.
 *
 * @since 0.1.0
 */
package io.propgov.governance.error;

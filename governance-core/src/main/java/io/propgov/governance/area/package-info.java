/**
 * The contract every rule area keeps: the policy parameters it reads, the validation of its
 * facts into a proven-valid value ({@link io.propgov.governance.area.Valid}), every error at
 * once, and decisions from valid facts only; and the one result type of a judged item,
 * {@link io.propgov.governance.area.Result}: a decision or the rejection that kept it from being
 * judged.
 *
 * <p>See {@code ARCHITECTURE.md} for how a new area is added.
 */
package io.propgov.governance.area;

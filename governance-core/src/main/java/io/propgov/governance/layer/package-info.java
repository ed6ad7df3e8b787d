/**
 * Layered policies: a {@link io.propgov.governance.layer.PolicyLayer} extends a parent (national
 * law, then a city, then a district), inherits its parameters and overrides some, within the
 * {@link io.propgov.governance.layer.Bound bounds} the levels above declare. A
 * {@link io.propgov.governance.layer.PolicyRegistry} resolves a layer through its parents into a
 * {@link io.propgov.governance.layer.ResolvedPolicy}: one flat
 * {@link io.propgov.governance.policy.GovernancePolicy} the engine accepts, plus the level that set
 * each value.
 *
 * @since 0.1.0
 */
package io.propgov.governance.layer;

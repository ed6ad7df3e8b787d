/**
 * Policies as data: a {@link io.propgov.governance.policy.GovernancePolicy} holds every
 * parameter a rule reads, each as a {@link io.propgov.governance.policy.Timeline} of dated
 * values with their sources, plus the exact arithmetic ({@link io.propgov.governance.policy.Fraction},
 * {@link io.propgov.governance.policy.Threshold}) thresholds are compared with.
 *
 * @since 0.1.0
 */
package io.propgov.governance.policy;

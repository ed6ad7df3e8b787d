/**
 * The four city rates (Wuhan: coverage, participation, fee collection, satisfaction) rolled up the
 * organisation tree by summing numerators and denominators, never by averaging averages.
 *
 * @since 0.1.0
 */
package io.propgov.governance.metrics;

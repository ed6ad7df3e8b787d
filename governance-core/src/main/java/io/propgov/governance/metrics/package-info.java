/**
 * The city rates (Wuhan's coverage, participation, fee collection and satisfaction; professional
 * coverage; Chuxiong's committee coverage) rolled up the organisation tree by summing numerators
 * and denominators, never by averaging averages. Each is named for what it counts.
 *
 * @since 0.1.0
 */
package io.propgov.governance.metrics;

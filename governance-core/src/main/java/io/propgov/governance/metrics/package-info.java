/**
 * The city rates a policy defines ({@code metrics.rates}: each rate's names, its numerator and
 * denominator from the {@link io.propgov.governance.metrics.Measure} vocabulary of what the facts
 * count, and its source) rolled up the organisation tree by summing numerators and denominators,
 * never by averaging averages. The bundled presets define Wuhan's coverage, participation, fee
 * collection and satisfaction, professional coverage and Chuxiong's committee coverage; a city
 * adds its own.
 *
 * @since 0.1.0
 */
package io.propgov.governance.metrics;

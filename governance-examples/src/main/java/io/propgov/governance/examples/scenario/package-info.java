/**
 * Scenario files for policy teams: a policy, facts, a date and the decisions expected, run by
 * {@link io.propgov.governance.examples.scenario.ScenarioRunner}, by the command line's
 * {@code test} and by a JUnit test factory.
 *
 * @since 0.1.0
 */
package io.propgov.governance.examples.scenario;

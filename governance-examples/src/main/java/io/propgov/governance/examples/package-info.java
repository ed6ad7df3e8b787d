/**
 * Preset policies, sample data, scenarios and the command-line tool. An application, not a
 * library: nobody embeds this module.
 *
 * @since 0.1.0
 */
package io.propgov.governance.examples;

/**
 * Service tiers and management modes: decision tables checked statically for gaps and overlaps
 * (Wuhan Jiang'an's choice of management mode) and multi-company co-management with a duty
 * rotation (Beijing Fengtai), the tiers of a service catalogue and the guide fee of the tier met.
 *
 * @since 0.1.0
 */
package io.propgov.governance.service;

/**
 * JSON at the edge of the Property Governance SDK: {@link io.propgov.governance.json.GovernanceJson}
 * reads policies and facts (estates, and the organisation tree they are attached to), checked
 * against the JSON Schemas shipped with this module, and writes decisions, batch results, unit
 * reports and rates, policies and facts.
 *
 * <p>Every problem with a document is reported at once, in an
 * {@link io.propgov.governance.error.InvalidPolicyException} or
 * {@link io.propgov.governance.error.InvalidFactsException}: each
 * {@link io.propgov.governance.error.InputError} names the field by its JSON Pointer (RFC 6901),
 * carries a stable code and says what would be legal.
 *
 * @since 0.1.0
 */
package io.propgov.governance.json;

/**
 * The organisation hierarchy: level templates from the policy, validated trees, escalation of
 * residents' matters ("small matters stay in the branch, big matters in the community, hard
 * matters in the sub-district"), party-organisation coverage (Party Constitution art. 30), cross
 * appointment and regular meetings.
 *
 * @since 0.1.0
 */
package io.propgov.governance.org;

/**
 * Satisfaction rating of property companies: survey rounds from the three parties, the quorum,
 * the weighted score against the pass line, and the run of failures that lets owners start a
 * dismissal (Handan practice, 2019).
 *
 * @since 0.1.0
 */
package io.propgov.governance.satisfaction;

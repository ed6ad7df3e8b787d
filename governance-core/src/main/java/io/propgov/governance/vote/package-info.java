/**
 * The owners' vote (Civil Code art. 278; Property Law art. 76 before 2021): quorum, approval by
 * area and by head, compared exactly, and the notice owed to a dismissed company (art. 946).
 *
 * @since 0.1.0
 */
package io.propgov.governance.vote;

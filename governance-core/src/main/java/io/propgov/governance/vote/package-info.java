/**
 * The owners' vote (Civil Code art. 278 from 2021-01-01; Property Law art. 76, in force
 * 2007-10-01 to 2020-12-31, before): quorum, approval by area and by head, compared exactly, and
 * the notice owed to a dismissed company (Civil Code art. 946 from 2021-01-01).
 *
 * @since 0.1.0
 */
package io.propgov.governance.vote;

/**
 * The owners choosing their estate's management mode by vote (民事民议、民事民决): the policy's mode
 * table recommends a mode, the owners' vote (Civil Code art. 278, judged by the vote rules) decides,
 * and the decision shows both.
 *
 * @since 0.3.0
 */
package io.propgov.governance.mode;

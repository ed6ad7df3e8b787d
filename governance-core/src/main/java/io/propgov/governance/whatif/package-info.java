/**
 * What-if comparison: the same facts judged under two policies (or on two dates), and every
 * decision that differs, with the rules whose outcome flipped and their figures. Works on any
 * {@link io.propgov.governance.explain.Decision} tree, so a new rule area is compared without
 * change here.
 *
 * @since 0.1.0
 */
package io.propgov.governance.whatif;

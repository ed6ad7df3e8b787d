/**
 * Decisions that explain themselves: a {@link io.propgov.governance.explain.Decision} carries its
 * result, every {@link io.propgov.governance.explain.Reason} (stable rule id, outcome, figures
 * compared, citation, and the {@link io.propgov.governance.explain.Margin} from the rule's line)
 * and renders in English or Simplified Chinese.
 *
 * @since 0.1.0
 */
package io.propgov.governance.explain;

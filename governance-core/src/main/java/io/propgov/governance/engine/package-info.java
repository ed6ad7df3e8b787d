/**
 * The engine: {@link io.propgov.governance.engine.GovernanceEngine} applies one policy's rules to
 * estates, one at a time or in batches, and returns decisions that explain themselves.
 *
 * @since 0.1.0
 */
package io.propgov.governance.engine;

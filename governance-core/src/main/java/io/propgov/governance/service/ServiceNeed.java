package io.propgov.governance.service;

/**
 * What an estate's service needs, measured against the policy's basic and target tiers (拓面 /
 * 提质, Wuhan 2018).
 *
 * @since 0.1.0
 */
public enum ServiceNeed {
  /** Below the basic tier: property service must be extended to it (拓面). */
  EXPAND,
  /** At the basic tier or above, but below the target: its quality must be raised (提质). */
  UPGRADE,
  /** At the target tier or above. */
  MEETS_TARGET
}

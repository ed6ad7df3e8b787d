package io.propgov.governance.service;

/**
 * How a service item is split between the companies of a co-managed estate (Beijing Fengtai's
 * tri-party agreement: 共同管理 / 分别管理).
 *
 * @since 0.1.0
 */
public enum Responsibility {
  /** Jointly managed: the company on duty answers for it across the whole estate. */
  JOINT,
  /** Separately managed: each company answers for it in the buildings assigned to it. */
  SEPARATE
}

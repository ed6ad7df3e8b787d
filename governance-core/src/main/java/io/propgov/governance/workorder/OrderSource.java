package io.propgov.governance.workorder;

/**
 * Where a work order came from.
 *
 * @since 0.3.0
 */
public enum OrderSource {
  /** The 12345 citizen service hotline (12345市民服务热线), dispatched to the unit. */
  HOTLINE_12345,
  /** A red property service station or the community's own service point (服务站). */
  SERVICE_STATION,
  /** The owners' committee or property management committee (业主委员会、物业管理委员会). */
  OWNERS_COMMITTEE
}

package io.propgov.governance.service;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the service rules. A policy sets all of them or none: without them
 * the engine judges no service tiers or modes.
 *
 * @since 0.1.0
 */
public final class ServiceParameters {

  /** The service items, metrics and tiers, lowest first, with each tier's guide fee. */
  public static final ParameterKey<ServiceCatalogue> CATALOGUE = ParameterKey.of("service.catalogue",
      ServiceCatalogue.class, "the service items, the metrics and the tiers, lowest first, with their guide fees",
      c -> null);

  /** The tier every estate should reach; below it an estate needs its quality upgraded. */
  public static final ParameterKey<String> TARGET_TIER = ParameterKey.of("service.target-tier", String.class,
      "the code of the tier every estate should reach", t -> t.isBlank() ? ConstraintMessages.en("text.tierRequired") : null);

  /** The decision table that gives an estate its management mode (Wuhan Jiang'an). */
  public static final ParameterKey<DecisionTable> MODE_TABLE = ParameterKey.of("service.mode-table",
      DecisionTable.class, "the decision table that gives an estate its management mode", t -> null);

  /**
   * The management modes the policy defines, with their names: the modes a row of the mode table
   * may give and an estate may be run by. A child policy that sets them adds to its parent's.
   */
  public static final ParameterKey<ServiceModes> MODES = ParameterKey.of("service.modes", ServiceModes.class,
      "the management modes: id and English and Chinese names", m -> null);

  /** Every key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(CATALOGUE, TARGET_TIER, MODE_TABLE, MODES);

  private ServiceParameters() {}
}

package io.propgov.governance.service;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The service an estate gets measured against the policy's tiers: the highest tier it meets, the
 * next tier up, whether it needs coverage expanded or quality upgraded, the guide fee for its
 * area, the management mode the policy's table gives it and, when co-managed, who is on duty.
 *
 * @param estateId the estate, never null
 * @param tier the code of the highest tier met, or null when it meets none (not even the basic tier)
 * @param tierName the name of that tier, or null
 * @param nextTier the code of the tier above it (the basic tier when none is met), or null at the top
 * @param targetTier the code of the policy's target tier, never null
 * @param targetName the name of the target tier, never null
 * @param need expand, upgrade or meets the target, never null
 * @param monthlyFee the guide fee for the estate's area at its tier, CNY per month at scale 2, or
 *     null when the area is unknown or no tier is met
 * @param mode the management mode the policy's table gives, or null when no mode inputs were given
 * @param duty who answers for what when the estate is co-managed, or null
 * @since 0.1.0
 */
public record ServiceAssessment(String estateId, String tier, Label tierName, String nextTier, String targetTier,
    Label targetName, ServiceNeed need, BigDecimal monthlyFee, ModeChoice mode, DutyStatus duty)
    implements Conclusion {

  /** Checks that the required parts are given. */
  public ServiceAssessment {
    Objects.requireNonNull(estateId, "estateId");
    Objects.requireNonNull(targetTier, "targetTier");
    Objects.requireNonNull(targetName, "targetName");
    Objects.requireNonNull(need, "need");
  }

  /** Returns the highest tier met. @return its code, empty when none is met */
  public Optional<String> tierMet() {
    return Optional.ofNullable(tier);
  }

  @Override
  public String messageKey() {
    return "service.assessment." + need.name();
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of();
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("estate", estateId);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    Map<String, Label> labels = new HashMap<>();
    labels.put("target", targetName);
    if (tierName != null) {
      labels.put("tier", tierName);
    }
    return labels;
  }
}

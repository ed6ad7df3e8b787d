package io.propgov.governance.subsidy;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decision on one application: eligible or not with every unmet criterion, the score part
 * by part, the payout band's share and the amount in CNY.
 *
 * @param applicationId the application, never null
 * @param programmeId the programme, never null
 * @param programme the programme's name, never null
 * @param companyId the applying company, never null
 * @param estateId the estate, or null when the application names none
 * @param filed the day the application was filed, never null
 * @param eligible whether every criterion is met
 * @param unmet the rule ids of the criteria not met, in the programme's order, never null
 * @param score the score, or null when the programme does not score
 * @param payoutShare the share of the base amount the score earns (1 when not scored), never null
 * @param baseAmount the base amount in CNY, scale 2, never null
 * @param amount the amount awarded in CNY, scale 2: 0 when not eligible, never null
 * @since 0.1.0
 */
public record Award(String applicationId, String programmeId, Label programme, String companyId, String estateId,
    LocalDate filed, boolean eligible, List<String> unmet, Score score, Fraction payoutShare, BigDecimal baseAmount,
    BigDecimal amount) implements Conclusion {

  /** Checks the parts and copies the list. */
  public Award {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(programmeId, "programmeId");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(filed, "filed");
    unmet = List.copyOf(unmet);
    Objects.requireNonNull(payoutShare, "payoutShare");
    Objects.requireNonNull(baseAmount, "baseAmount");
    Objects.requireNonNull(amount, "amount");
  }

  @Override
  public String messageKey() {
    if (!eligible) {
      return "subsidy.award.INELIGIBLE";
    }
    return amount.signum() > 0 ? "subsidy.award.GRANTED" : "subsidy.award.NO_AWARD";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.of("amount", Fraction.of(amount), Unit.CNY), Figure.count("unmet", unmet.size()));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("application", applicationId);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    return Map.of("programme", programme);
  }
}

package io.propgov.governance.credit;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a household's arrears stand on a date: what is owed and still claimable, the months
 * time-barred, the next step of the ladder, the dishonest-debtor listing, and the planned actions
 * rejected.
 *
 * @param householdId the household's id, never null
 * @param outstanding every unpaid amount, in CNY at scale 2, never null
 * @param claimable the unpaid amount still within its limitation (or enforcement) period, or held
 *     by pending proceedings, in CNY at scale 2, never null
 * @param timeBarred the months past their period, oldest first: time-barred if the owner raises it
 *     (a court does not apply limitation on its own motion, Civil Code art. 193), never null
 * @param nextStep the next step of the ladder owed, as the policy defines it (with its names), or
 *     null when none is (nothing claimable, or every step taken)
 * @param nextStepFrom the first day the next step may be taken, or null with {@code nextStep}
 * @param dishonestDebtor whether the household is on the dishonest-debtor list on the date
 * @param dishonestDebtorUntil the first day it is off the list when that is known (the end of a
 *     fixed term, or the removal day after payment); null when it is not listed, or is listed on
 *     ground (1) with nothing paid, which has no fixed end
 * @param committeeEligible whether a member may stand for the owners' committee, or null when
 *     none stands
 * @param rejectedActions the planned actions rejected, in the order planned, never null
 * @since 0.1.0
 */
public record ArrearsAssessment(String householdId, BigDecimal outstanding, BigDecimal claimable,
    List<YearMonth> timeBarred, ArrearsAction nextStep, LocalDate nextStepFrom, boolean dishonestDebtor,
    LocalDate dishonestDebtorUntil, Boolean committeeEligible, List<ArrearsAction> rejectedActions)
    implements Conclusion {

  /** Checks the parts and copies the lists. */
  public ArrearsAssessment {
    Objects.requireNonNull(householdId, "householdId");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(claimable, "claimable");
    timeBarred = List.copyOf(timeBarred);
    rejectedActions = List.copyOf(rejectedActions);
  }

  @Override
  public String messageKey() {
    return "arrears.assessment." + (nextStep == null ? "NO_STEP" : "NEXT_STEP");
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>(List.of(Figure.of("outstanding", Fraction.of(outstanding), Unit.CNY),
        Figure.of("claimable", Fraction.of(claimable), Unit.CNY), Figure.count("barredMonths", timeBarred.size())));
    if (nextStep != null) {
      figures.add(Figure.text("step", nextStep.id()));
      figures.add(Figure.text("stepEn", nextStep.defined() ? nextStep.label().en() : nextStep.id()));
      figures.add(Figure.text("stepZh", nextStep.defined() ? nextStep.label().zh() : nextStep.id()));
      figures.add(Figure.date("from", nextStepFrom));
    }
    return figures;
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("household", householdId);
  }
}

package io.propgov.governance.contract;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a service contract stands: the day it ends, the last day to leave and hand over, what is
 * overdue, and the fees after the end the outgoing company may still claim.
 *
 * @param contractId the contract, never null
 * @param estateId the estate it serves, never null
 * @param companyId the serving company, or null when not named
 * @param state where it stands, never null
 * @param end the day the contract ends, or null when nothing fixes it yet
 * @param exitDeadline the last day the outgoing company may leave and hand over, moved off a
 *     statutory rest day to the next working day (Civil Code art. 203), or null when the end is not
 *     fixed
 * @param handedOver the day it handed over, or null when it has not
 * @param noticeDaysLate for a notice not to renew, how many days too late it came (0 when in
 *     time), or null when none was given
 * @param overdueDays how many days past the deadline it left, or is still there; 0 when not overdue
 * @param feesFrom the first day after the end for which fees may be claimed, or null when none may
 * @param feesTo the last such day (the handover, or the decision's date while it still serves),
 *     or null when none may
 * @param feeDays the days after the end for which fees may be claimed, 0 when none
 * @param feesBarred whether art. 949 bars every fee after the end, for not leaving in time
 * @since 0.3.0
 */
public record ContractStatus(String contractId, String estateId, String companyId, ContractState state,
    LocalDate end, LocalDate exitDeadline, LocalDate handedOver, Integer noticeDaysLate, int overdueDays,
    LocalDate feesFrom, LocalDate feesTo, int feeDays, boolean feesBarred) implements Conclusion {

  /** Checks that the required parts are given. */
  public ContractStatus {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(estateId, "estateId");
    Objects.requireNonNull(state, "state");
  }

  @Override
  public String messageKey() {
    return "contract." + state.name();
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("contract", contractId, "estate", estateId);
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>();
    if (end != null) {
      figures.add(Figure.date("end", end));
    }
    if (exitDeadline != null) {
      figures.add(Figure.date("exitDeadline", exitDeadline));
    }
    if (handedOver != null) {
      figures.add(Figure.date("handedOver", handedOver));
    }
    figures.add(Figure.of("overdueDays", Fraction.of(overdueDays), Unit.DAYS));
    figures.add(Figure.of("feeDays", Fraction.of(feeDays), Unit.DAYS));
    return figures;
  }
}

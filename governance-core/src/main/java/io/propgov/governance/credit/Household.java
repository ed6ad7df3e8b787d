package io.propgov.governance.credit;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A household that owes property fees: its unpaid months, the ladder steps taken, its payments and
 * agreements to pay, the actions the company plans next, and whether a member stands for the
 * owners' committee.
 *
 * @param id the household's id, never blank
 * @param name its name or address, never null (may be empty)
 * @param arrears the months still unpaid, each month once, in any order, never null
 * @param steps the steps already taken, in any order, never null
 * @param planned the actions the company plans, never null (may be empty)
 * @param committeeCandidate whether a member of the household stands for the owners' committee
 * @param payments the payments it made towards its fees, in any order, never null (may be empty)
 * @param agreedToPay the days it agreed to pay (a signed repayment plan, a request for time), in
 *     any order, never null (may be empty)
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record Household(@NotNull @NotBlankText String id, String name, List<@NotNull @Valid MonthlyArrears> arrears,
    List<@NotNull @Valid StepTaken> steps, List<@NotNull ArrearsAction> planned, boolean committeeCandidate,
    List<@NotNull @Valid Payment> payments, List<@NotNull LocalDate> agreedToPay) implements WithHousehold {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public Household {
    name = name == null ? "" : name;
    arrears = FactsLists.copy(arrears);
    steps = FactsLists.copy(steps);
    planned = FactsLists.copy(planned);
    payments = FactsLists.copy(payments);
    agreedToPay = FactsLists.copy(agreedToPay);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static HouseholdBuilder builder() {
    return new HouseholdBuilder();
  }

  /**
   * A household with no payments or agreements to pay on record.
   *
   * @param id the household's id, not blank
   * @param name its name or address, may be null
   * @param arrears the months still unpaid, not null
   * @param steps the steps already taken, not null
   * @param planned the actions the company plans, not null
   * @param committeeCandidate whether a member stands for the owners' committee
   */
  public Household(String id, String name, List<MonthlyArrears> arrears, List<StepTaken> steps,
      List<ArrearsAction> planned, boolean committeeCandidate) {
    this(id, name, arrears, steps, planned, committeeCandidate, List.of(), List.of());
  }
}

package io.propgov.governance.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
public record Household(String id, String name, List<MonthlyArrears> arrears, List<StepTaken> steps,
    List<ArrearsAction> planned, boolean committeeCandidate, List<Payment> payments, List<LocalDate> agreedToPay) {

  /** Checks the id and copies the lists. */
  public Household {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a household's id must not be blank");
    }
    name = name == null ? "" : name;
    arrears = List.copyOf(arrears);
    steps = List.copyOf(steps);
    planned = List.copyOf(planned);
    payments = List.copyOf(payments);
    agreedToPay = List.copyOf(agreedToPay);
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

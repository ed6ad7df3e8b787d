package io.propgov.governance.credit;

import java.util.List;
import java.util.Objects;

/**
 * A household that owes property fees: its unpaid months, the ladder steps already taken, the
 * actions the company plans next, and whether a member stands for the owners' committee.
 *
 * @param id the household's id, never blank
 * @param name its name or address, never null (may be empty)
 * @param arrears the unpaid months, each month once, in any order, never null
 * @param steps the steps already taken, in any order, never null
 * @param planned the actions the company plans, never null (may be empty)
 * @param committeeCandidate whether a member of the household stands for the owners' committee
 * @since 0.1.0
 */
public record Household(String id, String name, List<MonthlyArrears> arrears, List<StepTaken> steps,
    List<ArrearsAction> planned, boolean committeeCandidate) {

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
  }
}

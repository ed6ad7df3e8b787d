package io.propgov.governance.credit;

/**
 * When a company goes on the credit blacklist, for how long, and how it may come off early.
 *
 * @param lowestGradesInRow how many cycles in a row graded in the lowest band put a company on the
 *     list (Yantai: 3), at least 1
 * @param listingMonths how long a listing lasts, in months, at least (e.g. 24); a new serious
 *     violation while listed runs it again from the violation's date
 * @param repairQuietMonths the months without a new bad record or serious violation after which a
 *     listed company is taken off early by credit repair; null when the policy allows no repair
 * @param repairRequiresCorrection whether every serious violation of the listing must also be
 *     corrected before repair
 * @since 0.1.0
 */
public record BlacklistTerms(int lowestGradesInRow, int listingMonths, Integer repairQuietMonths,
    boolean repairRequiresCorrection) {

  /** Checks the counts. */
  public BlacklistTerms {
    if (lowestGradesInRow < 1) {
      throw new IllegalArgumentException("lowestGradesInRow must be at least 1, was " + lowestGradesInRow);
    }
    if (listingMonths < 1) {
      throw new IllegalArgumentException("listingMonths must be at least 1, was " + listingMonths);
    }
    if (repairQuietMonths != null && repairQuietMonths < 1) {
      throw new IllegalArgumentException("repairQuietMonths must be at least 1 (or left out for no repair), was "
          + repairQuietMonths);
    }
  }

  /** Returns whether the policy allows credit repair. @return true when it sets the quiet months */
  public boolean repairAllowed() {
    return repairQuietMonths != null;
  }
}

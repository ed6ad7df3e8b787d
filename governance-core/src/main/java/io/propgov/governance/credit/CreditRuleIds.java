package io.propgov.governance.credit;

import java.util.List;

/**
 * The stable ids of the credit, blacklist, consequence and arrears rules: each names a rule in a
 * decision's reasons and, with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are
 * published API and never change.
 *
 * @since 0.1.0
 */
public final class CreditRuleIds {

  /** Whether a credit event still counts towards the score. */
  public static final String EVENT = "credit.event";

  /** Whether a kind of points stays within its cap. */
  public static final String CAP = "credit.cap";

  /** The credit score from the base, the capped additions and the deductions. */
  public static final String SCORE = "credit.score";

  /** The credit grade a score falls in. */
  public static final String GRADE = "credit.grade";

  /** That a score reaches the highest grade. */
  public static final String GRADE_TOP = "credit.grade.top";

  /** That a score falls in the lowest grade. */
  public static final String GRADE_LOWEST = "credit.grade.lowest";

  /** Whether a one-vote veto event sets the grade whatever the score. */
  public static final String VETO = "credit.veto";

  /** When and why a company is put on the blacklist, and until when. */
  public static final String BLACKLIST_ENTRY = "credit.blacklist.entry";

  /** Whether a serious violation while listed extends the listing. */
  public static final String BLACKLIST_EXTENSION = "credit.blacklist.extension";

  /** That a listing ran its term and ended. */
  public static final String BLACKLIST_EXPIRY = "credit.blacklist.expiry";

  /** Whether a listing ends early by credit repair. */
  public static final String BLACKLIST_REPAIR = "credit.blacklist.repair";

  /** That credit repair waits for a serious violation to be corrected. */
  public static final String BLACKLIST_REPAIR_CORRECTION = "credit.blacklist.repair-correction";

  /** Whether enough cycles in the lowest grade put a company on the blacklist. */
  public static final String BLACKLIST_LOWEST_GRADES = "credit.blacklist.lowest-grades";

  /** A joint reward or punishment brought by a listing. */
  public static final String CONSEQUENCE_LISTED = "credit.consequence.listed";

  /** A joint reward or punishment brought by a grade. */
  public static final String CONSEQUENCE_GRADE = "credit.consequence.grade";

  /** That no joint reward or punishment applies to a grade without a listing. */
  public static final String CONSEQUENCE_NONE = "credit.consequence.none";

  /** Whether an unpaid fee is still within the limitation period. */
  public static final String ARREARS_LIMITATION = "arrears.limitation";

  /** Whether an event interrupts the limitation period. */
  public static final String ARREARS_INTERRUPTION = "arrears.interruption";

  /** How long an owner stays on the dishonest-debtor list. */
  public static final String ARREARS_DISHONEST_TERM = "arrears.dishonest-term";

  /** When an owner who paid in full comes off the dishonest-debtor list. */
  public static final String ARREARS_DISHONEST_REMOVAL = "arrears.dishonest-removal";

  /** That an owner is on the dishonest-debtor list. */
  public static final String ARREARS_DISHONEST_DEBTOR = "arrears.dishonest-debtor";

  /** The next step of the arrears ladder and the day it may be taken. */
  public static final String ARREARS_NEXT_STEP = "arrears.next-step";

  /** That every step of the arrears ladder has been taken. */
  public static final String ARREARS_LADDER_COMPLETE = "arrears.ladder-complete";

  /** That an action against an owner in arrears is forbidden. */
  public static final String ARREARS_FORBIDDEN_ACTION = "arrears.forbidden-action";

  /** Whether an owner's debts bar standing for the owners' committee. */
  public static final String ARREARS_COMMITTEE_CANDIDATE = "arrears.committee-candidate";

  /** Whether a planned action is the next step owed on the ladder. */
  public static final String ARREARS_PLANNED_ACTION = "arrears.planned-action";

  private CreditRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        EVENT,
        CAP,
        SCORE,
        GRADE,
        GRADE_TOP,
        GRADE_LOWEST,
        VETO,
        BLACKLIST_ENTRY,
        BLACKLIST_EXTENSION,
        BLACKLIST_EXPIRY,
        BLACKLIST_REPAIR,
        BLACKLIST_REPAIR_CORRECTION,
        BLACKLIST_LOWEST_GRADES,
        CONSEQUENCE_LISTED,
        CONSEQUENCE_GRADE,
        CONSEQUENCE_NONE,
        ARREARS_LIMITATION,
        ARREARS_INTERRUPTION,
        ARREARS_DISHONEST_TERM,
        ARREARS_DISHONEST_REMOVAL,
        ARREARS_DISHONEST_DEBTOR,
        ARREARS_NEXT_STEP,
        ARREARS_LADDER_COMPLETE,
        ARREARS_FORBIDDEN_ACTION,
        ARREARS_COMMITTEE_CANDIDATE,
        ARREARS_PLANNED_ACTION);
  }
}

package io.propgov.governance.credit;

/**
 * What a step of the arrears ladder does to the limitation period of the fees it claims (Civil
 * Code art. 195). The effects are the law's and fixed; each action a policy defines
 * ({@code arrears.actions}) names its effect, so which steps interrupt the period is policy data.
 *
 * @since 0.1.0
 */
public enum LimitationEffect {
  /** It leaves the period running (such as a step that is not addressed to the debtor). */
  NONE,
  /**
   * A demand for payment: it interrupts the period only when it is shown to have reached the
   * debtor ({@link StepTaken#reachedDebtor()}), and the period runs anew from that day (art. 195
   * (1)). A notice posted in the estate reaches the debtor only when that is shown.
   */
  DEMAND,
  /**
   * Proceedings: a lawsuit, an arbitration, a court payment order, a mediation before a body with
   * power to settle the dispute, or enforcement (art. 195 (3) and (4)). They interrupt the period
   * on the step's date; it runs anew only from the day they end ({@link StepTaken#endedOn()}, or a
   * later step with the {@link #ENFORCEMENT} effect); nothing runs while they are pending.
   */
  PROCEEDINGS,
  /**
   * A judgment or payment order in force: it ends the proceedings pending, and from its date the
   * period for applying for enforcement (Civil Procedure Law: 2 years, interrupted as the
   * limitation period is) runs instead of the limitation period.
   */
  ENFORCEMENT
}

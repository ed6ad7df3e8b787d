/**
 * Subsidies and awards (补贴 / 奖励): programmes set by the policy, each application's
 * eligibility with every unmet criterion, its score, payout band and amount in CNY, the sharing
 * of a fixed budget to the fen, and the split of a repair's cost between government and owners.
 *
 * <p>Credit standing and satisfaction verdicts are inputs here, never re-derived: the engine
 * takes the latest valid satisfaction round from the satisfaction rules, and an application
 * carries the credit consequences in force for its company ({@link
 * io.propgov.governance.subsidy.CreditStanding}).
 *
 * @since 0.1.0
 */
package io.propgov.governance.subsidy;

package io.propgov.governance.money;

import static io.propgov.governance.money.MoneyFixtures.cny;

import io.propgov.governance.explain.Decision;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteResult;
import io.propgov.governance.vote.VoteRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Money decisions that between them reach every money message and term, for the message tests. */
public final class MoneySamples {

  static final LocalDate AS_OF = LocalDate.of(2025, 1, 30);

  private MoneySamples() {}

  /**
   * Returns the sample decisions.
   *
   * @return the decisions
   */
  public static List<Decision<?>> all() {
    List<Decision<?>> all = new ArrayList<>();
    MoneyRules rules = new MoneyRules(MoneyFixtures.POLICY);
    all.add(decide(rules, disclosures(), Map.of()));
    all.add(decide(rules, fund(), votes(MoneyFixtures.POLICY)));
    all.add(decide(rules, incomes(), Map.of()));
    all.add(decide(rules, new EstateMoney("E-L1", null, null, null, null, null, null,
        new Ledger(cny("100.00"), cny("100.00"), true)), Map.of()));
    all.add(decide(rules, new EstateMoney("E-L2", null, null, null, null, null, null,
        new Ledger(cny("99.99"), cny("100.00"), false)), Map.of()));
    MoneyRules unified = new MoneyRules(MoneyFixtures.policy(Fraction.of(8, 100), true, null));
    all.add(decide(unified, fees(), Map.of()));
    all.add(MoneyRates.explain(new MoneyRates("u1", 3, Ratio.of(1, 3), Ratio.of(2, 3)),
        MoneyFixtures.POLICY.ref(), AS_OF));
    all.add(MoneyRates.explain(new MoneyRates("u2", 0, Ratio.NONE, Ratio.NONE), MoneyFixtures.POLICY.ref(), AS_OF));
    return all;
  }

  static Decision<MoneyAssessment> decide(MoneyRules rules, EstateMoney money, Map<String, VoteResult> votes) {
    return rules.decide(io.propgov.governance.area.Valid.orThrow(rules.validate(money, "", AS_OF)), AS_OF, votes);
  }

  /** Yearly items due today (one on time, one pending); quarters on time, late and missing. */
  static EstateMoney disclosures() {
    return new EstateMoney("E-D", "K1", LocalDate.of(2024, 1, 1), List.of(
        new Disclosure("FEE_ITEMS_AND_STANDARDS", LocalDate.of(2024, 12, 1), AS_OF, "notice board"),
        new Disclosure("QUARTERLY_REPORT", LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 15), null),
        new Disclosure("QUARTERLY_REPORT", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 20), null)),
        null, null, null, null);
  }

  /** Fees within, above and without a standard; co-managed items equal and unequal. */
  static EstateMoney fees() {
    return new EstateMoney("E-F", "K1", null, null, List.of(
        new FeeLine(null, "service", "level-1", cny("1.00"), cny("1.00")),
        new FeeLine(null, "service", "level-2", cny("0.75"), cny("0.76")),
        new FeeLine(null, "bicycle-shed", null, null, cny("0.05")),
        new FeeLine("K2", "service", "level-1", cny("1.00"), null),
        new FeeLine("K2", "service", "level-2", cny("0.70"), null)), null, null, null);
  }

  /** Deposits paid, short and not stated; uses by vote (each state) and by emergency. */
  static EstateMoney fund() {
    return new EstateMoney("E-M", null, null, null, null, new MaintenanceFund(cny("2000"), List.of(
        new FundAccount("A", cny("100"), cny("10000.00"), cny("3000.00")),
        new FundAccount("B", cny("100"), cny("9999.99"), cny("2999.99")),
        new FundAccount("C", cny("100"), null, cny("5000.00"))), List.of(
        new FundUse("U-2019", LocalDate.of(2019, 5, 1), cny("100"), null, null, List.of()),
        new FundUse("U-PASSED", LocalDate.of(2024, 5, 1), cny("100"), null, "V-PASSED", List.of()),
        new FundUse("U-FAILED", LocalDate.of(2024, 5, 1), cny("100"), null, "V-FAILED", List.of()),
        new FundUse("U-OTHER", LocalDate.of(2024, 5, 1), cny("100"), null, "V-OTHER", List.of()),
        new FundUse("U-AFTER", LocalDate.of(2024, 3, 1), cny("100"), null, "V-PASSED", List.of()),
        new FundUse("U-UNKNOWN", LocalDate.of(2024, 5, 1), cny("100"), null, "V-NOWHERE", List.of()),
        new FundUse("U-E1", LocalDate.of(2024, 7, 1), cny("100"), "HOUSE_SAFETY", null,
            List.of("PROPOSE", "APPROVE_AND_FILE", "TRANSFER")),
        new FundUse("U-E2", LocalDate.of(2024, 7, 1), cny("100"), "HOUSE_SAFETY", null, List.of("PROPOSE")))),
        null, null);
  }

  /** Income of each kind, within and over the cap, disclosed and not. */
  static EstateMoney incomes() {
    return new EstateMoney("E-I", null, null, null, null, null, List.of(
        new CommonIncome("ads", IncomeKind.ADVERTISING, cny("10000.00"), cny("3000.00"), true),
        new CommonIncome("parking", IncomeKind.PARKING, cny("10000.00"), cny("3000.01"), false),
        new CommonIncome("rooms", IncomeKind.ROOMS, cny("333.33"), cny("100.00"), true),
        new CommonIncome("other", IncomeKind.OTHER, cny("0.00"), cny("0.00"), true)), null);
  }

  /** A vote passed, one failed and one on another matter, all on 2024-04-01. */
  static Map<String, VoteResult> votes(GovernancePolicy policy) {
    VoteRules rules = new VoteRules(policy);
    Map<String, VoteResult> votes = new HashMap<>();
    for (OwnersVote vote : List.of(vote("V-PASSED", Matter.USE_MAINTENANCE_FUND, 6),
        vote("V-FAILED", Matter.USE_MAINTENANCE_FUND, 3), vote("V-OTHER", Matter.HIRE_COMPANY, 6))) {
      votes.put(vote.id(), rules.decide(vote, AS_OF).value());
    }
    return votes;
  }

  static OwnersVote vote(String id, Matter matter, int infavour) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      ballots.add(new Ballot("o" + i, BigDecimal.valueOf(100), i <= infavour ? BallotChoice.FOR : BallotChoice.AGAINST));
    }
    return new OwnersVote(id, matter, LocalDate.of(2024, 4, 1), 9, BigDecimal.valueOf(900), ballots, null);
  }
}

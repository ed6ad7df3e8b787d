package io.propgov.governance.subsidy;

import io.propgov.governance.Fixtures;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Programmes modelled on Shanghai Caolu's reward instead of subsidy and Wuhan's five-star award,
 * a cost-sharing rule, and the cn-default policy with them.
 */
public final class SubsidyFixtures {

  public static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  public static final Citation SOURCE = new Citation("Caolu reward instead of subsidy (model)", "曹路以奖代补（模型）");
  public static final List<String> BARRING = List.of("BARRED_FROM_SUBSIDIES", "BARRED_FROM_AWARDS");

  public static final Programme CAOLU = caolu(new BigDecimal("600000.00"), AllocationMethod.PRO_RATA);

  public static final Programme FIVE_STAR = new Programme("five-star", new Label("Five-star company award",
      "红色物业五星级企业"), FROM, LocalDate.of(2024, 12, 31), new BigDecimal("8500000"),
      List.of(new Criterion.CompanyServes(), new Criterion.NotBarred(BARRING), new Criterion.PartyPresent(),
          new Criterion.SatisfactionPassed(), new Criterion.FeeCollection(Fraction.parse("45%"))),
      null, List.of(), new BaseAmount.Flat(new BigDecimal("250000")), AllocationMethod.PRIORITY_BY_SCORE,
      TieBreak.FILED_FIRST);

  public static final CostSharing COST_SHARING = new CostSharing(List.of(
      new CostShareKind("emergency-repair", new Label("Emergency repair", "应急维修"), Fraction.parse("1/3")),
      new CostShareKind("environment", new Label("Environment works", "环境整治"), Fraction.parse("70%"))));

  public static final GovernancePolicy POLICY = policy(CAOLU, FIVE_STAR);

  private SubsidyFixtures() {}

  /** The Caolu programme with another budget and method. */
  public static Programme caolu(BigDecimal budget, AllocationMethod method) {
    return caolu(budget, method, TieBreak.APPLICATION_ID);
  }

  /** The Caolu programme with another budget, method and tie break. */
  public static Programme caolu(BigDecimal budget, AllocationMethod method, TieBreak tieBreak) {
    return new Programme("caolu", new Label("Caolu reward instead of subsidy", "曹路以奖代补"), FROM,
        LocalDate.of(2024, 12, 31), budget,
        List.of(new Criterion.OldEstate(2000), new Criterion.CompanyServes(), new Criterion.NotBarred(BARRING)),
        new ScoringScheme(new FeeCollectionScore(List.of(band("65%", 40), band("60%", 35), band("50%", 30),
            band("40%", 25), band("30%", 20)), List.of(band("70%", 10))), BigDecimal.valueOf(40),
            new SafetyScore(BigDecimal.valueOf(20), List.of(
                new IncidentKind("major", new Label("major incident", "重大事故"), BigDecimal.ZERO, true),
                new IncidentKind("serious", new Label("serious incident", "较大事故"), BigDecimal.TEN, false),
                new IncidentKind("minor", new Label("minor incident", "一般事故"), BigDecimal.valueOf(5), false)))),
        List.of(new PayoutBand(BigDecimal.valueOf(80), Fraction.ONE), new PayoutBand(BigDecimal.valueOf(70),
            Fraction.parse("80%"))),
        new BaseAmount.ByArea(List.of(
            new AreaBand(Comparison.AT_LEAST, BigDecimal.ZERO, new BigDecimal("30000")),
            new AreaBand(Comparison.AT_LEAST, new BigDecimal("50000"), new BigDecimal("50000")),
            new AreaBand(Comparison.MORE_THAN, new BigDecimal("100000"), new BigDecimal("70000")))),
        method, tieBreak);
  }

  /** cn-default with these programmes and the cost-sharing rule. */
  public static GovernancePolicy policy(Programme... programmes) {
    return Fixtures.cnDefaultWithout().set(SubsidyParameters.PROGRAMMES, LocalDate.of(2023, 1, 1), new Programmes(List.of(programmes)),
        SOURCE).set(SubsidyParameters.COST_SHARING, FROM, COST_SHARING, SOURCE)
        .set(io.propgov.governance.credit.CreditParameters.CONSEQUENCE_TYPES,
            io.propgov.governance.credit.CreditFixtures.CREDIT_FROM,
            io.propgov.governance.credit.CreditFixtures.CONSEQUENCE_TYPES, SOURCE).build();
  }

  static ScoreBand band(String share, int points) {
    return new ScoreBand(Fraction.parse(share), BigDecimal.valueOf(points));
  }

  /** A Caolu application for estate E1 by company K1, clean credit, with fees collected of 10,000 billed. */
  public static Application caoluApp(String id, String collected) {
    return new Application(id, "caolu", "K1", "E1", LocalDate.of(2024, 7, 1), 1995, new BigDecimal("60000"),
        new FeeAccount(new BigDecimal("10000"), new BigDecimal(collected)), BigDecimal.valueOf(40), List.of(),
        CreditStanding.CLEAN);
  }

  /** The standing of an estate served by K1, which has a branch, whose latest valid round passed. */
  public static EstateStanding servedByK1() {
    return new EstateStanding("K1", new io.propgov.governance.estate.PartyStatus(5,
        io.propgov.governance.estate.PartyForm.BRANCH, false, false), null,
        io.propgov.governance.satisfaction.RoundStatus.PASSED);
  }
}

package io.propgov.governance.subsidy;

import static io.propgov.governance.subsidy.SubsidyFixtures.AS_OF;
import static io.propgov.governance.subsidy.SubsidyFixtures.caoluApp;
import static io.propgov.governance.subsidy.SubsidyFixtures.servedByK1;

import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Subsidy decisions that, together, use every subsidy and cost-share template. */
public final class SubsidySamples {

  private SubsidySamples() {}

  public static List<Decision<?>> all() {
    SubsidyRules rules = new SubsidyRules(SubsidyFixtures.POLICY);
    List<Decision<?>> all = new ArrayList<>();
    Decision<Award> best = rules.decide(caoluApp("best", "7000"), servedByK1(), AS_OF);
    Decision<Award> middle = rules.decide(caoluApp("middle", "6000"), servedByK1(), AS_OF);
    all.add(best);
    all.add(middle);
    // below every band, no inspections stated, a minor incident: 0 + 0 + 15 points, nothing paid
    all.add(rules.decide(new Application("low", "caolu", "K1", "E1", LocalDate.of(2024, 7, 1), 1990,
        new BigDecimal("120000"), new FeeAccount(new BigDecimal("100"), new BigDecimal("29.99")), null,
        List.of(new SafetyIncident("minor", LocalDate.of(2024, 3, 1))), CreditStanding.CLEAN), servedByK1(), AS_OF));
    // nothing stated at all, outside the period, another company serving: every criterion unmet
    all.add(rules.decide(new Application("bare", "caolu", "K9", "E1", LocalDate.of(2023, 12, 31), null, null, null,
        null, List.of(new SafetyIncident("major", LocalDate.of(2024, 3, 1))), null),
        new EstateStanding("K1", null, null, null), AS_OF));
    // built too late, blacklisted
    all.add(rules.decide(new Application("new", "caolu", "K1", "E1", LocalDate.of(2024, 7, 1), 2005,
        new BigDecimal("100"), null, BigDecimal.TEN, List.of(), new CreditStanding(List.of(
            new CreditConsequence("BARRED_FROM_SUBSIDIES", new Label("three C grades in a row", "连续三年C级"))))),
        servedByK1(), AS_OF));
    Decision<Award> star = rules.decide(new Application("star", "five-star", "K1", "E1", LocalDate.of(2024, 3, 1),
        null, null, new FeeAccount(new BigDecimal("100"), new BigDecimal("90")), null, List.of(), CreditStanding.CLEAN),
        servedByK1(), AS_OF);
    all.add(star);
    all.add(rules.decide(new Application("no-star", "five-star", "K2", null, LocalDate.of(2024, 3, 1), null, null,
        new FeeAccount(new BigDecimal("100"), new BigDecimal("10")), null, List.of(), CreditStanding.CLEAN),
        new EstateStanding("K2", new io.propgov.governance.estate.PartyStatus(0, null, false, false), null,
            io.propgov.governance.satisfaction.RoundStatus.FAILED), AS_OF));
    all.add(rules.decide(new Application("unrated", "five-star", "K1", "E1", LocalDate.of(2024, 3, 1), null, null,
        null, null, List.of(), CreditStanding.CLEAN), new EstateStanding("K1", null, null, null), AS_OF));
    List<Award> awards = List.of(best.value(), middle.value(), star.value());
    all.add(rules.allocate("caolu", awards, AS_OF));
    BigDecimal shortByOneFen = new BigDecimal("99999.99");
    all.add(new SubsidyRules(SubsidyFixtures.policy(SubsidyFixtures.caolu(shortByOneFen,
        AllocationMethod.PRO_RATA))).allocate("caolu", awards, AS_OF));
    for (TieBreak tieBreak : TieBreak.values()) {
      all.add(new SubsidyRules(SubsidyFixtures.policy(SubsidyFixtures.caolu(shortByOneFen,
          AllocationMethod.PRIORITY_BY_SCORE, tieBreak))).allocate("caolu", awards, AS_OF));
    }
    Programme f = SubsidyFixtures.FIVE_STAR;
    Programme smallFiveStar = new Programme(f.id(), f.name(), f.opens(), f.closes(), new BigDecimal("100000"),
        f.criteria(), f.scoring(), f.payoutBands(), f.base(), f.allocation(), f.tieBreak());
    all.add(new SubsidyRules(SubsidyFixtures.policy(smallFiveStar)).allocate("five-star", awards, AS_OF));
    all.add(rules.split(new CostShare("roof", "emergency-repair", "E1", new BigDecimal("1000.00"), List.of(
        new HouseholdArea("101", new BigDecimal("70")), new HouseholdArea("102", new BigDecimal("90.5")))), AS_OF));
    return all;
  }
}

package io.propgov.governance.explain;

import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static io.propgov.governance.credit.CreditFixtures.basic;
import static io.propgov.governance.credit.CreditFixtures.company;
import static io.propgov.governance.credit.CreditFixtures.event;
import static io.propgov.governance.credit.CreditFixtures.serious;

import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.ArrearsActions;
import io.propgov.governance.credit.ArrearsRules;
import io.propgov.governance.credit.BlacklistTerms;
import io.propgov.governance.credit.CreditFixtures;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.CreditRules;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.LimitationEffect;
import io.propgov.governance.credit.MonthlyArrears;
import io.propgov.governance.credit.Payment;
import io.propgov.governance.credit.StepTaken;
import io.propgov.governance.engine.GovernanceEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Credit and arrears decisions that, together, use every credit and arrears template and term. */
final class CreditSamples {

  private static final LocalDate AS_OF = SampleDecisions.AS_OF;

  private CreditSamples() {}

  static List<Decision<?>> credit() {
    CreditRules rules = GovernanceEngine.create(YANTAI).credit();
    CreditRules noRepair = GovernanceEngine.create(CreditFixtures.yantaiWith(CreditParameters.BLACKLIST,
        new BlacklistTerms(3, 24, null, false))).credit();
    return List.of(
        rules.assess(company("top", basic("b", "2024-03-01", "90"), event("p1", "award-province", "2024-02-01"),
            event("p2", "award-province", "2024-03-01"), event("p3", "award-province", "2024-04-01"),
            event("party", "party-organisation", "2024-05-01"), event("old", "complaint", "2022-05-01")), AS_OF),
        rules.assess(company("middle", basic("b", "2024-03-01", "75")), AS_OF),
        rules.assess(company("grade-b", basic("b", "2024-03-01", "65")), AS_OF),
        rules.assess(company("vetoed", basic("b", "2024-03-01", "80"), serious("s", "2024-07-01", null)), AS_OF),
        rules.assess(company("expired", serious("s1", "2020-03-01", null), serious("s2", "2021-06-01", null)), AS_OF),
        rules.assess(company("repaired", serious("s", "2023-01-01", "2023-02-01")), AS_OF),
        rules.assess(company("waiting", serious("s", "2024-06-01", "2024-07-01")), AS_OF),
        noRepair.assess(company("no-repair", serious("s", "2024-06-01", "2024-07-01")), AS_OF),
        rules.assess(company("lowest", basic("b22", "2022-03-01", "50"), basic("b23", "2023-03-01", "50"),
            basic("b24", "2024-03-01", "50")), AS_OF));
  }

  static List<Decision<?>> arrears() {
    ArrearsRules rules = GovernanceEngine.create(YANTAI).arrears();
    List<StepTaken> toJudgment = List.of(step(ArrearsAction.REMINDER, "2022-02-01"),
        step(ArrearsAction.PUBLIC_NOTICE, "2022-03-15"), new StepTaken(ArrearsAction.MEDIATION, date("2022-04-15"),
            null, date("2022-05-01"), null, null), step(ArrearsAction.LAWSUIT, "2022-06-01"),
        step(ArrearsAction.JUDGMENT, "2022-10-01"));
    List<StepTaken> listed = new java.util.ArrayList<>(toJudgment);
    listed.add(step(ArrearsAction.CONSUMPTION_RESTRICTION, "2023-01-10"));
    listed.add(listing("2023-06-01", 1, null));
    // A reminder that, as this policy defines it, leaves the limitation period running.
    ArrearsActions withoutEffect = new ArrearsActions(List.of(CreditFixtures.action("REMINDER",
        "a reminder with a deadline", "书面催告（限期缴纳）", LimitationEffect.NONE))).over(CreditFixtures.ACTIONS);
    return List.of(
        rules.assess(new Household("planned", "", months("2024-09", 3), List.of(), CreditFixtures.ACTIONS.actions(),
            false), AS_OF),
        rules.assess(new Household("barred", "", months("2021-10", 3), List.of(), List.of(), true), AS_OF),
        rules.assess(new Household("listed", "", months("2022-01", 2), listed, List.of(), true), AS_OF),
        rules.assess(new Household("judged", "", months("2022-01", 2), toJudgment, List.of(), false), AS_OF),
        rules.assess(new Household("all-barred", "", months("2020-01", 1), List.of(
            step(ArrearsAction.REMINDER, "2020-02-01")), List.of(ArrearsAction.LAWSUIT), false), AS_OF),
        rules.assess(new Household("term-ended", "", months("2021-01", 1), List.of(listing("2021-06-01", 2, null)),
            List.of(), false), AS_OF),
        rules.assess(new Household("term-running", "", months("2024-01", 1), List.of(listing("2024-06-01", 3, 1)),
            List.of(), false), AS_OF),
        rules.assess(new Household("paid", "", List.of(), List.of(listing("2024-06-01", 1, null)), List.of(), false,
            List.of(new Payment(date("2024-12-27"), new BigDecimal("300.00"))), List.of()), AS_OF),
        GovernanceEngine.create(io.propgov.governance.WholeFixtures.ALL_AREAS).arrears().assess(new Household(
            "paid-earlier", "", List.of(), List.of(listing("2024-06-01", 1, null)), List.of(), false,
            List.of(new Payment(date("2024-12-02"), new BigDecimal("300.00"))), List.of()), AS_OF),
        rules.assess(new Household("acknowledged", "", months("2021-06", 2), List.of(), List.of(), false,
            List.of(new Payment(date("2022-03-01"), new BigDecimal("50.00"))), List.of(date("2023-03-01"))), AS_OF),
        GovernanceEngine.create(CreditFixtures.yantaiWith(CreditParameters.ACTIONS, withoutEffect)).arrears()
            .assess(new Household("no-effect", "", months("2024-09", 1), List.of(step(ArrearsAction.REMINDER,
                "2024-10-02")), List.of(), false), AS_OF),
        GovernanceEngine.create(io.propgov.governance.credit.CreditFixtures.yantaiWithout(
            io.propgov.governance.credit.CreditParameters.COMMITTEE_BAR).build()).arrears()
            .assess(new Household("no-bar", "", months("2024-09", 1), List.of(), List.of(), true), AS_OF));
  }

  private static StepTaken listing(String date, int ground, Integer extendedYears) {
    return new StepTaken(ArrearsAction.DISHONEST_DEBTOR_LIST, date(date), null, null, ground, extendedYears);
  }

  private static LocalDate date(String date) {
    return LocalDate.parse(date);
  }

  private static List<MonthlyArrears> months(String from, int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> new MonthlyArrears(YearMonth.parse(from).plusMonths(i), new BigDecimal("150.00"))).toList();
  }

  private static StepTaken step(ArrearsAction action, String date) {
    return new StepTaken(action, LocalDate.parse(date));
  }
}

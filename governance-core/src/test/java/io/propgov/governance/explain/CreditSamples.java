package io.propgov.governance.explain;

import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static io.propgov.governance.credit.CreditFixtures.basic;
import static io.propgov.governance.credit.CreditFixtures.company;
import static io.propgov.governance.credit.CreditFixtures.event;
import static io.propgov.governance.credit.CreditFixtures.serious;

import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.ArrearsRules;
import io.propgov.governance.credit.BlacklistRules;
import io.propgov.governance.credit.CreditFixtures;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.CreditRules;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.MonthlyArrears;
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
        new BlacklistRules(3, 24, null, false))).credit();
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
    return List.of(
        rules.assess(new Household("planned", "", months("2024-09", 3), List.of(), List.of(ArrearsAction.values()),
            false), AS_OF),
        rules.assess(new Household("barred", "", months("2021-10", 3), List.of(), List.of(), true), AS_OF),
        rules.assess(new Household("listed", "", months("2022-01", 2), List.of(
            step(ArrearsAction.REMINDER, "2022-02-01"), step(ArrearsAction.PUBLIC_NOTICE, "2022-03-15"),
            step(ArrearsAction.MEDIATION, "2022-04-15"), step(ArrearsAction.LAWSUIT, "2022-06-01"),
            step(ArrearsAction.JUDGMENT, "2022-10-01"), step(ArrearsAction.CONSUMPTION_RESTRICTION, "2023-01-10"),
            step(ArrearsAction.DISHONEST_DEBTOR_LIST, "2023-06-01")), List.of(), true), AS_OF),
        rules.assess(new Household("all-barred", "", months("2020-01", 1), List.of(
            step(ArrearsAction.REMINDER, "2020-02-01"), step(ArrearsAction.DISHONEST_DEBTOR_LIST, "2021-06-01")),
            List.of(ArrearsAction.LAWSUIT), false), AS_OF),
        GovernanceEngine.create(io.propgov.governance.credit.CreditFixtures.yantaiWithout(
            io.propgov.governance.credit.CreditParameters.COMMITTEE_BAR).build()).arrears()
            .assess(new Household("no-bar", "", months("2024-09", 1), List.of(), List.of(), true), AS_OF));
  }

  private static List<MonthlyArrears> months(String from, int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> new MonthlyArrears(YearMonth.parse(from).plusMonths(i), new BigDecimal("150.00"))).toList();
  }

  private static StepTaken step(ArrearsAction action, String date) {
    return new StepTaken(action, LocalDate.parse(date));
  }
}

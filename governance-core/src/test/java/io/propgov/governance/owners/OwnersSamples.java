package io.propgov.governance.owners;

import static io.propgov.governance.owners.OwnersRulesTests.FROM;
import static io.propgov.governance.owners.OwnersRulesTests.NATIONAL;
import static io.propgov.governance.owners.OwnersRulesTests.SOURCE;
import static io.propgov.governance.owners.OwnersRulesTests.delivered;
import static io.propgov.governance.owners.OwnersRulesTests.members;
import static io.propgov.governance.owners.OwnersRulesTests.withCommittee;

import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Owners' organisation decisions that use every template of the area, for the message tests. */
public final class OwnersSamples {

  private OwnersSamples() {}

  /**
   * Returns decisions giving every outcome of every owners' rule, every headline and every status.
   *
   * @return the decisions, never null
   */
  public static List<Decision<?>> all() {
    OwnersRules time = new OwnersRules(OwnersRulesTests.policy(Threshold.moreThan(Fraction.of(1, 2)))
        .set(OwnersParameters.FIRST_ASSEMBLY_YEARS, FROM, 2, SOURCE)
        .set(OwnersParameters.FIRST_ASSEMBLY_SHARE_AFTER_YEARS, FROM, Threshold.atLeast(Fraction.of(3, 10)), SOURCE)
        .build());
    LocalDate march = LocalDate.of(2024, 3, 1);
    EstateOwners bare = EstateOwners.builder().estateId("E0").totalArea(new BigDecimal("10000")).build();
    List<Decision<?>> list = new ArrayList<>();
    list.add(time.evaluate(bare, march).decision());
    list.add(time.evaluate(delivered("3000", LocalDate.of(2022, 3, 1)), march).decision());
    list.add(time.evaluate(delivered("3000", LocalDate.of(2022, 3, 2)), march).decision());
    LocalDate on = LocalDate.of(2024, 1, 10);
    list.add(NATIONAL.evaluate(delivered("6000", on), LocalDate.of(2024, 7, 9)).decision());
    list.add(NATIONAL.evaluate(delivered("6000", on).withFirstAssembly(LocalDate.of(2024, 7, 9)),
        LocalDate.of(2024, 8, 1)).decision());
    EstateOwners sitting = delivered("6000", on).withFirstAssembly(LocalDate.of(2024, 3, 1))
        .withCommittee(new OwnersCommittee(LocalDate.of(2024, 3, 1), members(5, 3, 1)));
    list.add(NATIONAL.evaluate(sitting, LocalDate.of(2025, 1, 1)).decision());
    list.add(NATIONAL.evaluate(sitting, LocalDate.of(2029, 3, 1)).decision());
    list.add(NATIONAL.evaluate(withCommittee(LocalDate.of(2015, 1, 1), members(4, 1, 0)), LocalDate.of(2024, 1, 1))
        .decision());
    list.add(NATIONAL.evaluate(withCommittee(LocalDate.of(2022, 1, 1), List.of()), LocalDate.of(2024, 1, 1))
        .decision());
    EstateOwners standIn = bare.withManagementCommittee(new PropertyManagementCommittee(LocalDate.of(2023, 6, 1)));
    list.add(NATIONAL.evaluate(standIn, LocalDate.of(2024, 1, 1)).decision());
    list.add(NATIONAL.evaluate(standIn, LocalDate.of(2026, 6, 2)).decision());
    // A last day on National Day moves with the calendar; a Saturday moves to Monday without one.
    list.add(FirstAssemblyLastDayTests.WITH_CALENDAR.evaluate(delivered("6000", LocalDate.of(2024, 4, 4)),
        LocalDate.of(2024, 10, 8)).decision());
    list.add(NATIONAL.evaluate(delivered("6000", LocalDate.of(2024, 4, 15)), LocalDate.of(2024, 10, 20)).decision());
    io.propgov.governance.policy.PolicyRef ref = new io.propgov.governance.policy.PolicyRef("owners-test", "1", null);
    list.add(OwnersRules.explain(new OwnersCoverage("u1", 3, 1, 1), ref, march));
    list.add(OwnersRules.explain(new OwnersCoverage("u2", 0, 0, 0), ref, march));
    return list;
  }
}

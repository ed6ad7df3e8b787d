package io.propgov.governance.contract;

import io.propgov.governance.explain.Decision;
import java.time.LocalDate;
import java.util.List;

/** Contract decisions that between them use every contract message template. */
public final class ContractSamples {

  private ContractSamples() {}

  /**
   * Returns the samples.
   *
   * @return decisions in every state, with every reason outcome
   */
  public static List<Decision<?>> all() {
    ContractRules rules = new ContractRules(ContractRulesTests.policy());
    LocalDate end = LocalDate.of(2024, 3, 31);
    ServiceContractBuilder c = ServiceContract.builder().id("C1").estateId("E1").termEnd(end);
    return List.of(
        rules.judge(c.build(), end.minusDays(1)),
        rules.judge(c.build(), end.plusDays(1)),
        rules.judge(c.terminationNotice(end.plusDays(1)).terminationNoticeWritten(false).build(), end.plusDays(1)),
        rules.judge(c.terminationNoticeWritten(null).build(), end.plusDays(2)),
        rules.judge(ServiceContract.builder().id("C2").estateId("E1").termEnd(end).nonRenewalNotice(end.minusDays(90))
            .build(), end),
        rules.judge(ServiceContract.builder().id("C3").estateId("E1").termEnd(end).nonRenewalNotice(end.minusDays(10))
            .build(), end.plusDays(5)),
        rules.judge(ServiceContract.builder().id("C4").estateId("E1").termEnd(end).ownersDecision(end)
            .handedOver(end.plusDays(3)).build(), end.plusDays(40)),
        rules.judge(ServiceContract.builder().id("C5").estateId("E1").termEnd(end).ownersDecision(end)
            .handedOver(end).build(), end.plusDays(40)),
        rules.judge(ServiceContract.builder().id("C6").estateId("E1").termEnd(end).ownersDecision(end)
            .handedOver(end.plusDays(35)).build(), end.plusDays(40)),
        rules.judge(ServiceContract.builder().id("C7").estateId("E1").termEnd(end).ownersDecision(end).build(),
            end.plusDays(40)),
        // 30 days after 2024-09-01 is National Day: the last day moves to 2024-10-08.
        new ContractRules(ExitLastDayTests.withCalendar()).judge(ServiceContract.builder().id("C8").estateId("E1").termEnd(LocalDate.of(2024, 9, 1))
            .ownersDecision(end).handedOver(LocalDate.of(2024, 10, 8)).build(), LocalDate.of(2024, 10, 31)),
        // A calendar that lists 2024 only: National Day 2021 is not known, so 2021-10-01 stands, flagged.
        new ContractRules(ExitLastDayTests.withCalendarListing(java.util.Set.of(2024))).judge(ServiceContract.builder()
            .id("C9").estateId("E1").termEnd(LocalDate.of(2021, 9, 1)).ownersDecision(LocalDate.of(2021, 6, 1))
            .handedOver(LocalDate.of(2021, 10, 1)).build(), LocalDate.of(2021, 10, 31)));
  }
}

package io.propgov.governance.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.Fixtures;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractRulesTests {

  static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  static final Citation SOURCE = new Citation("test source", "测试来源");

  /** The national contract rules: 90 days (art. 947), 60 days (art. 948), a 30-day period to leave. */
  static GovernancePolicy policy() {
    return Fixtures.cnDefaultWithout().set(ContractParameters.NON_RENEWAL_NOTICE_DAYS, FROM, 90, SOURCE)
        .set(ContractParameters.OPEN_ENDED_NOTICE_DAYS, FROM, 60, SOURCE)
        .set(ContractParameters.EXIT_DAYS, FROM, 30, SOURCE).build();
  }

  private static final ContractRules RULES = new ContractRules(policy());
  private static final LocalDate TERM_END = LocalDate.of(2024, 3, 31);

  private static ServiceContractBuilder contract() {
    return ServiceContract.builder().id("C1").estateId("E1").termEnd(TERM_END);
  }

  private static Decision<ContractStatus> judge(ServiceContract c, LocalDate asOf) {
    return RULES.judge(c, asOf);
  }

  @Test
  void noticeExactly90DaysBeforeTheTermEndsIsInTimeAnd89IsOneDayLate() {
    Decision<ContractStatus> onTime = judge(contract().nonRenewalNotice(TERM_END.minusDays(90)).build(), TERM_END);
    assertEquals(Outcome.MET, onTime.reason(ContractRuleIds.NON_RENEWAL_NOTICE).orElseThrow().outcome());
    assertEquals(0, onTime.value().noticeDaysLate());
    Decision<ContractStatus> late = judge(contract().nonRenewalNotice(TERM_END.minusDays(89)).build(), TERM_END);
    assertEquals(Outcome.NOT_MET, late.reason(ContractRuleIds.NON_RENEWAL_NOTICE).orElseThrow().outcome());
    assertEquals(1, late.value().noticeDaysLate());
    assertEquals(TERM_END, late.value().end(), "a late notice does not move the end of the term");
  }

  @Test
  void theContractsOwnNoticePeriodReplacesTheLaws() {
    Decision<ContractStatus> d = judge(contract().nonRenewalNotice(TERM_END.minusDays(30)).contractNoticeDays(30).build(),
        TERM_END);
    assertEquals(Outcome.MET, d.reason(ContractRuleIds.NON_RENEWAL_NOTICE).orElseThrow().outcome());
    assertTrue(d.reason(ContractRuleIds.NON_RENEWAL_NOTICE).orElseThrow().citation().en().startsWith("the contract's"));
  }

  @Test
  void leavingOnTheLastAllowedDayIsInTimeAndOneDayLaterBarsEveryFeeAfterTheEnd() {
    LocalDate deadline = TERM_END.plusDays(30);
    ContractStatus inTime = judge(contract().ownersDecision(TERM_END).handedOver(deadline).build(), deadline.plusDays(5))
        .value();
    assertEquals(ContractState.HANDED_OVER, inTime.state());
    assertEquals(30, inTime.feeDays());
    assertEquals(TERM_END.plusDays(1), inTime.feesFrom());
    assertEquals(deadline, inTime.feesTo());
    assertFalse(inTime.feesBarred());
    ContractStatus late = judge(contract().ownersDecision(TERM_END).handedOver(deadline.plusDays(1)).build(),
        deadline.plusDays(5)).value();
    assertEquals(ContractState.EXIT_OVERDUE, late.state());
    assertEquals(1, late.overdueDays());
    assertEquals(0, late.feeDays());
    assertNull(late.feesFrom());
    assertTrue(late.feesBarred());
  }

  @Test
  void handoverDayDecidesStateAndFeesForAnyOffset() {
    qt().withExamples(200).forAll(integers().between(-20, 80)).checkAssert(offset -> {
      LocalDate handedOver = TERM_END.plusDays(offset);
      ContractStatus s = judge(contract().nonRenewalNotice(TERM_END.minusDays(120)).handedOver(handedOver).build(),
          TERM_END.plusDays(100)).value();
      assertEquals(offset > 30, s.feesBarred(), "offset " + offset);
      assertEquals(offset > 30 ? ContractState.EXIT_OVERDUE : ContractState.HANDED_OVER, s.state());
      assertEquals(offset > 30 ? offset - 30 : 0, s.overdueDays());
      assertEquals(offset > 30 ? 0 : Math.max(0, offset), s.feeDays());
    });
  }

  @Test
  void withinItsTimeTheCompanyMayClaimFeesUpToTheDecisionDate() {
    ContractStatus s = judge(contract().ownersDecision(TERM_END).build(), TERM_END.plusDays(10)).value();
    assertEquals(ContractState.WINDING_UP, s.state());
    assertEquals(10, s.feeDays());
    assertEquals(TERM_END.plusDays(10), s.feesTo());
  }

  @Test
  void anOpenEndedContractEndsSixtyDaysAfterWrittenNoticeAndNotAfterAnOralOne() {
    LocalDate notice = TERM_END.plusDays(10);
    ContractStatus written = judge(contract().terminationNotice(notice).build(), notice).value();
    assertEquals(ContractState.ENDING, written.state());
    assertEquals(notice.plusDays(60), written.end());
    ContractStatus oral = judge(contract().terminationNotice(notice).terminationNoticeWritten(false).build(), notice)
        .value();
    assertEquals(ContractState.OPEN_ENDED, oral.state());
    assertNull(oral.end());
  }

  @Test
  void aTermRunningOnTheDecisionDateIsRunningAndOneOverWithoutDecisionIsOpenEnded() {
    assertEquals(ContractState.RUNNING, judge(contract().build(), TERM_END).value().state());
    assertEquals(ContractState.OPEN_ENDED, judge(contract().build(), TERM_END.plusDays(1)).value().state());
  }

  @Test
  void aContractEndingBeforeTheRulesAreInForceIsAnInputError() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> judge(contract().termEnd(FROM.minusDays(1)).ownersDecision(FROM.minusDays(30)).build(), FROM));
    assertEquals("/termEnd", e.errors().get(0).pointer());
    assertEquals("no-value-in-force", e.errors().get(0).code());
    assertEquals(ContractState.ENDING, judge(contract().termEnd(FROM).ownersDecision(FROM).build(), FROM).value()
        .state());
  }

  @Test
  void badFactsAreNamedAtTheirFields() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> judge(contract().estateId(" ")
        .exitDays(-1).build(), TERM_END));
    assertEquals("/estateId minLength, /exitDays minimum", String.join(", ", e.errors().stream()
        .map(x -> x.pointer() + " " + x.code()).toList()));
    InvalidFactsException after = assertThrows(InvalidFactsException.class, () -> judge(contract()
        .nonRenewalNotice(TERM_END.plusDays(1)).handedOver(TERM_END.plusDays(9)).build(), TERM_END.plusDays(5)));
    assertEquals("/nonRenewalNotice range, /handedOver after-as-of", String.join(", ", after.errors().stream()
        .map(x -> x.pointer() + " " + x.code()).toList()));
  }

  @Test
  void aPolicyWithoutTheParametersIsRefusedNamingThem() {
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> new ContractRules(Fixtures.CN_DEFAULT));
    assertEquals(3, e.errors().size());
    assertFalse(ContractRules.isConfigured(Fixtures.CN_DEFAULT));
  }

  @Test
  void everyReasonRendersInBothLanguages() {
    Decision<ContractStatus> d = judge(contract().nonRenewalNotice(TERM_END.minusDays(60)).handedOver(
        TERM_END.plusDays(31)).build(), TERM_END.plusDays(40));
    String zh = d.render(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("逾期退出 1 日"), zh);
    assertTrue(d.render(Locale.ENGLISH).contains("EXIT OVERDUE by 1 day(s)"), d.render(Locale.ENGLISH));
  }
}

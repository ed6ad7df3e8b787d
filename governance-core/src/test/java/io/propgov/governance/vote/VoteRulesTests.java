package io.propgov.governance.vote;

import io.propgov.governance.area.Valid;
import static io.propgov.governance.Fixtures.CIVIL_CODE_278;
import static io.propgov.governance.Fixtures.CIVIL_CODE_278_SPECIAL;
import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.NOTICE_SOURCE;
import static io.propgov.governance.Fixtures.PROPERTY_LAW_76;
import static io.propgov.governance.Fixtures.ballot;
import static io.propgov.governance.Fixtures.ballots;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.vote;
import static io.propgov.governance.vote.BallotChoice.ABSTAIN;
import static io.propgov.governance.vote.BallotChoice.AGAINST;
import static io.propgov.governance.vote.BallotChoice.FOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.validation.FactsConstraints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VoteRulesTests {

  private static final LocalDate HELD = date("2024-05-20");
  private static final LocalDate AS_OF = date("2024-12-31");
  private static final VoteRules RULES = new VoteRules(CN_DEFAULT);

  private static Decision<VoteResult> decide(OwnersVote vote) {
    return RULES.decide(vote, AS_OF);
  }

  /** A 2024 dismissal in an estate of 30 owners and 3000 m². */
  @SafeVarargs
  private static Decision<VoteResult> dismissal(List<Ballot>... ballots) {
    return decide(vote("v", Matter.DISMISS_COMPANY, HELD, 30, "3000", ballots));
  }

  private static Reason reason(Decision<?> d, String ruleId) {
    return d.reason(ruleId).orElseThrow(() -> new AssertionError("no reason " + ruleId));
  }

  private static Fraction share(Decision<?> d, String ruleId) {
    return reason(d, ruleId).figure("share").orElseThrow().amount();
  }

  @Nested
  class CivilCodeQuorum {

    @Test
    void quorumIsMetWithExactlyTwoThirdsOfAreaAndOwners() {
      Decision<VoteResult> d = dismissal(ballots("f", 11, "100", FOR), ballots("a", 9, "100", AGAINST));
      assertEquals(Outcome.MET, d.value().quorum());
      assertTrue(d.value().passed());
      assertEquals(new Tally(20, new BigDecimal("2000")), d.value().participating());
      for (String id : List.of("vote.quorum.area", "vote.quorum.owners")) {
        Reason r = reason(d, id);
        assertEquals(Outcome.MET, r.outcome());
        assertEquals(Comparison.AT_LEAST, r.comparison());
        assertEquals(Fraction.of(2, 3), r.figure("share").orElseThrow().amount());
        assertEquals(Fraction.of(2, 3), r.figure("requiredShare").orElseThrow().amount());
        assertEquals(CIVIL_CODE_278, r.citation());
      }
      assertEquals(Fraction.of(2000), reason(d, "vote.quorum.area").figure("participating").orElseThrow().amount());
      assertEquals(Fraction.of(3000), reason(d, "vote.quorum.area").figure("base").orElseThrow().amount());
    }

    @Test
    void quorumIsMissedWhenAreaIsTwoThirdsButHeadcountIsBelowEvenIfAllVoteFor() {
      Decision<VoteResult> d = dismissal(List.of(ballot("big", "200", FOR)), ballots("f", 18, "100", FOR));
      assertEquals(Outcome.MET, reason(d, "vote.quorum.area").outcome());
      assertEquals(Outcome.NOT_MET, reason(d, "vote.quorum.owners").outcome());
      assertEquals(Fraction.of(19, 30), share(d, "vote.quorum.owners"));
      assertEquals(Outcome.NOT_MET, d.value().quorum());
      assertFalse(d.value().passed());
      assertEquals("vote.NO_QUORUM", d.value().messageKey());
      assertNull(d.value().contractEnd());
    }

    @Test
    void quorumIsMissedWhenAreaIsOneHundredthOfASquareMetreShort() {
      Decision<VoteResult> d = dismissal(List.of(ballot("small", "99.99", FOR)), ballots("f", 19, "100", FOR));
      assertEquals(Outcome.NOT_MET, reason(d, "vote.quorum.area").outcome());
      assertEquals(Outcome.MET, reason(d, "vote.quorum.owners").outcome());
      assertFalse(d.value().passed());
    }
  }

  @Nested
  class CivilCodeApproval {

    @Test
    void dismissalFailsWithExactlyHalfOfParticipatingOwners() {
      Decision<VoteResult> d = dismissal(ballots("f", 10, "150", FOR), ballots("a", 10, "50", AGAINST));
      assertEquals(Outcome.MET, reason(d, "vote.approval.area.participating").outcome());
      Reason owners = reason(d, "vote.approval.owners.participating");
      assertEquals(Outcome.NOT_MET, owners.outcome());
      assertEquals(Comparison.MORE_THAN, owners.comparison());
      assertEquals(Fraction.of(1, 2), share(d, "vote.approval.owners.participating"));
      assertEquals(Outcome.MET, d.value().quorum());
      assertFalse(d.value().passed());
      assertEquals("vote.REJECTED", d.value().messageKey());
    }

    @Test
    void dismissalPassesWithHalfOfParticipatingOwnersPlusOne() {
      Decision<VoteResult> d = dismissal(ballots("f", 11, "100", FOR), ballots("a", 9, "100", AGAINST));
      assertEquals(Fraction.of(11, 20), share(d, "vote.approval.owners.participating"));
      assertTrue(d.value().passed());
    }

    /**
     * Eleven owners for and nine against: ten for with 90 m² each and eight against with 110 m² each,
     * the area split by the last ballot of each side.
     */
    private Decision<VoteResult> elevenToNine(String lastForArea, String lastAgainstArea) {
      return dismissal(ballots("f", 10, "90", FOR), List.of(ballot("f11", lastForArea, FOR)),
          ballots("a", 8, "110", AGAINST), List.of(ballot("a9", lastAgainstArea, AGAINST)));
    }

    @Test
    void dismissalFailsWithExactlyHalfOfParticipatingArea() {
      Decision<VoteResult> d = elevenToNine("100", "120");
      assertEquals(Outcome.MET, reason(d, "vote.approval.owners.participating").outcome());
      assertEquals(Fraction.of(1, 2), share(d, "vote.approval.area.participating"));
      assertEquals(Outcome.NOT_MET, reason(d, "vote.approval.area.participating").outcome());
      assertFalse(d.value().passed());
    }

    @Test
    void dismissalPassesWithOneHundredthOfASquareMetreOverHalfOfParticipatingArea() {
      Decision<VoteResult> d = elevenToNine("100.01", "119.99");
      assertEquals(Outcome.MET, reason(d, "vote.approval.area.participating").outcome());
      assertTrue(d.value().passed());
    }

    @Test
    void abstentionsTakePartButAreNotVotesFor() {
      Decision<VoteResult> d = dismissal(ballots("f", 10, "100", FOR), ballots("a", 9, "100", AGAINST),
          ballots("x", 1, "100", ABSTAIN));
      VoteResult r = d.value();
      assertEquals(new Tally(20, new BigDecimal("2000")), r.participating());
      assertEquals(new Tally(1, new BigDecimal("100")), r.abstentions());
      assertEquals(new Tally(10, new BigDecimal("1000")), r.votesFor());
      assertEquals(new Tally(9, new BigDecimal("900")), r.votesAgainst());
      assertEquals(Outcome.MET, r.quorum(), "the abstention completes the quorum");
      assertFalse(r.passed(), "10 of 20 participants is not more than half");
    }

    @Test
    void ownerOfSeveralUnitsCountsOnceWithTheAreasAdded() {
      Decision<VoteResult> d = dismissal(List.of(ballot("o1", "100", FOR), ballot("o1", "80.5", FOR)),
          ballots("f", 19, "100", FOR), ballots("a", 1, "100", AGAINST));
      assertEquals(new Tally(20, new BigDecimal("2080.5")), d.value().votesFor());
      assertEquals(new Tally(21, new BigDecimal("2180.5")), d.value().participating());
    }

    @Test
    void ownerVotingTwoWaysIsAnErrorAtTheConflictingBallot() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> dismissal(ballots("f", 20, "100", FOR),
          List.of(ballot("f3", "60", AGAINST))));
      assertEquals(1, e.errors().size());
      InputError error = e.errors().get(0);
      assertEquals("/ballots/20/choice", error.pointer());
      assertEquals("conflict", error.code());
      assertTrue(error.message().contains("'f3'") && error.message().contains("FOR")
          && error.message().contains("AGAINST") && error.message().contains("ballot 2"), error.message());
    }
  }

  @Nested
  class SpecialMatters {

    @Test
    void raisingTheMaintenanceFundPassesWithExactlyThreeQuarters() {
      Decision<VoteResult> d = decide(vote("v", Matter.RAISE_MAINTENANCE_FUND, HELD, 30, "3000",
          ballots("f", 15, "100", FOR), ballots("a", 5, "100", AGAINST)));
      assertTrue(d.value().special());
      assertTrue(d.value().passed());
      Reason owners = reason(d, "vote.approval.owners.participating");
      assertEquals(Comparison.AT_LEAST, owners.comparison());
      assertEquals(Fraction.of(3, 4), share(d, "vote.approval.owners.participating"));
      assertEquals(Fraction.of(3, 4), share(d, "vote.approval.area.participating"));
      assertEquals(CIVIL_CODE_278_SPECIAL, owners.citation());
      assertNull(d.value().contractEnd());
    }

    @Test
    void raisingTheMaintenanceFundFailsJustBelowThreeQuarters() {
      Decision<VoteResult> byHead = decide(vote("v", Matter.RAISE_MAINTENANCE_FUND, HELD, 30, "3000",
          ballots("f", 14, "110", FOR), ballots("a", 6, "75", AGAINST)));
      assertEquals(Outcome.MET, reason(byHead, "vote.approval.area.participating").outcome());
      assertEquals(Outcome.NOT_MET, reason(byHead, "vote.approval.owners.participating").outcome());
      assertFalse(byHead.value().passed());
      Decision<VoteResult> byArea = decide(vote("v", Matter.RAISE_MAINTENANCE_FUND, HELD, 30, "3000",
          ballots("f", 14, "100", FOR), List.of(ballot("f15", "99.99", FOR)), ballots("a", 4, "100", AGAINST),
          List.of(ballot("a5", "100.01", AGAINST))));
      assertEquals(Outcome.NOT_MET, reason(byArea, "vote.approval.area.participating").outcome());
      assertFalse(byArea.value().passed());
    }

    @Test
    void changingTheUseOfCommonPartsIsSpecialOnlyFrom2021() {
      assertTrue(decide(vote("v", Matter.CHANGE_COMMON_PART_USE, date("2021-01-01"), 30, "3000",
          ballots("f", 20, "100", FOR))).value().special());
      assertFalse(decide(vote("v", Matter.CHANGE_COMMON_PART_USE, date("2020-12-31"), 30, "3000",
          ballots("f", 20, "100", FOR))).value().special());
    }
  }

  @Nested
  class PropertyLawBefore2021 {

    private Decision<VoteResult> dismissal2016(List<Ballot> ballots) {
      return decide(vote("v2016", Matter.DISMISS_COMPANY, date("2016-05-20"), 100, "10000", ballots));
    }

    @Test
    void halfOfAllOwnersAndAreaIsNotEnough() {
      Decision<VoteResult> d = dismissal2016(ballots("f", 50, "100", FOR));
      Reason none = reason(d, "vote.quorum.none");
      assertEquals(Outcome.NOT_APPLICABLE, none.outcome());
      assertEquals(PROPERTY_LAW_76, none.citation());
      assertEquals(Outcome.NOT_MET, reason(d, "vote.approval.area.total").outcome());
      assertEquals(Outcome.NOT_MET, reason(d, "vote.approval.owners.total").outcome());
      assertEquals(Fraction.of(1, 2), share(d, "vote.approval.owners.total"));
      assertEquals(Outcome.NOT_APPLICABLE, d.value().quorum(), "no separate quorum under the Property Law");
      assertFalse(d.value().passed());
      assertTrue(d.reason("vote.quorum.area").isEmpty());
      assertTrue(d.reason("vote.approval.owners.participating").isEmpty());
    }

    @Test
    void moreThanHalfOfAllOwnersAndAreaPassesEvenWithLowParticipation() {
      Decision<VoteResult> d = dismissal2016(ballots("f", 51, "100", FOR));
      assertTrue(d.value().passed());
      Reason area = reason(d, "vote.approval.area.total");
      assertEquals(Outcome.MET, area.outcome());
      assertEquals(Fraction.of(10000), area.figure("base").orElseThrow().amount());
      assertEquals(Fraction.of(51, 100), share(d, "vote.approval.owners.total"));
      assertEquals(PROPERTY_LAW_76, area.citation());
      assertEquals(date("2016-07-19"), d.value().contractEnd());
    }

    @Test
    void againstVotesDoNotChangeTheShareOfAllOwners() {
      Decision<VoteResult> d = dismissal2016(List.of(ballots("f", 50, "100", FOR), ballots("a", 2, "100", AGAINST))
          .stream().flatMap(List::stream).toList());
      assertEquals(Fraction.of(1, 2), share(d, "vote.approval.owners.total"));
      assertFalse(d.value().passed());
    }

    @Test
    void voteIsJudgedByTheRuleInForceOnItsDate() {
      List<Ballot> lowTurnout = ballots("f", 51, "100", FOR);
      assertTrue(decide(vote("v", Matter.DISMISS_COMPANY, date("2020-12-31"), 100, "10000", lowTurnout)).value().passed());
      Decision<VoteResult> civilCode = decide(vote("v", Matter.DISMISS_COMPANY, date("2021-01-01"), 100, "10000",
          lowTurnout));
      assertEquals(Outcome.NOT_MET, civilCode.value().quorum());
      assertFalse(civilCode.value().passed());
    }
  }

  @Nested
  class MaintenanceFundBefore2021 {

    /** Using the fund in an estate of 9 owners and 900 m²: {@code votesFor} for, the rest against. */
    private Decision<VoteResult> useFund(LocalDate held, int votesFor) {
      return RULES.decide(vote("fund", Matter.USE_MAINTENANCE_FUND, held, 9, "900", ballots("f", votesFor, "100", FOR),
          ballots("a", 9 - votesFor, "100", AGAINST)), held);
    }

    @Test
    void usingTheFundIn2016NeedsTwoThirdsOfAllOwnersAndAreaSoFiveOfNineFails() {
      Decision<VoteResult> d = useFund(date("2016-05-20"), 5);
      assertTrue(d.value().special(), "Property Law art. 76 item (5): raising and using the fund");
      assertEquals(Outcome.NOT_APPLICABLE, d.value().quorum());
      Reason owners = reason(d, "vote.approval.owners.total");
      assertEquals(Outcome.NOT_MET, owners.outcome());
      assertEquals(Comparison.AT_LEAST, owners.comparison());
      assertEquals(Fraction.of(2, 3), owners.figure("requiredShare").orElseThrow().amount());
      assertEquals(Fraction.of(5, 9), share(d, "vote.approval.area.total"));
      assertEquals(Fraction.of(5, 9), share(d, "vote.approval.owners.total"));
      assertFalse(d.value().passed());
      assertEquals("vote.REJECTED", d.value().messageKey(), "rejected, not invalid: no quorum applied");
      assertTrue(reason(d, "vote.approval.area.total").citation().en().startsWith("Property Law art. 76 (in force"
          + " 2007-10-01 to 2020-12-31)"));
    }

    @Test
    void usingTheFundIn2016PassesWithExactlyTwoThirdsOfAllOwnersAndArea() {
      Decision<VoteResult> d = useFund(date("2016-05-20"), 6);
      assertTrue(d.value().special());
      assertEquals(Fraction.of(2, 3), share(d, "vote.approval.area.total"));
      assertEquals(Fraction.of(2, 3), share(d, "vote.approval.owners.total"));
      assertEquals(Outcome.MET, reason(d, "vote.approval.owners.total").outcome());
      assertTrue(d.value().passed());
    }

    @Test
    void theLastDayOfThePropertyLawStillNeedsTwoThirds() {
      assertFalse(useFund(date("2020-12-31"), 5).value().passed());
      assertTrue(useFund(date("2020-12-31"), 6).value().passed());
    }

    @Test
    void from2021UsingTheFundIsAnOrdinaryMatterDecidedByMoreThanHalfOfParticipants() {
      Decision<VoteResult> five = useFund(date("2021-01-01"), 5);
      assertFalse(five.value().special(), "Civil Code art. 278 item (5)");
      assertEquals(Outcome.MET, five.value().quorum());
      assertEquals(Comparison.MORE_THAN, reason(five, "vote.approval.owners.participating").comparison());
      assertTrue(five.value().passed(), "5 of 9 participants is more than half");
      assertTrue(useFund(date("2021-01-01"), 6).value().passed());
      Decision<VoteResult> four = useFund(date("2021-01-01"), 4);
      assertFalse(four.value().passed(), "4 of 9 is not more than half");
    }

    @Test
    void raisingTheFundStaysSpecialOnBothSidesOf2021() {
      for (LocalDate held : List.of(date("2020-12-31"), date("2021-01-01"))) {
        Decision<VoteResult> d = RULES.decide(vote("raise", Matter.RAISE_MAINTENANCE_FUND, held, 9, "900",
            ballots("f", 6, "100", FOR), ballots("a", 3, "100", AGAINST)), held);
        assertTrue(d.value().special(), held.toString());
      }
    }

    @Test
    void aPropertyLawQuorumReadsAsNotApplicableCitingTheLawInBothLanguages() {
      Reason none = reason(useFund(date("2016-05-20"), 5), "vote.quorum.none");
      assertEquals(Outcome.NOT_APPLICABLE, none.outcome());
      assertTrue(none.text(java.util.Locale.ENGLISH).startsWith("Quorum not applicable: "), none.text(java.util.Locale.ENGLISH));
      assertTrue(none.text(java.util.Locale.ENGLISH).contains("all 9 owners and the total area 900 m²"));
      assertTrue(none.text(java.util.Locale.SIMPLIFIED_CHINESE).startsWith("参与表决比例不适用："));
      assertTrue(none.citation().zh().startsWith("《物权法》第七十六条"));
    }
  }

  @Nested
  class NoticeDates {

    private Reason notice(LocalDate held) {
      return reason(RULES.decide(vote("d", Matter.DISMISS_COMPANY, held, 9, "900", ballots("f", 9, "100", FOR)), held),
          "vote.dismissal-notice");
    }

    @Test
    void beforeTheCivilCodeTheSixtyDaysAreAModelAssumptionNotArticle946() {
      Reason r = notice(date("2020-12-31"));
      assertEquals(Fraction.of(60), r.figure("noticeDays").orElseThrow().amount());
      assertTrue(r.citation().en().startsWith("No national law or regulation in force before 2021"), r.citation().en());
      assertTrue(r.citation().assumption(), r.citation().en());
      assertTrue(r.citation().zh().startsWith("本模型假设"), r.citation().zh());
      assertFalse(r.citation().en().contains("946"), r.citation().en());
    }

    @Test
    void fromTheCivilCodeTheSixtyDaysCiteArticle946() {
      Reason r = notice(date("2021-01-01"));
      assertEquals(NOTICE_SOURCE, r.citation());
      assertTrue(r.citation().en().startsWith("Civil Code art. 946 (in force from 2021-01-01)"));
    }

    @Test
    void aContractsOwnNoticeCitesTheRuleOfTheVotesDate() {
      LocalDate held = date("2016-05-20");
      Reason r = reason(RULES.decide(vote("d", Matter.DISMISS_COMPANY, held, 9, "900", 30, ballots("f", 9, "100", FOR)),
          held), "vote.dismissal-notice");
      assertTrue(r.citation().en().startsWith("the service contract's own notice clause; No national law or regulation in force before 2021"),
          r.citation().en());
      assertFalse(r.citation().en().contains("946"));
    }
  }

  @Nested
  class ContractEnd {

    @Test
    void passedDismissalEndsTheContractSixtyDaysLater() {
      Decision<VoteResult> d = dismissal(ballots("f", 20, "100", FOR));
      assertEquals(date("2024-07-19"), d.value().contractEnd());
      assertEquals("vote.PASSED.WITH_END", d.value().messageKey());
      Reason notice = reason(d, "vote.dismissal-notice");
      assertEquals(Outcome.MET, notice.outcome());
      assertEquals(Fraction.of(60), notice.figure("noticeDays").orElseThrow().amount());
      assertEquals(date("2024-07-19"), notice.figure("contractEnd").orElseThrow().date());
      assertEquals(NOTICE_SOURCE, notice.citation());
    }

    @Test
    void contractsOwnNoticePeriodTakesPrecedence() {
      Decision<VoteResult> d = decide(vote("v", Matter.DISMISS_COMPANY, HELD, 30, "3000", 90,
          ballots("f", 20, "100", FOR)));
      assertEquals(date("2024-08-18"), d.value().earliestContractEnd().orElseThrow());
      assertTrue(reason(d, "vote.dismissal-notice").citation().en().contains("contract"));
      assertEquals(HELD, decide(vote("v", Matter.DISMISS_COMPANY, HELD, 30, "3000", 0,
          ballots("f", 20, "100", FOR))).value().contractEnd());
    }

    @Test
    void passedHireVoteHasNoContractEnd() {
      Decision<VoteResult> d = decide(vote("v", Matter.HIRE_COMPANY, HELD, 30, "3000", 90, ballots("f", 20, "100", FOR)));
      assertTrue(d.value().passed());
      assertTrue(d.value().earliestContractEnd().isEmpty());
      assertTrue(d.reason("vote.dismissal-notice").isEmpty());
      assertEquals("vote.PASSED", d.value().messageKey());
    }

    @Test
    void rejectedDismissalHasNoContractEnd() {
      Decision<VoteResult> d = dismissal(ballots("f", 10, "100", FOR), ballots("a", 10, "100", AGAINST));
      assertNull(d.value().contractEnd());
      assertTrue(d.reason("vote.dismissal-notice").isEmpty());
    }
  }

  @Nested
  class FactsValidation {

    @Test
    void ballotsOverMoreOwnersAndAreaThanTheEstateHasAreErrors() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> decide(vote("v",
          Matter.DISMISS_COMPANY, HELD, 3, "300", ballots("f", 4, "100", FOR))));
      assertEquals(List.of("/totalOwners", "/totalArea"), e.errors().stream().map(InputError::pointer).toList());
      assertTrue(e.errors().stream().allMatch(x -> x.code().equals("range")));
      assertTrue(e.errors().get(1).message().contains("400") && e.errors().get(1).message().contains("300"),
          e.errors().get(1).message());
    }

    @Test
    void ballotsOverExactlyTheTotalsAreAccepted() {
      assertTrue(decide(vote("v", Matter.DISMISS_COMPANY, HELD, 3, "300", ballots("f", 3, "100", FOR))).value().passed());
    }

    @Test
    void voteAfterTheAsOfDateIsAnError() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class,
          () -> RULES.decide(vote("v", Matter.DISMISS_COMPANY, date("2025-01-01"), 30, "3000",
              ballots("f", 20, "100", FOR)), AS_OF));
      assertEquals("/date", e.errors().get(0).pointer());
      assertEquals("after-as-of", e.errors().get(0).code());
    }

    @Test
    void voteBeforeThePolicyHasARuleIsAnErrorAtItsDate() {
      List<InputError> errors = Valid.errors(RULES.validate(vote("v", Matter.DISMISS_COMPANY, date("2007-09-30"), 30,
          "3000", ballots("f", 20, "100", FOR)), "/votes/2", date("2007-09-30")));
      assertEquals(1, errors.size());
      assertEquals("/votes/2/date", errors.get(0).pointer());
      assertEquals("no-value-in-force", errors.get(0).code());
      assertTrue(errors.get(0).message().contains("2007-10-01"), errors.get(0).message());
    }

    @Test
    void everyErrorIsReportedTogether() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> RULES.decide(vote("v",
          Matter.DISMISS_COMPANY, date("2025-02-01"), 1, "100", List.of(ballot("o1", "80", FOR),
              ballot("o2", "30", FOR), ballot("o1", "10", ABSTAIN))), AS_OF));
      assertEquals(List.of("/ballots/2/choice", "/totalOwners", "/totalArea", "/date"),
          e.errors().stream().map(InputError::pointer).toList());
    }

    @Test
    void ballotsAndVotesCheckThemselves() {
      assertEquals("[/area: must be greater than 0, was 0]",
          FactsConstraints.fast().check(ballot("o", "0", FOR), "").toString());
      assertEquals("[/ownerId: must not be blank]",
          FactsConstraints.fast().check(ballot(" ", "10", FOR), "").toString());
      assertEquals("[/totalOwners: must be at least 1, was 0]",
          FactsConstraints.fast().check(vote("v", Matter.OTHER, HELD, 0, "100"), "").toString());
      assertEquals("[/totalArea: must be greater than 0, was 0]",
          FactsConstraints.fast().check(vote("v", Matter.OTHER, HELD, 1, "0"), "").toString());
      assertEquals("[/contractNoticeDays: must be at least 0, was -1]",
          FactsConstraints.fast().check(vote("v", Matter.OTHER, HELD, 1, "100", -1), "").toString());
    }
  }
}

package io.propgov.governance.vote;

import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.ballots;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.testing.Generators.booleans;
import static io.propgov.governance.testing.Generators.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The margins of real vote decisions: applying the stated flip (owners changing sides, or owners
 * staying away or coming) flips the rule's outcome when the vote is decided again, and one owner
 * less does not; on the line the margin is 0.
 */
class VoteMarginProperties {

  private static final LocalDate AS_OF = date("2030-12-31");
  private static final VoteRules RULES = new VoteRules(CN_DEFAULT);

  /** {@code participants} of {@code owners} take part with 100 m² each, {@code votesFor} of them for. */
  private static Decision<VoteResult> decide(int owners, int participants, int votesFor, boolean before2021) {
    List<Ballot> ballots = new ArrayList<>(ballots("f", votesFor, "100", BallotChoice.FOR));
    ballots.addAll(ballots("a", participants - votesFor, "100", BallotChoice.AGAINST));
    return RULES.decide(new OwnersVote("v", Matter.HIRE_COMPANY, before2021 ? date("2016-05-20") : date("2024-05-20"),
        owners, BigDecimal.valueOf(100L * owners), ballots, null), AS_OF);
  }

  private static Reason approvalByOwners(Decision<VoteResult> d) {
    return d.reasons().stream().filter(r -> r.ruleId().startsWith("vote.approval.owners")).findFirst().orElseThrow();
  }

  @Test
  void approvalFlipsWhenTheStatedNumberOfOwnersChangeSidesAndNotOneFewer() {
    qt().withExamples(300).forAll(ints(1, 60, 1, 2, 9, 10), ints(0, 1000), ints(0, 1000), booleans())
        .checkAssert((owners, p, f, before2021) -> {
          int participants = 1 + p % owners;
          int votesFor = f % (participants + 1);
          Reason reason = approvalByOwners(decide(owners, participants, votesFor, before2021));
          Margin margin = reason.margin();
          String at = votesFor + " for of " + participants + " taking part, " + owners + " owners"
              + (before2021 ? ", 2016" : "");
          assertNotNull(margin, at);
          assertEquals(MarginUnit.OWNERS, margin.unit(), at);
          assertEquals(reason.outcome(), Outcome.of(margin.met()), at);
          if (margin.flip() == null) {
            return; // only when every participant for (or none) still leaves it as it is
          }
          int flip = margin.flip().numerator().intValueExact();
          Outcome flipped = approvalByOwners(decide(owners, participants, votesFor + flip, before2021)).outcome();
          assertNotEquals(reason.outcome(), flipped, at + ": flip " + flip);
          int oneFewer = flip - Integer.signum(flip);
          assertEquals(reason.outcome(),
              approvalByOwners(decide(owners, participants, votesFor + oneFewer, before2021)).outcome(), at);
        });
  }

  @Test
  void theOwnersQuorumFlipsWhenTheStatedNumberOfOwnersComeOrStayAwayAndNotOneFewer() {
    qt().withExamples(300).forAll(ints(1, 60, 3, 9, 10), ints(0, 1000)).checkAssert((owners, p) -> {
      int participants = 1 + p % owners;
      Reason reason = decide(owners, participants, participants, false).reason(VoteRuleIds.QUORUM_OWNERS)
          .orElseThrow();
      Margin margin = reason.margin();
      String at = participants + " of " + owners + " taking part";
      assertEquals(Fraction.of(participants).minus(Fraction.of(2, 3).times(Fraction.of(owners))), margin.value(), at);
      if (margin.flip() == null || participants + margin.flip().numerator().intValueExact() < 1) {
        return; // no vote without a ballot
      }
      int flip = margin.flip().numerator().intValueExact();
      assertNotEquals(reason.outcome(), decide(owners, participants + flip, participants + flip, false)
          .reason(VoteRuleIds.QUORUM_OWNERS).orElseThrow().outcome(), at);
      int oneFewer = flip - Integer.signum(flip);
      assertEquals(reason.outcome(), decide(owners, participants + oneFewer, participants + oneFewer, false)
          .reason(VoteRuleIds.QUORUM_OWNERS).orElseThrow().outcome(), at);
    });
  }

  @Test
  void exactlyTwoThirdsTakingPartIsOnTheLineAndMet() {
    Reason quorum = decide(9, 6, 6, false).reason(VoteRuleIds.QUORUM_OWNERS).orElseThrow();
    assertEquals(Fraction.ZERO, quorum.margin().value());
    assertEquals(Outcome.MET, quorum.outcome());
    assertEquals(Fraction.of(-1), quorum.margin().flip());
  }

  @Test
  void exactlyHalfForIsOnTheLineAndNotMetOneMoreOwnerCarriesIt() {
    Reason approval = decide(10, 10, 5, false).reason(VoteRuleIds.APPROVAL_OWNERS_PARTICIPATING).orElseThrow();
    assertEquals(Fraction.ZERO, approval.margin().value());
    assertEquals(Outcome.NOT_MET, approval.outcome());
    assertEquals(Fraction.of(1), approval.margin().flip());
    assertEquals("Owners for 50% of the participating owners (5 of 10), more than half required; exactly on"
        + " the line, which is not enough: approval short by 1 owner", approval.text(java.util.Locale.ENGLISH));
    assertEquals("同意的业主占参与表决人数的 50%（5 / 10），要求过半数；恰好等于门槛，不计为达到：同意还差1名业主", approval.text(java.util.Locale.CHINA));
    Reason area = decide(10, 10, 5, false).reason(VoteRuleIds.APPROVAL_AREA_PARTICIPATING).orElseThrow();
    assertEquals(Fraction.ZERO, area.margin().value());
    assertEquals(MarginUnit.SQUARE_METRES, area.margin().unit());
    assertEquals(null, area.margin().flip());
    assertEquals("Area for 50% of the participating area (500 m² of 1000 m²), more than half required; exactly on"
        + " the line, which this rule does not count as enough", area.text(java.util.Locale.ENGLISH));
    Reason carried = decide(10, 10, 6, false).reason(VoteRuleIds.APPROVAL_OWNERS_PARTICIPATING).orElseThrow();
    assertEquals(Outcome.MET, carried.outcome());
    assertEquals(Fraction.of(-1), carried.margin().flip());
    assertEquals("同意的业主占参与表决人数的 60%（6 / 10），要求过半数；恰好达到：少1名业主即不足",
        carried.text(java.util.Locale.CHINA));
  }

  @Test
  void noneForOfOneTakingPartIsShortByOneOwner() {
    Reason approval = decide(10, 1, 0, false).reason(VoteRuleIds.APPROVAL_OWNERS_PARTICIPATING).orElseThrow();
    assertEquals(Outcome.NOT_MET, approval.outcome());
    assertEquals(Fraction.of(1), approval.margin().flip());
  }

  @Test
  void withNoOneTakingPartApprovalHasNoBaseAndNoMargin() {
    Decision<VoteResult> empty = decide(10, 0, 0, false);
    assertEquals(null, empty.reason(VoteRuleIds.APPROVAL_OWNERS_PARTICIPATING).orElseThrow().margin());
    assertEquals(Fraction.of(7), empty.reason(VoteRuleIds.QUORUM_OWNERS).orElseThrow().margin().flip());
  }
}

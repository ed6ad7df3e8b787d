package io.propgov.governance.vote;

import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.ballot;
import static io.propgov.governance.Fixtures.ballots;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.testing.Generators.anyLong;
import static io.propgov.governance.testing.Generators.booleans;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.longs;
import static io.propgov.governance.testing.Generators.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VoteProperties {

  private static final LocalDate AS_OF = date("2030-12-31");
  private static final LocalDate HELD = date("2024-05-20");
  private static final VoteRules RULES = new VoteRules(CN_DEFAULT);

  /** The owners who stay away, whether the meeting was held under the Property Law, and what it decides. */
  record Meeting(int absentOwners, boolean before2021, Matter matter) {}

  @Test
  void resultDoesNotDependOnBallotOrder() {
    qt().withExamples(200)
        .forAll(Generators.ballots(), anyLong(), ints(0, 30).zip(booleans(), oneOf(Matter.class), Meeting::new))
        .checkAssert(VoteProperties::sameResultShuffled);
  }

  private static void sameResultShuffled(List<Ballot> ballots, long seed, Meeting meeting) {
    int absentOwners = meeting.absentOwners();
    Matter matter = meeting.matter();
    int owners = (int) ballots.stream().map(Ballot::ownerId).distinct().count();
    BigDecimal area = ballots.stream().map(Ballot::area).reduce(BigDecimal.ZERO, BigDecimal::add)
        .add(BigDecimal.valueOf(50L * absentOwners));
    LocalDate held = meeting.before2021() ? date("2016-05-20") : HELD;
    Decision<VoteResult> expected = RULES.decide(new OwnersVote("v", matter, held, owners + absentOwners, area, ballots,
        null), AS_OF);
    List<Ballot> shuffled = new ArrayList<>(ballots);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(expected, RULES.decide(new OwnersVote("v", matter, held, owners + absentOwners, area, shuffled, null),
        AS_OF));
  }

  /** {@code participants} owners take part; the first holds the rest of the area, so the area quorum is always met. */
  private static Decision<VoteResult> turnout(int totalOwners, int participants) {
    List<Ballot> ballots = new ArrayList<>(ballots("o", participants - 1, "1", BallotChoice.FOR));
    ballots.add(ballot("big", String.valueOf(100L * totalOwners - (participants - 1)), BallotChoice.FOR));
    return RULES.decide(new OwnersVote("v", Matter.DISMISS_COMPANY, HELD, totalOwners,
        BigDecimal.valueOf(100L * totalOwners), ballots, null), AS_OF);
  }

  @Test
  void ceilingOfTwoThirdsOfOwnersMeetsTheQuorumAndOneFewerDoesNot() {
    // 3, 4 and 5 owners: two thirds falls on a whole owner, a third above one, two thirds above one
    qt().withExamples(200).forAll(ints(2, 600, 3, 4, 5)).checkAssert(VoteProperties::twoThirdsOfOwners);
  }

  private static void twoThirdsOfOwners(int owners) {
    int needed = (2 * owners + 2) / 3;
    String took = needed + " of " + owners + " owners taking part";
    Decision<VoteResult> exact = turnout(owners, needed);
    assertEquals(Outcome.MET, exact.reason("vote.quorum.area").orElseThrow().outcome(), took);
    assertEquals(Outcome.MET, exact.reason("vote.quorum.owners").orElseThrow().outcome(), took);
    assertTrue(exact.value().passed(), took);
    String fewer = (needed - 1) + " of " + owners + " owners taking part";
    Decision<VoteResult> oneFewer = turnout(owners, needed - 1);
    assertEquals(Outcome.MET, oneFewer.reason("vote.quorum.area").orElseThrow().outcome(), fewer);
    assertEquals(Outcome.NOT_MET, oneFewer.reason("vote.quorum.owners").orElseThrow().outcome(), fewer);
    assertEquals(Outcome.NOT_MET, oneFewer.value().quorum(), fewer);
  }

  private static Decision<VoteResult> approval(int participants, int votesFor) {
    List<Ballot> ballots = Stream.of(ballots("f", votesFor, "10", BallotChoice.FOR),
        ballots("a", participants - votesFor, "10", BallotChoice.AGAINST)).flatMap(List::stream).toList();
    return RULES.decide(new OwnersVote("v", Matter.DISMISS_COMPANY, HELD, participants,
        BigDecimal.valueOf(10L * participants), ballots, null), AS_OF);
  }

  @Test
  void exactlyHalfOfTheParticipantsFailsAndOneMorePasses() {
    qt().withExamples(200).forAll(ints(1, 300)).checkAssert(half -> {
      Decision<VoteResult> exactlyHalf = approval(2 * half, half);
      assertEquals(Outcome.NOT_MET, exactlyHalf.reason("vote.approval.owners.participating").orElseThrow().outcome());
      assertFalse(exactlyHalf.value().passed());
      assertTrue(approval(2 * half, half + 1).value().passed());
    });
  }

  @Test
  void floorOfHalfPlusOneOfAnyNumberOfParticipantsPasses() {
    qt().withExamples(200).forAll(ints(1, 600, 2, 3)).checkAssert(participants -> {
      assertTrue(approval(participants, participants / 2 + 1).value().passed());
      assertFalse(approval(participants, participants / 2).value().passed());
    });
  }

  @Test
  void exactlyHalfOfTheParticipatingAreaFailsAndOneHundredthMorePasses() {
    qt().withExamples(200).forAll(longs(2, 10_000_000)).checkAssert(VoteProperties::halfTheArea);
  }

  private static void halfTheArea(long halfInCents) {
    BigDecimal half = BigDecimal.valueOf(halfInCents, 2);
    BigDecimal cent = new BigDecimal("0.01");
    Decision<VoteResult> exact = areaVote(half.subtract(cent), cent, half);
    assertEquals(Outcome.MET, exact.reason("vote.approval.owners.participating").orElseThrow().outcome());
    assertEquals(Outcome.NOT_MET, exact.reason("vote.approval.area.participating").orElseThrow().outcome());
    assertFalse(exact.value().passed());
    assertTrue(areaVote(half.subtract(cent), cent.add(cent), half).value().passed());
  }

  /** Two owners for with areas {@code a} and {@code b}, one against with {@code against}; all owners take part. */
  private static Decision<VoteResult> areaVote(BigDecimal a, BigDecimal b, BigDecimal against) {
    List<Ballot> ballots = List.of(new Ballot("f1", a, BallotChoice.FOR), new Ballot("f2", b, BallotChoice.FOR),
        new Ballot("a1", against, BallotChoice.AGAINST));
    return RULES.decide(new OwnersVote("v", Matter.DISMISS_COMPANY, HELD, 3, a.add(b).add(against), ballots, null),
        AS_OF);
  }
}

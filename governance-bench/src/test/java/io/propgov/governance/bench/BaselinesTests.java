package io.propgov.governance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.credit.CycleGrade;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The baselines give the engine's answers on the benchmarks' inputs, so that the benchmarks compare like with like. */
class BaselinesTests {

  private static final GovernanceEngine ENGINE = GovernanceEngine.create(BenchPolicy.POLICY);
  private static final EasyRulesBaseline EASY = new EasyRulesBaseline();
  private static DroolsBaseline drools;

  @BeforeAll
  static void buildDrools() {
    drools = new DroolsBaseline();
  }

  private static List<Estate> estates() {
    List<Estate> estates = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      estates.add(EstateGenerator.compact(i));
    }
    for (int i = 0; i < 40; i++) {
      estates.add(EstateGenerator.surveyed(i, 200));
    }
    return estates;
  }

  @Test
  void everyBaselineGivesTheEnginesStatusForEveryGeneratedEstate() {
    Set<EstateStatus> seen = EnumSet.noneOf(EstateStatus.class);
    for (Estate estate : estates()) {
      EstateStatus expected = ENGINE.assess(estate, EstateGenerator.AS_OF).value().status();
      seen.add(expected);
      assertEquals(expected, HandWrittenRules.assess(estate, EstateGenerator.AS_OF), estate.id());
      assertEquals(expected, EASY.assess(estate, EstateGenerator.AS_OF), estate.id());
      assertEquals(expected, drools.assess(estate, EstateGenerator.AS_OF), estate.id());
    }
    // The inputs are not trivial: every status but BELOW_PASS_LINE (one failure suffices under cn-default) comes up.
    assertEquals(EnumSet.of(EstateStatus.NO_VALID_RATING, EstateStatus.SATISFACTORY, EstateStatus.DISMISSAL_MAY_START,
        EstateStatus.DISMISSAL_DECIDED), seen);
  }

  @Test
  void everyBaselineRefusesTheFactsTheEngineRefuses() {
    Estate sound = EstateGenerator.surveyed(7, 200);
    SurveyRound round = sound.surveyRounds().get(0);
    List<SurveyAnswer> answers = round.answers();
    SurveyAnswer first = answers.get(0);
    List<Estate> broken = List.of(
        withRound(sound, answers(answers, 1, new SurveyAnswer(first.respondentId(), first.group(), first.score()))),
        withRound(sound, answers(answers, 1, new SurveyAnswer("x1", RespondentGroup.HOUSEHOLD, new BigDecimal("100.5")))),
        withRound(sound, new SurveyRound(round.id(), round.date(), round.householdAnswers() - 1, answers)),
        withVote(sound, twoWays(EstateGenerator.vote(3, 40))));
    for (Estate estate : broken) {
      assertThrows(InvalidFactsException.class, () -> ENGINE.assess(estate, EstateGenerator.AS_OF), estate.id());
      assertNull(HandWrittenRules.assess(estate, EstateGenerator.AS_OF));
      assertNull(EASY.assess(estate, EstateGenerator.AS_OF));
      assertNull(drools.assess(estate, EstateGenerator.AS_OF));
    }
  }

  private static SurveyRound answers(List<SurveyAnswer> answers, int at, SurveyAnswer replacement) {
    List<SurveyAnswer> changed = new ArrayList<>(answers);
    changed.set(at, replacement);
    return new SurveyRound("broken", EstateGenerator.AS_OF.minusMonths(1), 10_000, changed);
  }

  private static Estate withRound(Estate estate, SurveyRound round) {
    List<SurveyRound> rounds = new ArrayList<>(estate.surveyRounds());
    rounds.set(0, round);
    return new Estate(estate.id(), estate.name(), estate.company(), rounds, estate.votes(), estate.unitId(),
        estate.households(), estate.serviceMode(), estate.fees(), estate.committee(), estate.service());
  }

  private static Estate withVote(Estate estate, OwnersVote vote) {
    return new Estate(estate.id(), estate.name(), estate.company(), estate.surveyRounds(), List.of(vote),
        estate.unitId(), estate.households(), estate.serviceMode(), estate.fees(), estate.committee(), estate.service());
  }

  /** The vote with its last ballot's owner voting again, the other way. */
  private static OwnersVote twoWays(OwnersVote vote) {
    List<Ballot> ballots = new ArrayList<>(vote.ballots());
    Ballot last = ballots.get(ballots.size() - 1);
    BallotChoice other = last.choice() == BallotChoice.FOR ? BallotChoice.AGAINST : BallotChoice.FOR;
    ballots.add(new Ballot(last.ownerId(), BigDecimal.ONE, other));
    return new OwnersVote(vote.id(), vote.matter(), EstateGenerator.AS_OF.minusMonths(2), vote.totalOwners(),
        vote.totalArea().add(BigDecimal.ONE), ballots, vote.contractNoticeDays());
  }

  @Test
  void everyBaselineDecidesVotesAsTheEngineDoes() {
    Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 0; i < 60; i++) {
      OwnersVote vote = EstateGenerator.vote(i, i < 50 ? 5 + i * 7 : 10_000);
      VoteResult result = ENGINE.vote().decide(vote, EstateGenerator.AS_OF).value();
      int expected = result.quorumMissed() ? 0 : result.passed() ? 2 : 1;
      seen.add(expected);
      assertEquals(expected, HandWrittenRules.decide(vote), vote.id());
      assertEquals(expected, EASY.decide(vote), vote.id());
      assertEquals(expected, drools.decide(vote), vote.id());
    }
    assertTrue(seen.contains(2) && seen.size() >= 2, "votes pass and fail: " + seen);
  }

  @Test
  void everyBaselineGradesCreditRecordsAsTheEngineDoes() {
    GovernanceEngine yantai = GovernanceEngine.create(BenchPolicy.YANTAI);
    Set<String> grades = new java.util.TreeSet<>();
    int vetoed = 0;
    for (int i = 0; i < 200; i++) {
      CompanyRecord record = CreditGenerator.record(i, i < 100 ? 4 + i : 100);
      CreditAssessment engine = yantai.credit().assess(record, EstateGenerator.AS_OF).value();
      HandWrittenCredit.Result expected = new HandWrittenCredit.Result(engine.score(), engine.grade(),
          engine.cycles().stream().map(CycleGrade::grade).toList());
      grades.add(engine.grade());
      vetoed += engine.vetoed() ? 1 : 0;
      assertSame(expected, HandWrittenCredit.assess(record, EstateGenerator.AS_OF), record.companyId());
      assertSame(expected, EASY.credit(record, EstateGenerator.AS_OF), record.companyId());
      assertSame(expected, drools.credit(record, EstateGenerator.AS_OF), record.companyId());
      assertEquals(3, expected.cycles().size(), record.companyId());
    }
    // The inputs are not trivial: every grade comes up, and some grades are vetoed.
    assertEquals(Set.of("AAA", "AA", "A", "B", "C"), grades);
    assertTrue(vetoed > 0 && vetoed < 100, "vetoed: " + vetoed);
  }

  /** Equal grades, and scores equal in value (the engine and the baselines may differ in scale: 77 and 77.0). */
  private static void assertSame(HandWrittenCredit.Result expected, HandWrittenCredit.Result actual, String id) {
    assertEquals(expected.grade(), actual.grade(), id);
    assertEquals(expected.cycles(), actual.cycles(), id);
    assertEquals(0, expected.score().compareTo(actual.score()), id + ": " + expected.score() + " vs " + actual.score());
  }

  @Test
  void creditGradesFollowTheYantaiBandsAtTheirBoundaries() {
    assertEquals("AAA", HandWrittenRules.grade(BigDecimal.valueOf(85)));
    assertEquals("AA", HandWrittenRules.grade(new BigDecimal("84.99")));
    assertEquals("AA", HandWrittenRules.grade(BigDecimal.valueOf(80)));
    assertEquals("A", HandWrittenRules.grade(BigDecimal.valueOf(70)));
    assertEquals("B", HandWrittenRules.grade(BigDecimal.valueOf(60)));
    assertEquals("C", HandWrittenRules.grade(new BigDecimal("59.99")));
  }
}

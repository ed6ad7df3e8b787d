package io.propgov.governance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.credit.CycleGrade;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
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
  void everyBaselineDecidesVotesAsTheEngineDoes() {
    Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 0; i < 60; i++) {
      OwnersVote vote = EstateGenerator.vote(i, i < 50 ? 5 + i * 7 : 10_000);
      VoteResult result = ENGINE.vote().decide(vote, EstateGenerator.AS_OF).value();
      int expected = !result.quorumMet() ? 0 : result.passed() ? 2 : 1;
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

package io.propgov.governance.area;

import static io.propgov.governance.Fixtures.clearVote;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.estate;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.passed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The rule-area contract: validation gathers every error, and only an area's own valid facts decide. */
class RuleAreaContractTests {

  private static final GovernanceEngine ENGINE = GovernanceEngine.create(Fixtures.CN_DEFAULT);
  private static final LocalDate AS_OF = date("2024-12-31");

  @Test
  void theEngineListsItsAreasWithTheParametersEachReads() {
    List<String> ids = ENGINE.areas().stream().map(RuleArea::id).toList();
    assertEquals(List.of("satisfaction", "vote", "subsidy", "estate"), ids);
    assertTrue(ENGINE.vote().parameters().stream().allMatch(k -> k.id().startsWith("vote.")));
  }

  @Test
  void factsValidatedByOneAreaAreRefusedByAnother() {
    OwnersVote vote = clearVote("v1", Matter.HIRE_COMPANY, date("2024-03-01"));
    Valid<OwnersVote> valid = Valid.orThrow(ENGINE.vote().validate(vote, "", AS_OF));
    VoteRules other = new VoteRules(Fixtures.CN_DEFAULT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.decide(valid, AS_OF));
    assertTrue(e.getMessage().contains("validated by another"), e.getMessage());
    assertEquals(ENGINE.vote().decide(vote, AS_OF).value(), ENGINE.vote().decide(valid, AS_OF).value());
  }

  @Test
  void validatedOnceAnEstateIsDecidedOnEveryLaterDate() {
    Estate e = estate("E1", List.of(failed("r1", date("2023-06-30")), failed("r2", date("2024-06-30"))), List.of());
    Valid<Estate> valid = Valid.orThrow(ENGINE.estate().validate(e, "", AS_OF));
    Decision<EstateAssessment> later = ENGINE.estate().decide(valid, date("2025-06-30"));
    assertEquals(ENGINE.assess(e, date("2025-06-30")).value(), later.value());
  }

  @Test
  void everyErrorComesAtOnceWithItsPointer() {
    Estate e = estate("E1", List.of(passed("r1", date("2018-06-30")), passed("r1", date("2024-06-30"))),
        List.of(clearVote("v", Matter.HIRE_COMPANY, date("2024-01-01")), clearVote("v", Matter.HIRE_COMPANY,
            date("2024-02-01"))));
    Validation<Seq<InputError>, Valid<Estate>> checked = ENGINE.estate().validate(e, "/estates/4", AS_OF);
    assertTrue(checked.isInvalid());
    assertEquals(List.of("/estates/4/surveyRounds/0/date", "/estates/4/surveyRounds/1/id", "/estates/4/votes/1/id"),
        Valid.errors(checked).stream().map(InputError::pointer).toList());
    InvalidFactsException thrown = assertThrows(InvalidFactsException.class, () -> ENGINE.assess(e, AS_OF));
    assertEquals(Valid.errors(checked).stream().map(InputError::pointer).map(p -> p.substring("/estates/4".length()))
        .toList(), thrown.errors().stream().map(InputError::pointer).toList());
  }

  @Test
  void aResultIsADecisionOrARejectionNeverBoth() {
    Estate good = estate("E1", List.of(passed("r1", date("2024-06-30"))), List.of());
    Result<EstateAssessment> decided = ENGINE.estate().evaluate(good, AS_OF);
    assertTrue(decided.isDecided());
    assertEquals(EstateStatus.SATISFACTORY, decided.decision().value().status());
    assertEquals(List.of(), decided.errors());

    Estate bad = estate("E2", List.of(passed("r1", date("2018-06-30"))), List.of());
    Result<EstateAssessment> rejected = ENGINE.estate().evaluate(bad, AS_OF);
    assertFalse(rejected.isDecided());
    assertEquals("/surveyRounds/0/date", rejected.errors().get(0).pointer());
    assertThrows(NoSuchElementException.class, rejected::decision);
    assertEquals("rejected", rejected.fold(r -> "rejected", d -> "decided"));
    assertThrows(IllegalArgumentException.class, () -> new Rejection(List.of()));
  }
}

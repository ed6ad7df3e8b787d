package io.propgov.governance.mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.Fixtures;
import io.propgov.governance.ServiceFixtures;
import io.propgov.governance.area.Valid;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModeVoteRulesTests {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  private static final Map<String, String> MARKET_INPUTS = Map.of("hardware", "good", "willingness", "high", "size",
      "large", "self-governance", "weak");

  private static ModeVoteRules rules(Matter matter) {
    GovernancePolicy policy = ServiceFixtures.withService(Fixtures.cnDefaultWithOrgWithout())
        .set(ModeParameters.VOTE_MATTER, Fixtures.PROPERTY_LAW, matter, new Citation("test", "测试")).build();
    return new ModeVoteRules(policy, new VoteRules(policy), new ServiceRules(policy));
  }

  private static final ModeVoteRules RULES = rules(Matter.HIRE_COMPANY);

  /** A vote of 9 owners of 100 m² each: {@code forOwners} for, {@code against} against, the rest away. */
  private static OwnersVote vote(Matter matter, int forOwners, int against) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < forOwners + against; i++) {
      ballots.add(new Ballot("o" + i, BigDecimal.valueOf(100), i < forOwners ? BallotChoice.FOR : BallotChoice.AGAINST));
    }
    return new OwnersVote("MV1", matter, DAY, 9, BigDecimal.valueOf(900), ballots, null);
  }

  private static Decision<ModeVoteResult> decide(ModeVoteRules rules, ModeCase facts) {
    return rules.decide(Valid.orThrow(rules.validate(facts, "", DAY)), DAY);
  }

  private static ModeCase mode(String proposed, OwnersVote vote, Map<String, String> inputs) {
    return new ModeCase(new ModeVote("E1", ServiceMode.of(proposed), vote), ServiceMode.COMMUNITY_INTERIM, inputs);
  }

  @Test
  void theDecisionShowsTheRecommendationAndTheOwnersChoice() {
    ModeVoteResult r = decide(RULES, mode("SELF_MANAGED", vote(Matter.HIRE_COMPANY, 6, 1), MARKET_INPUTS)).value();
    assertEquals(ServiceMode.MARKET, r.recommended());
    assertEquals(ServiceMode.SELF_MANAGED, r.decided());
    assertTrue(r.passed());
    assertFalse(r.followsTable());
    assertEquals("market", r.row());
  }

  @Test
  void aFailedVoteKeepsTheCurrentModeAndAVoteOnlyPassesAsTheVoteRulesSay() {
    // Quorum 2/3 of 9 is 6 taking part; more than half of them must vote for.
    qt().withExamples(60).forAll(integers().between(0, 9), integers().between(0, 9))
        .checkAssert((forOwners, drawn) -> {
          int against = Math.min(drawn, 9 - forOwners);
          OwnersVote vote = vote(Matter.HIRE_COMPANY, forOwners, against);
          Decision<ModeVoteResult> d = decide(RULES, mode("MARKET", vote, Map.of()));
          boolean passes = forOwners + against >= 6 && 2 * forOwners > forOwners + against;
          assertEquals(passes, d.value().passed(), forOwners + " for, " + against + " against");
          assertEquals(passes, d.value().vote().value().passed(), "the vote area's own verdict");
          assertEquals(passes ? ServiceMode.MARKET : ServiceMode.COMMUNITY_INTERIM, d.value().decided());
          assertEquals(passes ? Outcome.MET : Outcome.NOT_MET, d.reason(ModeRuleIds.DECIDED).orElseThrow().outcome());
        });
  }

  @Test
  void withoutInputsOrCurrentModeNothingIsRecommendedOrKept() {
    ModeCase facts = new ModeCase(new ModeVote("E1", ServiceMode.MARKET, vote(Matter.HIRE_COMPANY, 2, 0)), null,
        Map.of());
    Decision<ModeVoteResult> d = decide(RULES, facts);
    assertNull(d.value().recommended());
    assertNull(d.value().decided());
    assertEquals(Outcome.NOT_APPLICABLE, d.reason(ModeRuleIds.RECOMMENDED).orElseThrow().outcome());
    assertEquals(Outcome.NOT_APPLICABLE, d.reason(ModeRuleIds.DECIDED).orElseThrow().outcome());
    assertEquals("mode-vote.FAILED", d.value().messageKey());
  }

  @Test
  void theThresholdIsTheVoteRulesForTheMatterThePolicyNames() {
    // Item (8) is special: at least 3/4 of the participants. 6 of 8 carries it, 5 of 7 does not.
    ModeVoteRules special = rules(Matter.CHANGE_COMMON_PART_USE);
    assertTrue(decide(special, mode("MARKET", vote(Matter.CHANGE_COMMON_PART_USE, 6, 2), Map.of())).value().passed());
    assertFalse(decide(special, mode("MARKET", vote(Matter.CHANGE_COMMON_PART_USE, 5, 2), Map.of())).value().passed());
    assertTrue(decide(RULES, mode("MARKET", vote(Matter.HIRE_COMPANY, 5, 2), Map.of())).value().passed());
  }

  @Test
  void badMatterModeAndInputsAreNamed() {
    List<InputError> errors = Valid.errors(RULES.validate(mode("CO_OP", vote(Matter.DISMISS_COMPANY, 6, 0),
        Map.of("hardware", "great")), "/modeVotes/0", DAY));
    assertEquals(List.of("/modeVotes/0/vote/matter enum", "/modeVotes/0/proposedMode enum",
        "/modeVotes/0/estateId mode-inputs"), errors.stream().map(e -> e.pointer() + " " + e.code()).toList());
    List<InputError> fields = Valid.errors(RULES.validate(new ModeCase(new ModeVote(" ", null, null), null, null), "",
        DAY));
    assertEquals(List.of("/estateId minLength", "/proposedMode required", "/vote required"),
        fields.stream().map(e -> e.pointer() + " " + e.code()).toList());
  }

  @Test
  void rendersInBothLanguages() {
    Decision<ModeVoteResult> d = decide(RULES, mode("MARKET", vote(Matter.HIRE_COMPANY, 6, 0), MARKET_INPUTS));
    assertTrue(d.render(Locale.ENGLISH).contains("the owners CHOSE"), d.render(Locale.ENGLISH));
    assertTrue(d.render(Locale.SIMPLIFIED_CHINESE).contains("业主选定"), d.render(Locale.SIMPLIFIED_CHINESE));
  }

  /** Decisions chosen, kept and failed, each with and without inputs, and rejected. */
  static List<Decision<?>> samples() {
    List<Decision<?>> all = new ArrayList<>();
    for (Map<String, String> inputs : List.of(MARKET_INPUTS, Map.<String, String>of())) {
      all.add(decide(RULES, mode("MARKET", vote(Matter.HIRE_COMPANY, 6, 0), inputs)));
      all.add(decide(RULES, mode("SELF_MANAGED", vote(Matter.HIRE_COMPANY, 3, 3), inputs)));
      all.add(decide(RULES, new ModeCase(new ModeVote("E1", ServiceMode.MARKET, vote(Matter.HIRE_COMPANY, 2, 0)), null,
          inputs)));
    }
    return all;
  }
}

package io.propgov.governance.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.satisfaction.SurveyRound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WhatIfProperties {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** One estate per score: ten households, all answering with that score. */
  private static Map<String, Decision<EstateAssessment>> judge(GovernancePolicy policy, List<Integer> scores) {
    GovernanceEngine engine = GovernanceEngine.create(policy);
    Map<String, Decision<EstateAssessment>> decisions = new LinkedHashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      Estate estate = new Estate("E" + i, "", Fixtures.COMPANY, List.of(new SurveyRound("R1", LocalDate.of(2024, 12, 1),
          10, Fixtures.households(10, String.valueOf(scores.get(i))))), List.of());
      decisions.put(estate.id(), engine.assess(estate, AS_OF));
    }
    return decisions;
  }

  private static GovernancePolicy passLine(int line) {
    return Fixtures.cnDefaultWith(SatisfactionParameters.PASS_LINE, BigDecimal.valueOf(line));
  }

  @Property(tries = 50)
  void aPolicyComparedWithItselfDiffersNowhere(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 100) Integer> scores,
      @ForAll @IntRange(min = 0, max = 100) int line) {
    Map<String, Decision<EstateAssessment>> decisions = judge(passLine(line), scores);
    assertTrue(WhatIf.compare(decisions, decisions).isEmpty());
    assertTrue(WhatIf.compare(decisions, judge(passLine(line), scores)).isEmpty());
  }

  @Property(tries = 50)
  void exactlyTheEstatesBetweenTheOldAndNewPassLineFlipOnThePassLineRule(
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 100) Integer> scores,
      @ForAll @IntRange(min = 0, max = 100) int oldLine, @ForAll @IntRange(min = 0, max = 100) int newLine) {
    WhatIfReport report = WhatIf.compare(judge(passLine(oldLine), scores), judge(passLine(newLine), scores));
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      int s = scores.get(i);
      if ((s >= oldLine) != (s >= newLine)) {
        expected.add("E" + i);
      }
    }
    assertEquals(expected, report.entities());
    int flips = report.summary().getOrDefault("satisfaction.pass-line", Map.of()).values().stream()
        .mapToInt(Integer::intValue).sum();
    assertEquals(expected.size(), flips);
    for (Change change : report.changes()) {
      if (change.path().endsWith("satisfaction.round[R1]")) {
        RuleFlip flip = change.flips().get(0);
        assertEquals("satisfaction.pass-line", flip.ruleId());
        assertEquals(newLine > oldLine ? Outcome.NOT_MET : Outcome.MET, flip.after());
      }
    }
  }

  @Property
  void theKindOfADecisionIsTheLowercaseStartOfItsKey(@ForAll("kinds") String kind) {
    assertEquals(kind, WhatIf.kind(kind + ".SOME_STATUS.DETAIL"));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> kinds() {
    return net.jqwik.api.Arbitraries.of("estate", "vote", "satisfaction.round", "org.party", "credit.grade-band");
  }
}

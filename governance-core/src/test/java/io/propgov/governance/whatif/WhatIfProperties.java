package io.propgov.governance.whatif;

import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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

  /** Up to eight estates' scores, 0 to 100, the default 60-point pass line among the edges. */
  private static Gen<List<Integer>> scores() {
    return lists(lines(), 0, 8);
  }

  private static Gen<Integer> lines() {
    return ints(0, 100, 59, 60, 61);
  }

  @Test
  void aPolicyComparedWithItselfDiffersNowhere() {
    qt().withExamples(50).forAll(scores(), lines()).checkAssert((scores, line) -> {
      Map<String, Decision<EstateAssessment>> decisions = judge(passLine(line), scores);
      assertTrue(WhatIf.compare(decisions, decisions).isEmpty());
      assertTrue(WhatIf.compare(decisions, judge(passLine(line), scores)).isEmpty());
    });
  }

  @Test
  void exactlyTheEstatesBetweenTheOldAndNewPassLineFlipOnThePassLineRule() {
    qt().withExamples(50).forAll(scores(), lines(), lines()).checkAssert(WhatIfProperties::flipsBetweenTheLines);
  }

  private static void flipsBetweenTheLines(List<Integer> scores, int oldLine, int newLine) {
    WhatIfReport report = WhatIf.compare(judge(passLine(oldLine), scores), judge(passLine(newLine), scores));
    List<String> expected = new ArrayList<>();
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

  @Test
  void theKindOfADecisionIsTheLowercaseStartOfItsKey() {
    qt().withExamples(200).forAll(oneOf("estate", "vote", "satisfaction.round", "org.party", "credit.grade-band"))
        .checkAssert(kind -> assertEquals(kind, WhatIf.kind(kind + ".SOME_STATUS.DETAIL")));
  }
}

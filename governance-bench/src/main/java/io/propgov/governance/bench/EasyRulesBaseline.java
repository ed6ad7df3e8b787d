package io.propgov.governance.bench;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The same satisfaction, vote and credit-grade rules in Easy Rules ({@code org.jeasy:easy-rules-core}): one
 * rule per verdict, with priorities, fired on the facts of each round, each vote and then the
 * estate. The counting (a round's sums by group, a vote's tally by owner) is the baseline's
 * plain Java ({@link HandWrittenRules}), as an Easy Rules user would write it: what the rules
 * engine adds is its matching and firing. It checks the facts with the baseline's checks, as the
 * engine and the hand-written rules do, and builds no explanation.
 */
public final class EasyRulesBaseline {

  private final RulesEngine engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
  private static final BigDecimal AAA = BigDecimal.valueOf(85);
  private static final BigDecimal AA = BigDecimal.valueOf(80);
  private static final BigDecimal A = BigDecimal.valueOf(70);
  private static final BigDecimal B = BigDecimal.valueOf(60);

  private final Rules roundRules = new Rules(
      new RuleBuilder().name("satisfaction.quorum").priority(1)
          .when(f -> f.<Integer>get("rating") < 0)
          .then(f -> f.put("status", "INVALID")).build(),
      new RuleBuilder().name("satisfaction.pass-line.met").priority(2)
          .when(f -> f.<Integer>get("rating") > 0)
          .then(f -> f.put("status", "PASSED")).build(),
      new RuleBuilder().name("satisfaction.pass-line.missed").priority(3)
          .when(f -> f.<Integer>get("rating") == 0)
          .then(f -> f.put("status", "FAILED")).build());
  private final Rules voteRules = new Rules(
      new RuleBuilder().name("vote.passed").priority(1)
          .when(f -> f.<Integer>get("verdict") == 2 && f.get("matter") == Matter.DISMISS_COMPANY)
          .then(f -> f.put("dismissed", true)).build());
  private final Rules estateRules = new Rules(
      new RuleBuilder().name("estate.dismissal-decided").priority(1)
          .when(f -> f.<Boolean>get("dismissed"))
          .then(f -> f.put("status", EstateStatus.DISMISSAL_DECIDED)).build(),
      new RuleBuilder().name("estate.dismissal-may-start").priority(2)
          .when(f -> f.<Integer>get("run") >= 1)
          .then(f -> f.put("status", EstateStatus.DISMISSAL_MAY_START)).build(),
      new RuleBuilder().name("estate.no-valid-rating").priority(3)
          .when(f -> !f.<Boolean>get("anyValid"))
          .then(f -> f.put("status", EstateStatus.NO_VALID_RATING)).build(),
      new RuleBuilder().name("estate.satisfactory").priority(4)
          .when(f -> true)
          .then(f -> f.put("status", EstateStatus.SATISFACTORY)).build());

  private final Rules creditRules = new Rules(
      new RuleBuilder().name("credit.veto").priority(1)
          .when(f -> f.<Boolean>get("vetoed"))
          .then(f -> f.put("grade", "C")).build(),
      band("AAA", AAA, 2), band("AA", AA, 3), band("A", A, 4), band("B", B, 5),
      new RuleBuilder().name("credit.grade.C").priority(6)
          .when(f -> true)
          .then(f -> f.put("grade", "C")).build());

  /** The rule of a grade band: a score of at least {@code floor} earns {@code grade}. */
  private static Rule band(String grade, BigDecimal floor, int priority) {
    return new RuleBuilder().name("credit.grade." + grade).priority(priority)
        .when(f -> f.<BigDecimal>get("score").compareTo(floor) >= 0)
        .then(f -> f.put("grade", grade)).build();
  }

  /**
   * Grades a company's credit record: the scores are summed in plain Java
   * ({@link HandWrittenCredit}), the veto and grade bands are rules.
   *
   * @param record the record
   * @param asOf the date
   * @return the score and grades
   */
  public HandWrittenCredit.Result credit(CompanyRecord record, LocalDate asOf) {
    return HandWrittenCredit.assess(record, asOf, (score, vetoed) -> {
      Facts facts = new Facts();
      facts.put("score", score);
      facts.put("vetoed", vetoed);
      engine.fire(creditRules, facts);
      return facts.get("grade");
    });
  }

  /**
   * Judges an estate.
   *
   * @param estate the estate
   * @param asOf the date
   * @return the status, or null when the facts are invalid
   */
  public EstateStatus assess(Estate estate, LocalDate asOf) {
    int dismissal = HandWrittenRules.dismissal(estate, asOf, this::decide);
    List<SurveyRound> rounds = dismissal < 0 ? null : HandWrittenRules.knownRounds(estate, asOf);
    if (rounds == null) {
      return null;
    }
    boolean dismissed = dismissal == 1;
    rounds.sort(Comparator.comparing(SurveyRound::date).thenComparing(SurveyRound::id));
    HandWrittenRules.Tally tally = HandWrittenRules.tally(rounds.size(), i -> {
      Facts facts = new Facts();
      Boolean passed = HandWrittenRules.rate(rounds.get(i));
      facts.put("rating", passed == null ? -1 : passed ? 1 : 0); // Easy Rules takes no null fact
      engine.fire(roundRules, facts);
      return facts.get("status");
    });
    Facts facts = new Facts();
    facts.put("dismissed", dismissed);
    facts.put("run", tally.run());
    facts.put("anyValid", tally.anyValid());
    engine.fire(estateRules, facts);
    return facts.get("status");
  }

  /**
   * Decides a vote.
   *
   * @param vote the vote
   * @return -1 invalid facts, 0 no quorum, 1 rejected, 2 passed
   */
  public int decide(OwnersVote vote) {
    Facts facts = new Facts();
    facts.put("verdict", HandWrittenRules.decide(vote));
    facts.put("matter", vote.matter());
    facts.put("dismissed", false);
    engine.fire(voteRules, facts);
    return facts.<Integer>get("verdict");
  }
}

package io.propgov.governance.credit;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A company's credit standing on a date: its score with each contribution, its grade, the grade
 * of each past cycle, its blacklist status and the consequences in force.
 *
 * @param companyId the company's id, never null
 * @param name the company's name, never null
 * @param score the score on the date, never null
 * @param grade the grade code on the date, never null
 * @param gradeName the grade's name in both languages, never null
 * @param vetoed whether a serious violation still counting set the grade to the lowest ("one-vote veto")
 * @param contributions the events still counting, oldest first, never null
 * @param cycles the grade at the close of each cycle ended by the date, oldest first, never null
 * @param blacklist the blacklist status on the date, never null
 * @param consequences the joint rewards and punishments in force on the date, never null
 * @since 0.1.0
 */
public record CreditAssessment(String companyId, String name, BigDecimal score, String grade, Label gradeName,
    boolean vetoed, List<Contribution> contributions, List<CycleGrade> cycles, Decision<BlacklistStatus> blacklist,
    Decision<ConsequencesInForce> consequences) implements Conclusion {

  /** Checks the parts and copies the lists. */
  public CreditAssessment {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(gradeName, "gradeName");
    contributions = List.copyOf(contributions);
    cycles = List.copyOf(cycles);
    Objects.requireNonNull(blacklist, "blacklist");
    Objects.requireNonNull(consequences, "consequences");
  }

  @Override
  public String messageKey() {
    return "credit.assessment." + (vetoed ? "VETOED" : "GRADED");
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.of("score", Fraction.of(score), Unit.NUMBER));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("company", companyId);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    // The Chinese headline names the company as well as its id; the English one is as it was.
    String named = name == null || name.isBlank() ? companyId : name + "（" + companyId + "）";
    return Map.of("grade", gradeName, "companyZh", new Label(companyId, named));
  }

  @Override
  public List<Decision<?>> parts() {
    return List.of(blacklist, consequences);
  }
}

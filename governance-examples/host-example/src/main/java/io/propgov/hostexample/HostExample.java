package io.propgov.hostexample;

import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's Java quick start as a host runs it: seven of ten households rate their company 52,
 * below the pass line 60, so the owners may start a dismissal. Exits 1 when it does not run as a
 * named module on the module path or the decision is not the README's.
 */
public final class HostExample {

  private HostExample() {
  }

  /**
   * Judges the example estate and prints the decision in English and Chinese.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Module self = HostExample.class.getModule();
    Module json = GovernanceJson.class.getModule();
    System.out.println("module " + self.getName() + " (named: " + self.isNamed() + "), using "
        + json.getName() + " and " + GovernanceEngine.class.getModule().getName());
    check(self.isNamed() && "io.propgov.hostexample".equals(self.getName()), "not run as the named module");
    check("io.propgov.governance.json".equals(json.getName()), "governance-json is not on the module path");

    GovernanceJson governanceJson = GovernanceJson.create();
    GovernancePolicy policy = governanceJson.presetPolicy("cn-default");
    GovernanceEngine engine = GovernanceEngine.create(policy);

    List<SurveyAnswer> answers = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      answers.add(new SurveyAnswer("h" + i, RespondentGroup.HOUSEHOLD, new BigDecimal("52")));
    }
    Estate estate = new Estate("E1", "Example estate", new PropertyCompany("C1", "Example Property Co."),
        List.of(new SurveyRound("2024-H2", LocalDate.of(2024, 12, 1), 10, answers)), List.of());

    Decision<EstateAssessment> decision = engine.assess(estate, LocalDate.of(2024, 12, 31));
    EstateStatus status = decision.value().status();
    Reason passLine = decision.value().satisfaction().value().rounds().get(0)
        .reason("satisfaction.pass-line").orElseThrow();
    String english = decision.render(Locale.ENGLISH);
    String chinese = decision.render(Locale.SIMPLIFIED_CHINESE);
    System.out.println(english);
    System.out.println(chinese);

    check(status == EstateStatus.DISMISSAL_MAY_START, "status " + status + ", expected DISMISSAL_MAY_START");
    check(passLine.outcome() == Outcome.NOT_MET, "pass line " + passLine.outcome() + ", expected NOT_MET");
    check(english.contains("below the pass line 60"), "the English text does not name the pass line");
    check(chinese.contains("低于及格线 60"), "the Chinese text does not name the pass line");
    System.out.println("host-example: ran as named module " + self.getName());
  }

  private static void check(boolean holds, String failure) {
    if (!holds) {
      System.out.println("host-example FAILED: " + failure);
      System.exit(1);
    }
  }
}

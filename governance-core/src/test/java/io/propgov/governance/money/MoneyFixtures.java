package io.propgov.governance.money;

import io.propgov.governance.Fixtures;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** cn-default with the money parameters, set in Java, for the money tests. */
public final class MoneyFixtures {

  /** The Civil Code's first day. */
  public static final LocalDate CIVIL_CODE = LocalDate.of(2021, 1, 1);
  /** The 2007 measures' first day. */
  public static final LocalDate MEASURES = LocalDate.of(2008, 2, 1);
  static final Citation SOURCE = new Citation("money test source", "收支公开测试出处");
  /** Two yearly items due 30 days after the year and one quarterly item due 15 days after the quarter. */
  static final DisclosureItems ITEMS = new DisclosureItems(List.of(
      new DisclosureItem("FEE_ITEMS_AND_STANDARDS", new Label("Fee items and standards", "收费项目、收费标准"),
          Frequency.YEARLY, 30),
      new DisclosureItem("MAINTENANCE_FUND_USE", new Label("Use of the maintenance fund", "维修资金使用情况"),
          Frequency.YEARLY, 30),
      new DisclosureItem("QUARTERLY_REPORT", new Label("Quarterly report", "季度报告"), Frequency.QUARTERLY, 15)));
  static final Emergencies EMERGENCIES = new Emergencies(List.of(new EmergencyKind("HOUSE_SAFETY",
      new Label("Emergency endangering the building", "危及房屋安全的紧急情况"), steps())));

  private MoneyFixtures() {}

  private static Map<String, Label> steps() {
    Map<String, Label> steps = new LinkedHashMap<>();
    steps.put("PROPOSE", new Label("The company proposes", "物业服务企业提出列支"));
    steps.put("APPROVE_AND_FILE", new Label("The committee approves and files", "业主委员会审核同意并备案"));
    steps.put("TRANSFER", new Label("The bank transfers", "专户管理银行划转"));
    return steps;
  }

  /**
   * Returns cn-default with the money parameters.
   *
   * @param rate the first-deposit rate
   * @param unified whether co-managing companies must publish equal standards
   * @param missingEvent the credit event code for a missing disclosure, or null for none
   * @return the policy
   */
  public static GovernancePolicy policy(Fraction rate, boolean unified, String missingEvent) {
    GovernancePolicy.Builder b = Fixtures.cnDefaultWithout()
        .set(MoneyParameters.DISCLOSURE_ITEMS, CIVIL_CODE, ITEMS, SOURCE)
        .set(MoneyParameters.FIRST_DEPOSIT_RATE, MEASURES, rate, SOURCE)
        .set(MoneyParameters.TOP_UP_LINE, MEASURES, Fraction.of(3, 10), SOURCE)
        .set(MoneyParameters.EMERGENCIES, MEASURES, EMERGENCIES, SOURCE)
        .set(MoneyParameters.COST_CAP, CIVIL_CODE, Fraction.of(3, 10), SOURCE)
        .set(MoneyParameters.UNIFIED_FEES, CIVIL_CODE, unified, SOURCE);
    if (missingEvent != null) {
      b.set(MoneyParameters.MISSING_EVENT, CIVIL_CODE, missingEvent, SOURCE);
    }
    return b.build();
  }

  /** cn-default at 5%, without unified fees, proposing {@code complaint-upheld} for a missing disclosure. */
  public static final GovernancePolicy POLICY = policy(Fraction.of(5, 100), false, "complaint-upheld");

  /** Money in CNY. */
  static BigDecimal cny(String amount) {
    return new BigDecimal(amount);
  }
}

package io.propgov.governance.workorder;

import io.propgov.governance.Fixtures;
import io.propgov.governance.credit.CreditFixtures;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import java.time.LocalDate;
import java.util.List;

/** Work-order policies and orders for tests: cn-default with the hierarchy and the work-order parameters. */
public final class WorkOrderFixtures {

  public static final LocalDate FROM = LocalDate.of(2021, 9, 24);
  public static final Citation SOURCE = Citation.assumption("Beijing 12345 practice (test)", "北京12345做法（测试）");
  /** Repairs: respond within 1 calendar day, resolve within 3; complaints: 1 and 5 working days. */
  public static final OrderCategories CATEGORIES = new OrderCategories(List.of(
      new OrderCategory("repair", "Repair", "报修", 1, 3, DayCount.CALENDAR),
      new OrderCategory("complaint", "Complaint", "投诉", 1, 5, DayCount.WORKING)));
  public static final FollowUpRatings RATINGS = new FollowUpRatings(List.of(
      new RatingLevel("satisfied", "Satisfied", "满意", true),
      new RatingLevel("basically-satisfied", "Basically satisfied", "基本满意", true),
      new RatingLevel("dissatisfied", "Dissatisfied", "不满意", false)));
  public static final RankingRule RANKING = new RankingRule(Fraction.parse("1/5"), Fraction.parse("2/5"),
      Fraction.parse("2/5"), 1, 1, 1);

  /** cn-default with the organisation and work-order parameters; upheld complaints recorded as {@code code}. */
  public static GovernancePolicy policy(ResolutionBasis basis, String code) {
    return with(Fixtures.cnDefaultWithOrgWithout(), basis, code).build();
  }

  /** The Yantai credit fixture with the organisation and work-order parameters, complaints as its "complaint" event. */
  public static GovernancePolicy yantai(String code) {
    GovernancePolicy.Builder b = CreditFixtures.yantaiWithout();
    Fixtures.CN_DEFAULT_WITH_ORG.parameters().forEach((key, timeline) -> {
      if (key.id().startsWith("org.")) {
        copy(b, key, timeline);
      }
    });
    return with(b, ResolutionBasis.CALLER_CONFIRMED, code).build();
  }

  @SuppressWarnings("unchecked")
  private static <T> void copy(GovernancePolicy.Builder b, io.propgov.governance.policy.ParameterKey<T> key,
      Object timeline) {
    ((io.propgov.governance.policy.Timeline<T>) timeline).values()
        .forEach(v -> b.set(key, v.effectiveFrom(), v.value(), v.source()));
  }

  /** Sets the work-order parameters on a policy builder. @return the builder */
  public static GovernancePolicy.Builder with(GovernancePolicy.Builder b, ResolutionBasis basis, String code) {
    return b.set(WorkOrderParameters.CATEGORIES, FROM, CATEGORIES, SOURCE)
        .set(WorkOrderParameters.RATINGS, FROM, RATINGS, SOURCE)
        .set(WorkOrderParameters.RESOLUTION_BASIS, FROM, basis, SOURCE)
        .set(WorkOrderParameters.PUBLISHED_DECIMALS, FROM, 1, SOURCE)
        .set(WorkOrderParameters.RANKING, FROM, RANKING, SOURCE)
        .set(WorkOrderParameters.CREDIT_EVENT, FROM, code, SOURCE);
  }

  /** An order received on a day, not yet responded to. */
  public static WorkOrderBuilder order(String id, String category, String unit, String receivedOn) {
    return WorkOrder.builder().id(id).source(OrderSource.HOTLINE_12345).category(category).unitId(unit)
        .receivedOn(LocalDate.parse(receivedOn));
  }

  /** An order answered on its days: responded, resolved, closed, rated. */
  public static WorkOrder done(String id, String category, String unit, String company, String received,
      String responded, String resolved, String closed, boolean solved, String rating) {
    return order(id, category, unit, received).companyId(company).respondedOn(LocalDate.parse(responded))
        .resolvedOn(LocalDate.parse(resolved)).closedOn(LocalDate.parse(closed)).callerSolved(solved).rating(rating)
        .build();
  }

  /**
   * A repair done well: received on 1 March 2024, responded to on the 2nd, resolved on the 3rd and
   * closed on the 4th, solved in the caller's word and rated satisfied.
   */
  public static WorkOrder doneWell(String id, String unit, String company) {
    return done(id, "repair", unit, company, "2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", true, "satisfied");
  }

  private WorkOrderFixtures() {}
}

package io.propgov.governance.workorder;

import io.propgov.governance.internal.WholeNumbers;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the work-order rules. A policy sets all of them or none: without them
 * the engine does not judge work orders. Working-day deadlines count with the hierarchy's
 * {@code org.calendar} when the policy sets one, else Monday to Friday.
 *
 * @since 0.3.0
 */
public final class WorkOrderParameters {

  /**
   * The categories of orders with their response and resolution deadlines (Beijing Regulation on
   * Handling Complaints upon Receipt, 2021: responses and handling within set time limits; the
   * days themselves are each city's choice).
   */
  public static final ParameterKey<OrderCategories> CATEGORIES = ParameterKey.of("workorder.categories",
      OrderCategories.class, "the categories of work orders with their response and resolution deadlines", c -> null);

  /** The ratings a caller may give at the follow-up, and which count as satisfied (满意率). */
  public static final ParameterKey<FollowUpRatings> RATINGS = ParameterKey.of("workorder.ratings",
      FollowUpRatings.class, "the ratings a caller may give at the follow-up and which count as satisfied", r -> null);

  /** What counts as resolved in the resolution rate (解决率). */
  public static final ParameterKey<ResolutionBasis> RESOLUTION_BASIS = ParameterKey.of("workorder.resolution-basis",
      ResolutionBasis.class, "what counts as resolved: the caller's word (CALLER_CONFIRMED) or the deadline (ON_TIME)",
      b -> null);

  /** The decimals a published rate is rounded to (half up), such as 1 for 99.7%. */
  public static final ParameterKey<Integer> PUBLISHED_DECIMALS = ParameterKey.of("workorder.published-decimals",
      Integer.class, "the decimals of a percentage a published rate is rounded to, half up",
      WholeNumbers.between(0, 4));

  /** How units and companies are ranked each month, and the sizes of the top and bottom lists. */
  public static final ParameterKey<RankingRule> RANKING = ParameterKey.of("workorder.ranking", RankingRule.class,
      "the weights of the three rates in the monthly ranking and the sizes of its top and bottom lists", r -> null);

  /** The credit event code an upheld complaint is recorded under in the company's credit record. */
  public static final ParameterKey<String> CREDIT_EVENT = ParameterKey.of("workorder.credit-event", String.class,
      "the credit event code an upheld complaint is recorded under",
      s -> s.isBlank() ? ConstraintMessages.en("text.notBlank") : null);

  /** Every key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(CATEGORIES, RATINGS, RESOLUTION_BASIS, PUBLISHED_DECIMALS,
      RANKING, CREDIT_EVENT);

  private WorkOrderParameters() {}
}

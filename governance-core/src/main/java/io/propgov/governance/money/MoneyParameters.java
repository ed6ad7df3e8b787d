package io.propgov.governance.money;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the transparency and money rules.
 *
 * @since 0.3.0
 */
public final class MoneyParameters {

  /**
   * The items a company must disclose, how often, and the days after each period it has to publish
   * (Civil Code art. 943: service items, persons in charge, quality requirements, fee items and
   * standards, performance, use of the maintenance fund, income from common parts; the law says
   * "regularly" and names no period, so a frequency is the policy's).
   */
  public static final ParameterKey<DisclosureItems> DISCLOSURE_ITEMS = ParameterKey.of("money.disclosure.items",
      DisclosureItems.class, "the items a company must disclose, how often, and the days of grace after each period",
      i -> null);

  /**
   * The credit event code a missing disclosure is proposed as, for a host to add to the company's
   * credit record. Optional: without it no event is proposed.
   */
  public static final ParameterKey<String> MISSING_EVENT = ParameterKey.of("money.disclosure.missing-event",
      String.class, "the credit event code proposed for each disclosure missing after its due date",
      s -> s.isBlank() ? ConstraintMessages.en("text.notBlank") : null);

  /**
   * The first deposit into the maintenance fund, as a share of the local construction and
   * installation cost per m² (Measures on residential maintenance funds, 2007, art. 7: 5% to 8%,
   * which the national policy holds as a bound on the levels below).
   */
  public static final ParameterKey<Fraction> FIRST_DEPOSIT_RATE = ParameterKey.of("money.fund.first-deposit-rate",
      Fraction.class, "the first deposit per m² as a share of the local construction cost per m²",
      r -> r.signum() > 0 && r.compareTo(Fraction.ONE) < 0 ? null : ConstraintMessages.en("text.shareOpen", "value", r));

  /**
   * The share of the first deposit below which an owner's balance must be topped up (Measures on
   * residential maintenance funds, 2007, art. 17: below 30%).
   */
  public static final ParameterKey<Fraction> TOP_UP_LINE = ParameterKey.of("money.fund.top-up-line", Fraction.class,
      "the share of the first deposit below which an owner's balance must be topped up",
      r -> r.signum() > 0 && r.compareTo(Fraction.ONE) <= 0 ? null
          : ConstraintMessages.en("text.shareHalfOpen", "value", r));

  /** The emergencies for which the fund may be drawn without a prior vote, and the procedure's steps. */
  public static final ParameterKey<Emergencies> EMERGENCIES = ParameterKey.of("money.fund.emergencies",
      Emergencies.class, "the emergencies the fund may be drawn for without a prior vote, and each procedure's steps",
      e -> null);

  /**
   * The largest share of common-part income that may be set against it as reasonable cost (Civil
   * Code art. 282 says "reasonable cost" and names no share: the share is the policy's).
   */
  public static final ParameterKey<Fraction> COST_CAP = ParameterKey.of("money.common-income.cost-cap",
      Fraction.class, "the largest share of common-part income that counts as reasonable cost",
      r -> r.compareTo(Fraction.ONE) <= 0 ? null : ConstraintMessages.en("text.atMostOne", "value", r));

  /**
   * Whether companies that co-manage one estate must publish equal fee standards for the same
   * item (Beijing Fengtai, 2023: management, service and fees unified).
   */
  public static final ParameterKey<Boolean> UNIFIED_FEES = ParameterKey.of("money.fees.unified-when-co-managed",
      Boolean.class, "whether co-managing companies must publish equal fee standards for the same item", b -> null);

  /** Every required key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(DISCLOSURE_ITEMS, FIRST_DEPOSIT_RATE, TOP_UP_LINE,
      EMERGENCIES, COST_CAP, UNIFIED_FEES);

  /** The keys a policy may leave out. */
  public static final List<ParameterKey<?>> OPTIONAL = List.of(MISSING_EVENT);

  private MoneyParameters() {}
}

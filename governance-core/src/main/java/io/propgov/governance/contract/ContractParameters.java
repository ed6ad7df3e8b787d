package io.propgov.governance.contract;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the contract-end rules (Civil Code arts. 947 to 949, in force from
 * 2021-01-01; a city may set the period to leave).
 *
 * @since 0.3.0
 */
public final class ContractParameters {

  /**
   * Days before the term ends by which a company that will not renew notifies the owners in
   * writing, unless the contract agrees otherwise (Civil Code art. 947: 90 days).
   */
  public static final ParameterKey<Integer> NON_RENEWAL_NOTICE_DAYS = ParameterKey.of(
      "contract.non-renewal-notice-days", Integer.class,
      "days before the term ends by which a company that will not renew gives written notice",
      ContractParameters::days);

  /**
   * Days of written notice that end a contract running without a fixed term (Civil Code art.
   * 948: 60 days).
   */
  public static final ParameterKey<Integer> OPEN_ENDED_NOTICE_DAYS = ParameterKey.of(
      "contract.open-ended-notice-days", Integer.class,
      "days of written notice that end a contract running without a fixed term", ContractParameters::days);

  /**
   * Days the outgoing company has to leave and hand over once the contract ends, when the
   * contract agrees none (Civil Code art. 949: "a reasonable period"; a city may set it, such as
   * Beijing's 30 days).
   */
  public static final ParameterKey<Integer> EXIT_DAYS = ParameterKey.of("contract.exit-days", Integer.class,
      "days the outgoing company has to leave and hand over once the contract ends, unless the contract agrees a period",
      ContractParameters::days);

  /** Every key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(NON_RENEWAL_NOTICE_DAYS, OPEN_ENDED_NOTICE_DAYS, EXIT_DAYS);

  private ContractParameters() {}

  private static String days(Integer d) {
    return d >= 0 ? null : ConstraintMessages.en("text.daysFromZero", "value", d);
  }
}

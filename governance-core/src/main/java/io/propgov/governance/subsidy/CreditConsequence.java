package io.propgov.governance.subsidy;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.explain.Label;
import jakarta.validation.constraints.NotNull;

/**
 * A credit consequence in force for a company, as the credit rules (or the host's credit
 * registry) state it: a code such as {@code BARRED_FROM_AWARDS} and why it applies.
 *
 * @param code the consequence's code, which a programme's {@link Criterion.NotBarred} names, never blank
 * @param reason why it applies, in English and Chinese, such as "blacklisted after three C grades
 *     in a row", never null
 * @since 0.1.0
 */
public record CreditConsequence(@NotNull @NotBlankText String code, @NotNull Label reason) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public CreditConsequence {
  }
}

package io.propgov.governance.vote;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the owners' vote rules.
 *
 * @since 0.1.0
 */
public final class VoteParameters {

  /** The rule for ordinary matters (from 2021: quorum 2/3 and 2/3, then more than half of participants). */
  public static final ParameterKey<VoteRequirement> ORDINARY_RULE = ParameterKey.of("vote.ordinary-rule", VoteRequirement.class,
      "how an ordinary matter, such as dismissing the property company, is decided", r -> null);

  /** The rule for special matters (from 2021: quorum 2/3 and 2/3, then at least 3/4 of participants). */
  public static final ParameterKey<VoteRequirement> SPECIAL_RULE = ParameterKey.of("vote.special-rule", VoteRequirement.class,
      "how a special matter, such as raising the maintenance fund, is decided", r -> null);

  /** Which matters the special rule decides. */
  public static final ParameterKey<SpecialMatters> SPECIAL_MATTERS = ParameterKey.of("vote.special-matters",
      SpecialMatters.class, "the matters decided by the special rule", m -> null);

  /**
   * Written notice owed to a dismissed company unless its contract says otherwise (Civil Code
   * art. 946 from 2021-01-01: 60 days; no national rule set one before).
   */
  public static final ParameterKey<Integer> DISMISSAL_NOTICE_DAYS = ParameterKey.of("vote.dismissal-notice-days",
      Integer.class, "days of written notice a dismissed company is owed unless its contract sets otherwise",
      d -> d >= 0 ? null : ConstraintMessages.en("text.daysFromZero", "value", d));

  /** Every key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(ORDINARY_RULE, SPECIAL_RULE, SPECIAL_MATTERS,
      DISMISSAL_NOTICE_DAYS);

  private VoteParameters() {}
}

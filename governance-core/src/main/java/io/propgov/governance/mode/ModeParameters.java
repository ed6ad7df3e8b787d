package io.propgov.governance.mode;

import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.vote.Matter;
import java.util.List;

/**
 * The policy parameters of the mode vote.
 *
 * @since 0.3.0
 */
public final class ModeParameters {

  /**
   * The Civil Code art. 278 matter the choice of a management mode is decided as; the vote rules
   * give its threshold (ordinary or special), so the mode vote never sets one of its own. Whether
   * the owners manage the estate themselves or engage a company or other manager is theirs to
   * decide (art. 284); the bundled policies decide it as item (4), hiring a company or other
   * manager.
   */
  public static final ParameterKey<Matter> VOTE_MATTER = ParameterKey.of("mode-vote.matter", Matter.class,
      "the art. 278 matter the owners' choice of a management mode is decided as", m -> null);

  /** Every key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(VOTE_MATTER);

  private ModeParameters() {}
}

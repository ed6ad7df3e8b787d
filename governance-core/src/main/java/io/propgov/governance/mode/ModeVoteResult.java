package io.propgov.governance.mode;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.vote.VoteResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The owners' choice of a management mode: what the policy's table recommends, what the motion
 * proposed, what the vote decided, and the vote itself with every figure it rests on.
 *
 * @param estateId the estate, never null
 * @param voteId the vote's id, never null
 * @param row the id of the mode table row that matched, or null when the estate gives no inputs
 * @param recommended the mode the table recommends, or null when the estate gives no inputs
 * @param proposed the mode the motion proposed, never null
 * @param current how the estate is run now, or null when not known
 * @param passed whether the vote carried the motion
 * @param decided the mode the estate is to be run in: the proposed one when the vote passed, else
 *     the current one, or null when it failed and the current mode is not known
 * @param vote the vote's own decision (quorum, approval, the rule in force on its date), never null
 * @since 0.3.0
 */
public record ModeVoteResult(String estateId, String voteId, String row, ServiceMode recommended,
    ServiceMode proposed, ServiceMode current, boolean passed, ServiceMode decided, Decision<VoteResult> vote)
    implements Conclusion {

  /** Checks that the required parts are given. */
  public ModeVoteResult {
    Objects.requireNonNull(estateId, "estateId");
    Objects.requireNonNull(voteId, "voteId");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(vote, "vote");
  }

  /**
   * Returns whether the mode proposed is the one the table recommends.
   *
   * @return true when both are known and the same
   */
  public boolean followsTable() {
    return recommended != null && recommended.equals(proposed);
  }

  @Override
  public String messageKey() {
    return "mode-vote." + (passed ? "CHOSEN" : decided == null ? "FAILED" : "KEPT")
        + (recommended == null ? "" : ".WITH_TABLE");
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("estate", estateId, "vote", voteId);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    Map<String, Label> labels = new HashMap<>();
    labels.put("proposed", label(proposed));
    if (decided != null) {
      labels.put("decided", label(decided));
    }
    if (recommended != null) {
      labels.put("recommended", label(recommended));
    }
    return labels;
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of();
  }

  @Override
  public List<Decision<?>> parts() {
    return List.of(vote);
  }

  private static Label label(ServiceMode mode) {
    return mode.defined() ? mode.label() : new Label(mode.id(), mode.id());
  }
}

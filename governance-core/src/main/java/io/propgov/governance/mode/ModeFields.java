package io.propgov.governance.mode;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.vote.VoteFields;

/**
 * The hand-written checks of the field constraints of mode votes, without reflection; used by
 * the rule area before its own checks and by {@code FactsConstraints.fast()}.
 *
 * @since 0.3.0
 */
public final class ModeFields {

  private ModeFields() {}

  /**
   * Checks every constraint of a mode vote and of the owners' vote it holds.
   *
   * @param m the mode vote, not null
   * @param at the JSON Pointer (or path) of the mode vote
   * @param sink where errors go, not null
   */
  public static void modeVote(ModeVote m, Object at, FieldSink sink) {
    sink.requiredText(m.estateId(), at, "estateId");
    sink.required(m.proposedMode(), at, "proposedMode");
    if (sink.required(m.vote(), at, "vote")) {
      VoteFields.vote(m.vote(), at + "/vote", sink);
    }
  }
}

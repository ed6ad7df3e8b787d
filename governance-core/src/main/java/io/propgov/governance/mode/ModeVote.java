package io.propgov.governance.mode;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.vote.OwnersVote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The owners' vote on how their estate is to be managed: the mode proposed and the vote held on it.
 *
 * @param estateId the estate, never blank
 * @param proposedMode the management mode the motion proposes, a mode the policy defines, never null
 * @param vote the owners' vote on the motion, on the matter the policy decides modes as, never null
 * @since 0.3.0
 */
public record ModeVote(@NotNull @NotBlankText String estateId, @NotNull ServiceMode proposedMode,
    @NotNull @Valid OwnersVote vote) {}

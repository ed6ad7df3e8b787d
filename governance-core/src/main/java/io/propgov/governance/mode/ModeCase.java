package io.propgov.governance.mode;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.service.ServiceMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A mode vote with what the estate's own facts say about it: how the estate is run now and the
 * inputs of the policy's mode table.
 *
 * @param vote the mode vote, never null
 * @param currentMode how the estate is run now, or null when not known
 * @param modeInputs the value of each input of the mode table, by input code; empty when the
 *     estate gives none (then the table recommends nothing), never null
 * @since 0.3.0
 */
public record ModeCase(ModeVote vote, ServiceMode currentMode, Map<String, String> modeInputs) {

  /** Checks the vote and copies the inputs. */
  public ModeCase {
    Objects.requireNonNull(vote, "vote");
    modeInputs = modeInputs == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(modeInputs));
  }

  /**
   * Joins a mode vote with its estate's facts.
   *
   * @param vote the mode vote, not null
   * @param estate the estate it names, or null when the facts hold none
   * @return the case, never null
   */
  public static ModeCase of(ModeVote vote, Estate estate) {
    if (estate == null) {
      return new ModeCase(vote, null, Map.of());
    }
    return new ModeCase(vote, estate.serviceMode(),
        estate.service() == null ? Map.of() : estate.service().modeInputs());
  }
}

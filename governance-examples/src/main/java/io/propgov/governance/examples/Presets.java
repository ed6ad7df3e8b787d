package io.propgov.governance.examples;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.policy.GovernancePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The way the command line and scenarios name a policy: a preset id or a file path. The presets
 * themselves are bundled with {@code governance-json} ({@link GovernanceJson#presetIds()},
 * {@link GovernanceJson#preset(String)}); this class only adds reading a path when the reference
 * is no preset.
 *
 * @since 0.1.0
 */
public final class Presets {

  /** The id of the default preset, used when no policy is named: {@link GovernanceJson#DEFAULT_PRESET}. */
  public static final String DEFAULT = GovernanceJson.DEFAULT_PRESET;

  private Presets() {}

  /** Returns the ids of the bundled presets. @return the ids, never null */
  public static List<String> ids() {
    return GovernanceJson.presetIds();
  }

  /**
   * Loads a bundled preset, as {@link GovernanceJson#presetPolicy(String)} does.
   *
   * @param json the JSON reader
   * @param id a preset id from {@link #ids()}
   * @return the policy, never null
   * @throws InvalidPolicyException if there is no such preset (listing the ids there are)
   */
  public static GovernancePolicy load(GovernanceJson json, String id) {
    return json.presetPolicy(id);
  }

  /**
   * Resolves a policy reference: a bundled preset id, or else a path to a policy file,
   * relative to {@code base} when not absolute.
   *
   * @param json the JSON reader
   * @param reference a preset id or a path
   * @param base the folder relative paths start from
   * @return the policy, never null
   * @throws InvalidPolicyException if the reference names neither a preset nor a valid policy file
   */
  public static GovernancePolicy resolve(GovernanceJson json, String reference, Path base) {
    return resolveLayered(json, reference, base).policy();
  }

  /**
   * Resolves a policy reference as {@link #resolve} does, keeping the levels it came through: a
   * preset, a policy {@code json} knows as a parent (given with {@link GovernanceJson#withParents}),
   * or a file, which may extend a preset or any of those.
   *
   * @param json the JSON reader, with any extra parents
   * @param reference a preset or parent id, or a path
   * @param base the folder relative paths start from
   * @return the resolved policy, never null
   * @throws InvalidPolicyException if the reference names no policy, or the policy is invalid
   * @since 0.1.0
   */
  public static ResolvedPolicy resolveLayered(GovernanceJson json, String reference, Path base) {
    Optional<PolicyLayer> layer = json.parents().layer(reference);
    if (layer.isPresent()) {
      return json.resolve(layer.get());
    }
    Path path = base.resolve(reference);
    if (!Files.exists(path)) {
      throw new InvalidPolicyException(List.of(new InputError("", "unknown-policy", "'" + reference
          + "' is neither a preset (" + String.join(", ", ids()) + ") nor a file (looked for " + path + ")")));
    }
    return json.readResolved(path);
  }
}

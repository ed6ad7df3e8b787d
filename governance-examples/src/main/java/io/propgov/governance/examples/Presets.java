package io.propgov.governance.examples;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The preset policies bundled with the examples, modelled on published law and city practice
 * (see each preset's description for its sources; none is an official text), and the way the
 * command line and scenarios name a policy: a preset id or a file path.
 *
 * @since 0.1.0
 */
public final class Presets {

  /** The id of the default preset, used when no policy is named. */
  public static final String DEFAULT = "cn-default";

  private static final List<String> IDS = List.of(DEFAULT, "wuhan-4", "handan-4", "chuxiong-3", "chuxiong-5",
      "yantai", "lianyungang", "caolu");

  private Presets() {}

  /** Returns the ids of the bundled presets. @return the ids, never null */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Loads a bundled preset.
   *
   * @param json the JSON reader
   * @param id a preset id from {@link #ids()}
   * @return the policy, never null
   * @throws InvalidPolicyException if there is no such preset (listing the ids there are)
   */
  public static GovernancePolicy load(GovernanceJson json, String id) {
    if (!IDS.contains(id)) {
      throw new InvalidPolicyException(List.of(new InputError("", "unknown-preset",
          "no preset '" + id + "'; the presets are " + String.join(", ", IDS) + ", or give a path to a policy file")));
    }
    try (InputStream in = Presets.class.getResourceAsStream("presets/" + id + ".json")) {
      return json.readPolicy(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    GovernanceJson known = withPresets(json);
    Optional<PolicyLayer> layer = known.parents().layer(reference);
    if (layer.isPresent()) {
      return known.resolve(layer.get());
    }
    Path path = base.resolve(reference);
    if (!Files.exists(path)) {
      throw new InvalidPolicyException(List.of(new InputError("", "unknown-policy", "'" + reference
          + "' is neither a preset (" + String.join(", ", IDS) + ") nor a file (looked for " + path + ")")));
    }
    return known.readResolved(path);
  }

  /**
   * Returns a reader that knows the presets as parents, besides those {@code json} knows already,
   * so that a policy file may extend a preset, and that holds the presets' ids reserved: a
   * policy file that takes a preset's id (or {@code cn-national}) is refused unless its content is
   * that preset's ({@link GovernanceJson#withReservedParents}).
   *
   * @param json the JSON reader
   * @return the reader, never null
   * @throws InvalidPolicyException when {@code json} knows a parent that takes a preset's id with
   *     other content
   * @since 0.1.0
   */
  public static GovernanceJson withPresets(GovernanceJson json) {
    return json.withReservedParents(Layers.ALL);
  }

  /** The preset layers, read once from the bundled files. */
  private static final class Layers {
    static final List<PolicyLayer> ALL = IDS.stream().map(Layers::read).toList();

    private static PolicyLayer read(String id) {
      try (InputStream in = Presets.class.getResourceAsStream("presets/" + id + ".json")) {
        return GovernanceJson.create().readLayer(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

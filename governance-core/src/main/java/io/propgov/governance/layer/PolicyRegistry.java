package io.propgov.governance.layer;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The policies a layered policy may extend, by id, and the resolution of a layer through its
 * parents. Immutable and thread-safe; {@link #with} returns a new registry.
 *
 * <pre>{@code
 * PolicyRegistry registry = PolicyRegistry.of(List.of(national, wuhan));
 * ResolvedPolicy district = registry.resolve(jiangan);    // checks every bound on the way
 * GovernanceEngine engine = GovernanceEngine.create(district.policy());
 * String level = district.setBy(SatisfactionParameters.PASS_LINE, asOf).orElseThrow(); // "wuhan"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyRegistry {

  private final Map<String, PolicyLayer> layers;

  private PolicyRegistry(Map<String, PolicyLayer> layers) {
    this.layers = Collections.unmodifiableMap(layers);
  }

  /**
   * Returns a registry that knows no policy.
   *
   * @return the empty registry, never null
   */
  public static PolicyRegistry empty() {
    return new PolicyRegistry(new LinkedHashMap<>());
  }

  /**
   * Returns a registry of layers.
   *
   * @param layers the layers, not null; of two with one id the later wins
   * @return the registry, never null
   */
  public static PolicyRegistry of(Collection<PolicyLayer> layers) {
    Map<String, PolicyLayer> map = new LinkedHashMap<>();
    layers.forEach(layer -> map.put(layer.id(), layer));
    return new PolicyRegistry(map);
  }

  /**
   * Returns a registry that also knows a layer, replacing any layer of the same id.
   *
   * @param layer the layer, not null
   * @return a new registry, never null
   */
  public PolicyRegistry with(PolicyLayer layer) {
    Map<String, PolicyLayer> map = new LinkedHashMap<>(layers);
    map.put(Objects.requireNonNull(layer, "layer").id(), layer);
    return new PolicyRegistry(map);
  }

  /** Returns the ids of the known policies, in the order added. @return the ids, never null */
  public Set<String> ids() {
    return layers.keySet();
  }

  /**
   * Returns a known layer.
   *
   * @param id the policy id, not null
   * @return the layer, or empty when unknown
   */
  public Optional<PolicyLayer> layer(String id) {
    return Optional.ofNullable(layers.get(id));
  }

  /**
   * Resolves a known policy through its parents.
   *
   * @param id the policy id, not null
   * @return the resolved policy, never null
   * @throws InvalidPolicyException when the id is unknown, or as {@link #resolve(PolicyLayer)}
   */
  public ResolvedPolicy resolve(String id) {
    PolicyLayer layer = layers.get(Objects.requireNonNull(id, "id"));
    if (layer == null) {
      throw new InvalidPolicyException(List.of(new InputError("", "unknown-policy",
          ConstraintMessages.en("unknown-policy", "id", id, "known", String.join(", ", new TreeSet<>(layers.keySet()))))));
    }
    return resolve(layer);
  }

  /**
   * Resolves a layer (known or not) through the parents this registry knows, checking every
   * value each level sets against the bounds of the levels above it.
   *
   * @param layer the layer, not null
   * @return the resolved policy, never null
   * @throws InvalidPolicyException listing every error: an unknown parent or a cycle of parents
   *     (at {@code /extends}); each value that breaks a bound (at
   *     {@code /parameters/<id>/<i>/value}, naming the parameter, the bound, the level that set
   *     it and the value tried). Errors in a level above the layer say which level they are in.
   */
  public ResolvedPolicy resolve(PolicyLayer layer) {
    Objects.requireNonNull(layer, "layer");
    List<PolicyLayer> chain = new ArrayList<>();
    Problems problems = new Problems();
    Set<String> seen = new HashSet<>();
    PolicyLayer current = layer;
    while (current != null) {
      chain.add(0, current);
      seen.add(current.id());
      String parent = current.parent();
      if (parent == null) {
        break;
      }
      // A cycle is looked for before the registry: a parent may extend the layer being resolved,
      // which the registry need not know.
      if (seen.contains(parent)) {
        problems.add(new InputError("/extends", "cycle", cycle(chain, parent, layer.id())));
        break;
      }
      PolicyLayer next = layers.get(parent);
      if (next == null) {
        problems.add(in(current, layer, new InputError("/extends", "unknown-parent", ConstraintMessages.en("unknown-parent",
            "policy", current.id(), "parent", parent, "known", String.join(", ", new TreeSet<>(layers.keySet()))))));
        break;
      }
      current = next;
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems.errors());
    }
    ResolvedPolicy resolved = null;
    for (PolicyLayer level : chain) {
      Problems levelProblems = new Problems();
      resolved = Resolution.merge(resolved, level, levelProblems);
      levelProblems.errors().forEach(e -> problems.add(in(level, layer, e)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems.errors());
    }
    return resolved;
  }

  /**
   * Names the policies of a cycle, from the first one in it back to itself, and the policy that
   * leads into the cycle when that one is not in it.
   */
  private static String cycle(List<PolicyLayer> chain, String closing, String start) {
    List<String> ids = new ArrayList<>(chain.stream().map(PolicyLayer::id).toList());
    Collections.reverse(ids); // from the layer being resolved up to the level that closes the cycle
    List<String> members = new ArrayList<>(ids.subList(ids.indexOf(closing), ids.size()));
    members.add(closing);
    return closing.equals(start) ? ConstraintMessages.en("cycle", "members", String.join(" -> ", members))
        : ConstraintMessages.en("cycle.leadsInto", "members", String.join(" -> ", members), "start", start, "path",
            String.join(" -> ", ids.subList(0, ids.indexOf(closing) + 1)));
  }

  /** Says which level an error is in when it is not the layer being resolved. */
  private static InputError in(PolicyLayer level, PolicyLayer target, InputError error) {
    if (level == target) {
      return error;
    }
    return new InputError(error.pointer(), error.code(), ConstraintMessages.en("any.inPolicy", "level", level.id(),
        "target", target.id(), "message", error.message()));
  }
}

package io.propgov.governance.layer;

import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.GovernancePolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One level of a layered policy as written: its own parameter values, the parent it extends
 * (if any) and the bounds it sets on the levels below. A layer need not set every parameter the
 * engine needs; {@link PolicyRegistry#resolve} fills in what it inherits.
 *
 * @param policy the level's own id, jurisdiction, version, description and parameter values, never null
 * @param parent the id of the policy it extends, or null for a root such as {@code cn-national}
 * @param bounds the bounds it sets for the levels below it (and checks on its own values), never null
 * @since 0.1.0
 */
public record PolicyLayer(GovernancePolicy policy, String parent, List<Bound> bounds) {

  /**
   * Checks the parent and every bound, reporting all errors together: a bound needing an order
   * on a type without one, a limit missing or of the wrong type or illegal for the parameter, one
   * kind twice or both directions on one parameter, a minimum above the maximum.
   *
   * @throws InvalidPolicyException listing every error, with pointers such as {@code /bounds/<id>/min}
   */
  public PolicyLayer {
    Objects.requireNonNull(policy, "policy");
    bounds = List.copyOf(bounds);
    Problems problems = new Problems();
    if (parent != null) {
      problems.check(!parent.isBlank(), "/extends", "constraint",
          ConstraintMessages.en("constraint.extends", "field", "extends", "parent", parent));
      problems.check(!parent.equals(policy.id()), "/extends", "cycle",
          ConstraintMessages.en("cycle.self", "parent", parent, "field", "extends"));
    }
    Map<String, Bound> seen = new HashMap<>();
    for (Bound bound : bounds) {
      check(bound, problems);
      String kindKey = bound.key().id() + " " + bound.kind().token();
      Bound twin = seen.putIfAbsent(kindKey, bound);
      problems.check(twin == null, pointer(bound), "duplicate", ConstraintMessages.en("duplicate.bound", "param",
          bound.key().id(), "kind", bound.kind().token(), "first", twin == null ? "" : twin.describe(), "second",
          bound.describe()));
    }
    for (Bound min : bounds) {
      for (Bound max : bounds) {
        if (min.kind() == BoundKind.MIN && max.kind() == BoundKind.MAX && min.key().equals(max.key())
            && okLimit(min) && okLimit(max) && Bound.compare(min.limit(), max.limit()) > 0) {
          problems.add(pointer(min), "constraint", ConstraintMessages.en("constraint.minAboveMax", "param",
              min.key().id(), "min", min.limit(), "max", max.limit()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems.errors());
    }
  }

  /**
   * Returns a root layer: a policy that extends nothing and bounds nothing.
   *
   * @param policy the policy, not null
   * @return the layer, never null
   */
  public static PolicyLayer of(GovernancePolicy policy) {
    return new PolicyLayer(policy, null, List.of());
  }

  /** Returns the layer's id, the policy's. @return the id, never null */
  public String id() {
    return policy.id();
  }

  /**
   * Returns the JSON Pointer of a bound in a policy document: {@code /bounds/<parameter>/<kind>},
   * or {@code /bounds/<parameter>/value} for the value of a bound fixed by law.
   *
   * @param bound the bound, not null
   * @return the pointer, never null
   */
  public static String pointer(Bound bound) {
    String member = bound.kind() == BoundKind.FIXED_BY_LAW && bound.limit() != null ? "value" : bound.kind().token();
    return "/bounds/" + Problems.token(bound.key().id()) + "/" + member;
  }

  private static boolean okLimit(Bound bound) {
    return bound.limit() != null && bound.key().check(bound.limit()) == null;
  }

  private static void check(Bound bound, Problems problems) {
    String at = pointer(bound);
    String id = bound.key().id();
    if (bound.kind().needsOrder() && !Bound.isOrdered(bound.key().type())) {
      problems.add(at, "unordered", ConstraintMessages.en("unordered", "param", id, "type",
          bound.key().type().getSimpleName(), "words", bound.kind().words()));
      return;
    }
    boolean needsLimit = bound.kind() == BoundKind.MIN || bound.kind() == BoundKind.MAX;
    if (needsLimit && bound.limit() == null) {
      problems.add(at, "required", ConstraintMessages.en("required.boundLimit", "param", id, "kind", bound.kind().token()));
    } else if (!needsLimit && bound.kind() != BoundKind.FIXED_BY_LAW && bound.limit() != null) {
      problems.add(at, "constraint", ConstraintMessages.en("constraint.directionLimit", "param", id));
    } else if (bound.limit() != null) {
      String message = bound.key().check(bound.limit());
      problems.check(message == null, at, "constraint",
          ConstraintMessages.en("constraint.boundLimit", "param", id, "detail", message));
    }
  }
}

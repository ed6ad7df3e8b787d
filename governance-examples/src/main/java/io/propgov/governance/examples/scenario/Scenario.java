package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A scenario written by a policy team: a policy, facts, an as-of date and the decisions
 * expected, of which only the fields written are compared.
 *
 * <pre>{@code
 * { "name": "Score exactly at the pass line passes",
 *   "description": "...",
 *   "policy": "cn-default",            // a preset id, or a path relative to the scenario file
 *   "asOf": "2024-12-31",
 *   "facts": { "estates": [ ... ] },
 *   "expected": { "estates": { "<estate id>": { "status": "SATISFACTORY" } } } }
 * }</pre>
 *
 * <p>The actual document {@code expected} is matched against is
 * {@code {"estates": {<id>: <decision or {"errors": [...]}>}, "rates": {<unit id>: <rates>},
 * "report": <report on the unit>, "treeErrors": [...], "errors": [...], "policyErrors": [...],
 * "diff": <what-if comparison>}}:
 * {@code rates} and {@code report} when the facts hold organisation units and the policy a level
 * template ({@code treeErrors} instead when the tree itself is invalid; an estate, matter or
 * meeting with errors is left out alone and listed in the report's {@code rejected}); {@code errors} when the
 * facts cannot be read at all; {@code policyErrors} when the policy cannot. With a policy that sets
 * the credit parameters, {@code "credit": {<company id>: <credit assessment or {"errors": [...]}>}}
 * when the facts hold {@code companies}, and {@code "arrears": {<household id>: <arrears
 * assessment or {"errors": [...]}>}} when they hold {@code households}. With a policy that sets the
 * owners' parameters, {@code "owners": {<estate id>: <owners' organisation decision or
 * {"errors": [...]}>}} when the facts hold {@code owners}, and {@code "ownersCoverage": {<unit
 * id>: <coverage decision>}} when they also hold an organisation tree. With a policy that sets the
 * work-order parameters, {@code "workOrders": <work-order assessment or {"errors": [...]}>} when the
 * facts hold {@code orders}.
 *
 * @param file the scenario file, never null
 * @param name the scenario's name, never blank
 * @param description what it shows, never null
 * @param policy the policy reference: a preset id or a path, never blank
 * @param asOf the date of the decisions, never null
 * @param facts the facts document, never null
 * @param expected the partial expectation, never null
 * @param unit the organisation unit to report on, or null for the tree's single root
 * @param policies policy documents the scenario defines, which {@code policy}, {@code policyB}
 *     and each other may name by id and extend (a city and its district), never null (may be empty)
 * @param policyB the policy of a what-if comparison, or null; with it (or {@code asOfB}) the
 *     actual document has a {@code diff}: the facts judged under {@code policy} on {@code asOf}
 *     and under {@code policyB} on {@code asOfB}, as {@link WhatIfDocument#toJson} writes it
 * @param asOfB the date of the comparison's second side, or null for {@code asOf}
 * @since 0.1.0
 */
public record Scenario(Path file, String name, String description, String policy, LocalDate asOf, JsonNode facts,
    JsonNode expected, String unit, java.util.List<JsonNode> policies, String policyB, LocalDate asOfB) {

  /**
   * Creates a scenario without policies of its own and without a comparison.
   *
   * @param file the scenario file
   * @param name the scenario's name
   * @param description what it shows
   * @param policy the policy reference
   * @param asOf the date of the decisions
   * @param facts the facts document
   * @param expected the partial expectation
   * @param unit the organisation unit to report on, or null
   */
  public Scenario(Path file, String name, String description, String policy, LocalDate asOf, JsonNode facts,
      JsonNode expected, String unit) {
    this(file, name, description, policy, asOf, facts, expected, unit, java.util.List.of(), null, null);
  }

  /** Returns whether the scenario compares two evaluations. @return true with policyB or asOfB */
  public boolean compares() {
    return policyB != null || asOfB != null;
  }

  /** Checks that every part is given. */
  public Scenario {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(expected, "expected");
    policies = java.util.List.copyOf(policies);
  }
}

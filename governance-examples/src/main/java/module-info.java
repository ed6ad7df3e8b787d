/**
 * The examples of the Property Governance SDK: preset policies, sample data, the scenario runner
 * and the command-line tool. An application, not a library: it exports the preset and scenario
 * API for tools that drive it, and opens the command classes to picocli, which builds them by
 * reflection.
 */
module io.propgov.governance.examples {
  // The exported API speaks in these modules' types (GovernancePolicy, GovernanceJson, JsonNode).
  requires transitive io.propgov.governance.core;
  requires transitive io.propgov.governance.json;
  requires transitive com.fasterxml.jackson.databind;
  requires info.picocli;
  // The HTML report's compiled templates run on jte's runtime; their @Generated annotation is source-only.
  requires gg.jte.runtime;
  requires static java.compiler;

  exports io.propgov.governance.examples;
  exports io.propgov.governance.examples.scenario;
  exports io.propgov.governance.examples.batch;

  opens io.propgov.governance.examples.cli to info.picocli;
}

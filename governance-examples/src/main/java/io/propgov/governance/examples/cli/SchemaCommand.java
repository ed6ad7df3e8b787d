package io.propgov.governance.examples.cli;

import io.propgov.governance.json.GovernanceJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code schema}: prints one of the JSON Schemas the SDK validates documents with. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print a JSON Schema (draft 2020-12): policy, facts or decision.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "policy, facts or decision")
  private String name;

  @Override
  public Integer call() {
    if (!java.util.List.of("policy", "facts", "decision").contains(name)) {
      throw new GovernanceCli.UsageError("no schema '" + name + "'; the schemas are policy, facts and decision");
    }
    spec.commandLine().getOut().println(GovernanceJson.schema(name + ".schema.json"));
    return 0;
  }
}

package io.propgov.governance.examples.cli;

import io.propgov.governance.json.GovernanceJson;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --parent} option of the commands that read a layered policy, read the same way by each. */
final class ParentOption {

  @Option(names = "--parent", paramLabel = "FILE",
      description = "A policy file that the policy (or another parent) extends; repeat for each level.")
  private List<Path> parents;

  /** A reader that knows the presets and the policy files given with {@code --parent} ({@link Options#withParents}). */
  GovernanceJson reader() {
    return Options.withParents(GovernanceJson.create(), parents);
  }
}

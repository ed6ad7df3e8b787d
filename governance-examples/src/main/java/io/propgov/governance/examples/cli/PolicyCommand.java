package io.propgov.governance.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code policy}: commands about a policy itself; {@code policy doc} writes its handbook. */
@Command(name = "policy", mixinStandardHelpOptions = true,
    description = "Commands about a policy itself: doc writes its handbook.",
    subcommands = {PolicyDocCommand.class})
final class PolicyCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  /** With no subcommand, shows the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

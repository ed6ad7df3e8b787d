package io.propgov.governance.examples.cli;

import io.propgov.governance.error.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool for policy teams: {@code evaluate}, {@code tree}, {@code test},
 * {@code validate}, {@code schema}, {@code diff} and {@code verify}. Exit codes: 0 success; 1 a scenario failed; 2 bad usage or bad input; 3 an
 * internal error. No stack trace ever reaches the user.
 *
 * @since 0.1.0
 */
@Command(name = "governance", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Evaluate, test and validate red-property governance policies and facts.",
    subcommands = {EvaluateCommand.class, BatchCommand.class, TreeCommand.class, TestCommand.class,
        ValidateCommand.class, SchemaCommand.class, DiffCommand.class, VerifyCommand.class,
        CommandLine.HelpCommand.class})
public final class GovernanceCli implements Runnable {

  /** Exit code when a scenario failed. */
  static final int FAILED = 1;
  /** Exit code for bad usage or bad input. */
  static final int BAD_INPUT = 2;
  /** Exit code for an internal error. */
  static final int INTERNAL = 3;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool without exiting, writing to the given streams.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors and diagnostics go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new GovernanceCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InvalidInputException invalid) {
        err.println("error: " + invalid.getMessage());
        return BAD_INPUT;
      }
      if (e instanceof UsageError usage) {
        err.println("error: " + usage.getMessage());
        return BAD_INPUT;
      }
      err.println("internal error (please report it): " + e);
      return INTERNAL;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** With no subcommand, shows the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A problem with what the user asked for, reported as a message and exit code 2. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }
}

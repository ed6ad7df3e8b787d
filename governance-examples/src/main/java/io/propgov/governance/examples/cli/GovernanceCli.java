package io.propgov.governance.examples.cli;

import io.propgov.governance.constraint.ErrorMessages;
import io.propgov.governance.error.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool for policy teams: {@code evaluate}, {@code tree}, {@code test},
 * {@code validate}, {@code schema}, {@code diff}, {@code verify} and {@code policy doc}. Exit codes: 0 success; 1 a scenario failed; 2 bad usage or bad input; 3 an
 * internal error, out of memory included. No stack trace ever reaches the user. Output is UTF-8
 * whatever the system locale.
 *
 * @since 0.1.0
 */
@Command(name = "governance", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Evaluate, test and validate red-property governance policies and facts.",
    subcommands = {EvaluateCommand.class, BatchCommand.class, TreeCommand.class, TestCommand.class,
        ValidateCommand.class, SchemaCommand.class, DiffCommand.class, VerifyCommand.class, PolicyCommand.class,
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
   * Runs the tool and exits with its exit code. Writes UTF-8 to standard output and error
   * whatever the locale, so that Chinese text survives {@code LANG=C}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code;
    try {
      code = run(args, out, err);
    } catch (Throwable e) { // the last line of defence: one line, never a stack trace
      code = fatal(e, err);
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  /** Reports an error no command handled in one line and returns the internal-error code. */
  private static int fatal(Throwable e, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      err.println("error: out of memory; the input is too large for this Java heap"
          + " (raise it with -Xmx, or split the input)");
    } else if (e instanceof StackOverflowError) {
      err.println("error: the input is nested too deeply to process");
    } else {
      err.println("internal error (please report it): " + e);
    }
    err.flush();
    return INTERNAL;
  }

  /**
   * Runs the tool without exiting, writing to the given streams, with control characters shown
   * escaped.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors and diagnostics go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // No control character from the input reaches a terminal; help is never coloured, so none from picocli either.
    return execute(args, new PrintWriter(new TerminalWriter(out), true),
        new PrintWriter(new TerminalWriter(err), true));
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new GovernanceCli());
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setOut(out);
    cli.setErr(err);
    CommandLine.IParameterExceptionHandler english = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler((e, given) -> asksForChinese(given) ? UsageInChinese.report(e)
        : english.handleParseException(e, given));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      java.util.Locale locale = locale(parseResult);
      String error = "zh".equals(locale.getLanguage()) ? "错误：" : "error: ";
      if (e instanceof InvalidInputException invalid) {
        err.println(error + ErrorMessages.describe(invalid, locale));
        return BAD_INPUT;
      }
      if (e instanceof UsageError usage) {
        err.println(error + usage.message(locale));
        return BAD_INPUT;
      }
      return fatal(e, err);
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli hands exceptions to the handler above, but lets errors through.
      code = fatal(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The language the command asked for with {@code --lang}; English when none or not a known one. */
  private static java.util.Locale locale(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.subcommand() != null) {
      last = last.subcommand();
    }
    return "zh".equals(last.matchedOptionValue("--lang", "en")) ? java.util.Locale.SIMPLIFIED_CHINESE
        : java.util.Locale.ENGLISH;
  }

  /**
   * Whether the command line asks for Chinese ({@code --lang zh} or {@code --lang=zh}); read from
   * the words themselves, since a line picocli cannot parse has no parse result to ask.
   */
  private static boolean asksForChinese(String[] given) {
    for (int i = 0; i < given.length; i++) {
      if ("--lang=zh".equals(given[i]) || "--lang".equals(given[i]) && i + 1 < given.length && "zh".equals(given[i + 1])) {
        return true;
      }
    }
    return false;
  }

  /** With no subcommand, shows the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A problem with what the user asked for, reported as a message and exit code 2. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The message in Chinese, or null where only the English one is written. */
    private final String chinese;

    UsageError(String message) {
      this(message, null);
    }

    UsageError(String message, String chinese) {
      super(message);
      this.chinese = chinese;
    }

    /** The message in a language: Chinese where it is written, else English. */
    String message(java.util.Locale locale) {
      return chinese != null && "zh".equals(locale.getLanguage()) ? chinese : getMessage();
    }
  }
}

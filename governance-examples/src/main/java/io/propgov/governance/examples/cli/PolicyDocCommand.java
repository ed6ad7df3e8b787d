package io.propgov.governance.examples.cli;

import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.handbook.Handbook;
import io.propgov.governance.examples.handbook.HandbookHtml;
import io.propgov.governance.examples.handbook.HandbookMarkdown;
import io.propgov.governance.examples.handbook.Handbooks;
import io.propgov.governance.examples.handbook.ScenarioIndex;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy doc}: a layered policy as a handbook, every parameter with its values over time,
 * their sources and assumption marks, the level that set each, the bounds of the levels, the rules
 * that read it and the scenarios that reach them; Markdown or one HTML page, in English or Chinese.
 */
@Command(name = "doc", mixinStandardHelpOptions = true,
    description = {"Write a policy's handbook: every parameter with its values over time, their sources and"
        + " model-assumption marks, the level that set each value, the bounds the levels set on it, the rules that"
        + " read it and the scenarios that exercise those rules.",
        "Exit 0 when written, 2 for a bad policy or option."})
final class PolicyDocCommand implements Callable<Integer> {

  /** The scenario folder read when none is named, where the repository keeps its scenarios. */
  static final Path DEFAULT_SCENARIOS = Path.of("governance-examples", "scenarios");

  /** The forms of the handbook. */
  enum Format { md, html }

  @Spec
  private CommandSpec spec;

  @Option(names = "--policy", paramLabel = "P", defaultValue = Presets.DEFAULT,
      description = "A preset id or a policy file (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Mixin
  private ParentOption parent;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md (Markdown) or html (one self-contained page with a contents list and collapsible"
          + " parameters) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--scenarios", paramLabel = "DIR",
      description = "The scenario folder whose scenarios are listed under the rules they reach (default: "
          + "governance-examples/scenarios when it exists, else none).")
  private Path scenarios;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the handbook to this file instead of standard output: whole or not at all (a temporary"
          + " file beside it, moved into place when complete).")
  private Path outFile;

  @Mixin
  private LangOption language;

  @Override
  public Integer call() throws IOException {
    var locale = language.locale();
    if (outFile != null) {
      BatchCommand.check(null, outFile);
    }
    Path folder = scenarios != null ? scenarios : Files.isDirectory(DEFAULT_SCENARIOS) ? DEFAULT_SCENARIOS : null;
    if (folder != null && !Files.isDirectory(folder)) {
      throw new GovernanceCli.UsageError("--scenarios " + folder + ": no such folder");
    }
    GovernanceJson json = parent.reader();
    ResolvedPolicy resolved = Presets.resolveLayered(json, policy, Path.of(""));
    ScenarioIndex index = folder == null ? ScenarioIndex.none() : ScenarioIndex.run(GovernanceJson.create(), folder);
    Handbook book = Handbooks.of(json, resolved, index, folder == null ? null : folder.toString().replace('\\', '/'),
        locale);
    String output = format == Format.html ? HandbookHtml.render(book) : HandbookMarkdown.render(book);
    write(output);
    return 0;
  }

  /** Prints the output, or writes it to {@code --out} whole or not at all. */
  private void write(String output) {
    BatchOutput.printOrWrite(spec.commandLine().getOut(), outFile, output);
  }

}

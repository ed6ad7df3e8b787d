package io.propgov.governance.examples.cli;

import io.propgov.governance.engine.EstateResult;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate}: judges every estate of a facts file under a policy and prints the decisions. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluate every estate of a facts file under a policy and print the decisions with their reasons.",
        "With no options: the bundled default policy and sample data."})
final class EvaluateCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Option(names = "--policy", paramLabel = "P", defaultValue = Presets.DEFAULT,
      description = "A preset id or a policy file (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(names = "--facts", paramLabel = "F", description = "A facts file (default: the bundled sample estates).")
  private Path facts;

  @Option(names = "--as-of", paramLabel = "D",
      description = "The date of the decisions, YYYY-MM-DD (default: the facts file's asOf, else today).")
  private LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "en or zh: the language of the explanations (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Override
  public Integer call() {
    Locale locale = Options.locale(lang);
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine engine = GovernanceEngine.create(Presets.resolve(json, policy, Path.of("")));
    Facts input = facts == null ? SampleData.load(json) : json.readFacts(facts);
    LocalDate date = asOf != null ? asOf : input.asOfDate().orElseGet(LocalDate::now);
    List<EstateResult> results = engine.assessAll(input.estates(), date);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json.writeResults(results, engine.policy(), date, locale));
    } else {
      out.print(TextReport.render(results, engine.policy(), date, locale));
    }
    boolean anyRejected = results.stream().anyMatch(r -> r instanceof EstateResult.Rejected);
    return anyRejected ? GovernanceCli.BAD_INPUT : 0;
  }
}

package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.examples.scenario.WhatIfDocument;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Printable;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.whatif.Change;
import io.propgov.governance.whatif.RuleFlip;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diff}: what if the same facts were judged under another policy, or on another date. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Judge the same facts under two policies (or on two dates) and list every decision that differs:"
        + " the estate or unit, the old and new outcome, and the rules whose outcome flipped with their figures;"
        + " then the flips counted per rule.", "Exit 0 whether or not anything differs; 2 on bad input."})
final class DiffCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper(io.propgov.governance.json.InputLimits.jsonFactory())
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Spec
  private CommandSpec spec;

  @Option(names = "--policy", paramLabel = "A", defaultValue = Presets.DEFAULT,
      description = "The policy before: a preset id or a policy file (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(names = "--policy-b", paramLabel = "B",
      description = "The policy after (default: the same policy, to compare two dates).")
  private String policyB;

  @Option(names = "--parent", paramLabel = "FILE",
      description = "A policy file that either policy (or another parent) extends; repeat for each level.")
  private List<Path> parents;

  @Option(names = "--facts", paramLabel = "F", description = "A facts file (default: the bundled sample estates).")
  private Path facts;

  @Option(names = "--as-of", paramLabel = "D", description = "The date before (default: the facts' asOf, else today).")
  private LocalDate asOf;

  @Option(names = "--as-of-b", paramLabel = "D2", description = "The date after (default: the date before).")
  private LocalDate asOfB;

  @Option(names = "--json", description = "Write the comparison as JSON.")
  private boolean json;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "en or zh: the language of the headlines (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Override
  public Integer call() throws JsonProcessingException {
    Locale locale = Options.locale(lang);
    GovernanceJson reader = Options.withParents(GovernanceJson.create(), parents);
    // Both sides are read before either is refused, so that the errors of both are reported at once.
    List<String> invalid = new ArrayList<>();
    GovernanceEngine a = side("A", policy, reader, invalid);
    GovernanceEngine b = policyB == null ? a : side("B", policyB, reader, invalid);
    if (!invalid.isEmpty()) {
      throw new GovernanceCli.UsageError(String.join("\n", invalid));
    }
    Facts input = facts == null ? SampleData.load(reader) : reader.readFacts(facts);
    LocalDate before = asOf != null ? asOf : input.asOfDate().orElseGet(LocalDate::now);
    LocalDate after = asOfB != null ? asOfB : before;
    WhatIfDocument diff = WhatIfDocument.compare(input, new WhatIfDocument.Side(a, before),
        new WhatIfDocument.Side(b, after));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(MAPPER.writeValueAsString(diff.toJson(locale)));
    } else {
      out.print(text(diff, locale));
    }
    return 0;
  }

  /** The engine of one side, or null with its errors added, headed by the side's name. */
  private static GovernanceEngine side(String name, String reference, GovernanceJson reader, List<String> invalid) {
    try {
      return GovernanceEngine.create(Presets.resolve(reader, reference, Path.of("")));
    } catch (InvalidInputException e) {
      int n = e.errors().size();
      invalid.add("policy " + name + " (" + Printable.of(reference) + ") invalid, " + n
          + (n == 1 ? " error:" : " errors:")
          + e.errors().stream().map(error -> "\n  " + error).collect(Collectors.joining()));
      return null;
    }
  }

  static String text(WhatIfDocument diff, Locale locale) {
    StringBuilder b = new StringBuilder();
    b.append("What if: ").append(diff.before().engine().policy().ref()).append(" on ").append(diff.before().asOf())
        .append("  ->  ").append(diff.after().engine().policy().ref()).append(" on ").append(diff.after().asOf())
        .append('\n');
    for (Change change : diff.report().changes()) {
      b.append('\n').append(Printable.of(change.entity())).append(change.path().isEmpty() ? "" : "  "
          + Printable.of(change.path())).append('\n');
      b.append("  was: ").append(change.before() == null ? "-" : Printable.of(change.before().headline(locale)))
          .append('\n');
      b.append("  now: ").append(change.after() == null ? "-" : Printable.of(change.after().headline(locale)))
          .append('\n');
      for (RuleFlip flip : change.flips()) {
        b.append("  ").append(flip.ruleId()).append("  ").append(flip.transition()).append("   ")
            .append(figures(flip.beforeFigures())).append("  ->  ").append(figures(flip.afterFigures())).append('\n');
      }
    }
    int entities = diff.report().entities().size();
    b.append('\n').append(diff.report().changes().size()).append(" decision(s) differ in ").append(entities)
        .append(" entit").append(entities == 1 ? "y" : "ies").append('\n');
    diff.report().summary().forEach((rule, transitions) -> transitions.forEach((t, n) ->
        b.append("  ").append(rule).append("  ").append(t).append(": ").append(n).append('\n')));
    return b.toString();
  }

  private static String figures(List<Figure> figures) {
    return figures.isEmpty() ? "-" : figures.stream().map(f -> f.name() + " " + f.display())
        .collect(Collectors.joining(", "));
  }
}

package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.examples.scenario.WhatIfDocument;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.error.Printable;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.whatif.Change;
import io.propgov.governance.whatif.RuleFlip;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  @Option(names = "--as-of", paramLabel = "D", description = "The date before, YYYY-MM-DD, or today (today's date in"
      + " --zone); default: the facts' asOf. Without either the command stops: it never takes today's date unasked.")
  private String asOf;

  @Option(names = "--as-of-b", paramLabel = "D2",
      description = "The date after, YYYY-MM-DD or today (default: the date before).")
  private String asOfB;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "With --as-of today: the time zone whose date is today's (default: " + Options.DEFAULT_ZONE
          + "); the output records it.")
  private String zone;

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
    Side sideA = side("A", policy, reader, invalid);
    Side sideB = policyB == null ? sideA : side("B", policyB, reader, invalid);
    if (!invalid.isEmpty()) {
      throw new GovernanceCli.UsageError(String.join("\n", invalid));
    }
    ResolvedPolicy resolvedA = sideA.resolved();
    ResolvedPolicy resolvedB = sideB.resolved();
    GovernanceEngine a = sideA.engine();
    GovernanceEngine b = sideB.engine();
    Facts input = facts == null ? SampleData.load(reader) : reader.readFacts(facts);
    // --zone goes with whichever date is "today"; given with neither, the first date's check refuses it.
    boolean todayB = "today".equals(asOfB);
    Options.AsOf first = Options.asOf(asOf, todayB && !"today".equals(asOf) ? null : zone, input.asOfDate(), true);
    Options.AsOf second = asOfB == null ? first
        : Options.asOf("--as-of-b", asOfB, todayB ? zone : null, Optional.empty(), false);
    WhatIfDocument diff = WhatIfDocument.compare(input, new WhatIfDocument.Side(a, first.date()),
        new WhatIfDocument.Side(b, second.date()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode doc = diff.toJson(locale);
      identify((ObjectNode) doc.get("before"), reader.policyHash(resolvedA), first);
      identify((ObjectNode) doc.get("after"), reader.policyHash(resolvedB), second);
      out.println(MAPPER.writeValueAsString(doc));
    } else {
      out.print(text(diff, locale));
      if (first.zone() != null || second.zone() != null) {
        out.println(("zh".equals(locale.getLanguage()) ? "日期：" : "dates: ") + first.text(locale) + "  ->  "
            + second.text(locale));
      }
    }
    return 0;
  }

  /** One side's resolved policy and its engine. */
  private record Side(ResolvedPolicy resolved, GovernanceEngine engine) {}

  /** One side, or null with its errors added, headed by the side's name. */
  private static Side side(String name, String reference, GovernanceJson reader, List<String> invalid) {
    try {
      ResolvedPolicy resolved = Presets.resolveLayered(reader, reference, Path.of(""));
      return new Side(resolved, GovernanceEngine.create(resolved.policy()));
    } catch (InvalidInputException e) {
      int n = e.errors().size();
      invalid.add("policy " + name + " (" + Printable.of(reference) + ") invalid, " + n
          + (n == 1 ? " error:" : " errors:")
          + e.errors().stream().map(error -> "\n  " + error).collect(Collectors.joining()));
      return null;
    }
  }

  /** Adds a side's policy content hash and, for a date that was today's, the zone it was read in. */
  private static void identify(ObjectNode side, String hash, Options.AsOf asOf) {
    side.put("policyHash", hash);
    if (asOf.zone() != null) {
      side.put("asOfZone", asOf.zone().getId());
    }
  }

  static String text(WhatIfDocument diff, Locale locale) {
    if ("zh".equals(locale.getLanguage())) {
      return chinese(diff, locale);
    }
    StringBuilder b = heading(diff, "What if: ", " on ");
    for (Change change : diff.report().changes()) {
      appendChange(b, change, locale, "  was: ", "  now: ");
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

  /**
   * The comparison in Chinese: a flipped rule reads as its Chinese reason before and after, rather
   * than as figure names, which are English.
   */
  private static String chinese(WhatIfDocument diff, Locale locale) {
    StringBuilder b = heading(diff, "假设比较：", "，");
    for (Change change : diff.report().changes()) {
      appendChange(b, change, locale, "  原为：", "  现为：");
      for (RuleFlip flip : change.flips()) {
        b.append("  ").append(flip.ruleId()).append("  ").append(transition(flip)).append('\n');
        b.append("    原：").append(reason(change.before(), flip.ruleId(), flip.before(), locale)).append('\n');
        b.append("    现：").append(reason(change.after(), flip.ruleId(), flip.after(), locale)).append('\n');
      }
    }
    b.append('\n').append("共 ").append(diff.report().entities().size()).append(" 个对象的 ")
        .append(diff.report().changes().size()).append(" 项决定不同").append('\n');
    diff.report().summary().forEach((rule, transitions) -> transitions.forEach((t, n) ->
        b.append("  ").append(rule).append("  ").append(outcomes(t)).append("：").append(n).append(" 项\n")));
    return b.toString();
  }

  /** The first line of the comparison: each side's policy and date, joined by {@code on}, under the title. */
  private static StringBuilder heading(WhatIfDocument diff, String title, String on) {
    return new StringBuilder(title).append(diff.before().engine().policy().ref()).append(on)
        .append(diff.before().asOf()).append("  ->  ").append(diff.after().engine().policy().ref()).append(on)
        .append(diff.after().asOf()).append('\n');
  }

  /** A changed decision's entity (and path), then its headline before and after under the labels given. */
  private static void appendChange(StringBuilder b, Change change, Locale locale, String was, String now) {
    b.append('\n').append(Printable.of(change.entity())).append(change.path().isEmpty() ? "" : "  "
        + Printable.of(change.path())).append('\n');
    b.append(was).append(change.before() == null ? "-" : Printable.of(change.before().headline(locale))).append('\n');
    b.append(now).append(change.after() == null ? "-" : Printable.of(change.after().headline(locale))).append('\n');
  }

  /** The text of the reason a flipped rule gave on one side; "-" where it was not applied. */
  private static String reason(io.propgov.governance.explain.Decision<?> decision, String ruleId, Outcome outcome,
      Locale locale) {
    if (decision == null || outcome == null) {
      return "未适用";
    }
    return decision.reasons().stream().filter(r -> r.ruleId().equals(ruleId) && r.outcome() == outcome).findFirst()
        .map(r -> Printable.of(r.text(locale))).orElse("-");
  }

  private static String transition(RuleFlip flip) {
    return outcome(flip.before()) + " -> " + outcome(flip.after());
  }

  /** A transition as {@link RuleFlip#transition()} writes it, in Chinese. */
  private static String outcomes(String transition) {
    StringBuilder b = new StringBuilder();
    String[] sides = transition.split(" -> ", -1);
    for (int i = 0; i < sides.length; i++) {
      b.append(i == 0 ? "" : " -> ").append(sides[i].equals("-") ? "未适用" : outcome(Outcome.valueOf(sides[i])));
    }
    return b.toString();
  }

  private static String outcome(Outcome outcome) {
    if (outcome == null) {
      return "未适用";
    }
    return switch (outcome) {
      case MET -> "满足";
      case NOT_MET -> "未满足";
      case NOT_APPLICABLE -> "不适用";
    };
  }

  private static String figures(List<Figure> figures) {
    return figures.isEmpty() ? "-" : figures.stream().map(f -> f.name() + " " + f.display())
        .collect(Collectors.joining(", "));
  }
}

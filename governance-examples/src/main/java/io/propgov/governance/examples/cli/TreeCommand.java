package io.propgov.governance.examples.cli;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.error.Printable;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tree}: prints a unit's subtree with the city rates the policy defines for every unit. */
@Command(name = "tree", mixinStandardHelpOptions = true,
    description = {"Print an organisation unit's subtree with each unit's rates as the policy defines them"
        + " (metrics.rates; the presets' coverage by any mode, professional coverage, committee coverage,"
        + " participation, fee collection, share of estates rated satisfactory, and wuhan-4's estates whose company"
        + " has its own party organisation; with"
        + " money facts, Wuhan Jiang'an's shares of estates that break even and that collect fees),"
        + " each as numerator/denominator and percentage.",
        "With no options: the bundled default policy and sample data, from the root."})
final class TreeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--policy", paramLabel = "P", defaultValue = Presets.DEFAULT,
      description = "A preset id or a policy file (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(names = "--facts", paramLabel = "F", description = "A facts file with units (default: the bundled sample).")
  private Path facts;

  @Mixin
  private AsOfOptions dateOptions;


  @Option(names = "--unit", paramLabel = "U", description = "The unit to start from (default: every root).")
  private String unit;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Override
  public Integer call() {
    Locale locale = Options.locale(lang);
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine engine = GovernanceEngine.create(Presets.resolve(json, policy, Path.of("")));
    if (!engine.judgesHierarchy()) {
      throw new GovernanceCli.UsageError("policy " + engine.policy().ref()
          + " sets no organisation parameters (org.*), so it cannot judge a tree; try --policy wuhan-4");
    }
    Facts input = facts == null ? SampleData.load(json) : json.readFacts(facts);
    if (input.units().isEmpty()) {
      throw new GovernanceCli.UsageError("the facts have no organisation units (\"units\")");
    }
    Options.AsOf when = dateOptions.resolve(input.asOfDate());
    LocalDate date = when.date();
    HierarchyFacts hierarchy = input.hierarchy();
    Map<String, UnitRates> rates = engine.rates(hierarchy, date);
    OrgTree tree = engine.hierarchy().tree(hierarchy.units(), date);
    List<OrgUnit> starts = unit == null ? tree.roots() : List.of(tree.unit(unit).orElseThrow(() ->
        new GovernanceCli.UsageError("no unit '" + Printable.of(unit) + "' in the tree")));
    StringBuilder out = new StringBuilder();
    boolean zh = "zh".equals(locale.getLanguage());
    out.append(zh ? "政策 " : "Policy ").append(engine.policy().ref()).append(zh ? "，评估日期 " : ", as of ")
        .append(when.text(locale)).append('\n');
    LevelTemplate levels = engine.policy().valueAt(OrgParameters.LEVELS, date).value();
    Map<String, io.propgov.governance.money.MoneyRates> money = new java.util.HashMap<>();
    if (engine.judgesMoney() && !input.money().isEmpty()) {
      engine.moneyRates(input.governance(), date).forEach((id, d) -> money.put(id, d.value()));
    }
    for (OrgUnit start : starts) {
      print(tree, start, rates, money, levels, zh, out);
    }
    spec.commandLine().getOut().print(out);
    return 0;
  }

  /** Prints depth-first with an explicit stack, so a deep tree cannot overflow. */
  private static void print(OrgTree tree, OrgUnit start, Map<String, UnitRates> rates,
      Map<String, io.propgov.governance.money.MoneyRates> money, LevelTemplate levels, boolean zh, StringBuilder out) {
    record Item(OrgUnit unit, int depth) {}
    Deque<Item> stack = new ArrayDeque<>();
    stack.push(new Item(start, 0));
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      OrgUnit u = item.unit();
      out.append("  ".repeat(item.depth())).append(item.depth() == 0 ? "" : "└ ").append(Printable.of(u.id()));
      if (!u.name().isEmpty()) {
        out.append(' ').append(Printable.of(u.name()));
      }
      // In Chinese a level reads by the policy's name for it; in English by its code.
      String level = zh ? levels.level(u.level()).map(Level::zh).orElse(u.level()) : u.level();
      out.append(" [").append(Printable.of(level)).append("]  ").append(RatesText.of(rates.get(u.id()), zh));
      if (money.containsKey(u.id())) {
        out.append(RatesText.money(money.get(u.id()), zh));
      }
      out.append('\n');
      List<OrgUnit> children = tree.children(u.id());
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new Item(children.get(i), item.depth() + 1));
      }
    }
  }
}

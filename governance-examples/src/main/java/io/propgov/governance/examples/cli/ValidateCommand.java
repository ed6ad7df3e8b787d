package io.propgov.governance.examples.cli;

import io.propgov.governance.area.Valid;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.json.InputLimits;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.layer.ResolvedPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks a policy or facts document and prints every error. Facts are also
 * checked against a policy (scores on its scale, dates it has values for).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a policy or facts file and print every error, each with its JSON Pointer.",
        "Exit 0 when valid, 2 when invalid or unreadable."})
final class ValidateCommand implements Callable<Integer> {

  /** Tells a policy from facts; the reader chosen then reports what is wrong with the document. */
  private static final ObjectMapper SNIFFER = new ObjectMapper(InputLimits.jsonFactory());

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A policy or facts file (told apart by its \"parameters\" or \"estates\" field).")
  private Path file;

  @Option(names = "--policy", paramLabel = "P", defaultValue = Presets.DEFAULT,
      description = "For a facts file: the policy to check it against (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(names = "--levels",
      description = "For a policy file: also list, for each parameter, the level that set its value in force, marked"
          + " [model assumption / 本模型假设] when its source does not give it.")
  private boolean levels;

  @Mixin
  private AsOfOptions dateOptions;

  @Mixin
  private LangOption lang;


  @Mixin
  private ParentOption parent;

  @Override
  public Integer call() {
    GovernanceJson json = parent.reader();
    PrintWriter out = spec.commandLine().getOut();
    java.util.Locale locale = lang.locale();
    boolean zh = "zh".equals(locale.getLanguage());
    if (isPolicy(file)) {
      Options.AsOf when = levels ? dateOptions.resolve() : null;
      ResolvedPolicy resolved = json.readResolved(file);
      GovernanceEngine engine = GovernanceEngine.create(resolved.policy());
      String through = String.join(" > ", resolved.levels().stream().map(PolicyRef::toString).toList());
      int count = engine.policy().parameters().size();
      out.println(zh ? "政策 " + engine.policy().ref() + " 有效：共 " + count + " 个参数，层级 " + through
          : "valid policy " + engine.policy().ref() + ": " + count + " parameters, through " + through);
      if (levels) {
        LocalDate date = when.date();
        // In Chinese the mark is the Chinese one alone; in English both, as the presets word it.
        String mark = zh ? " [" + Citation.MARK_ZH + "]" : " [" + Citation.MARK_EN + " / " + Citation.MARK_ZH + "]";
        engine.policy().parameters().forEach((key, timeline) -> {
          String setBy = resolved.setBy(key, date).orElse(null);
          String assumption = timeline.at(date).filter(v -> v.source().assumption()).map(v -> mark).orElse("");
          out.println("  " + key.id() + (zh
              ? "：" + (setBy == null ? date + " 无有效值" : "由 " + setBy + " 设定")
              : ": set by " + (setBy == null ? "(no value in force on " + date + ")" : setBy)) + assumption);
        });
        if (when.zone() != null) {
          out.println((zh ? "各层级按 " : "levels in force on ") + when.text(locale) + (zh ? " 生效" : ""));
        }
      }
      out.println((zh ? "内容哈希 sha256 " : "content sha256 ") + json.policyHash(resolved));
      return 0;
    }
    // An estate the reader refuses does not hide the rule errors of the others: all come out at once.
    EstateLocalFacts read = EstateLocalFacts.read(json, file);
    Facts facts = read.facts();
    GovernanceEngine engine = GovernanceEngine.create(Presets.resolve(json, policy, Path.of("")));
    List<InputError> errors = new ArrayList<>();
    read.rejected().forEach(r -> errors.addAll(r.errors()));
    errors.addAll(read.sharedIds());
    Options.AsOf when;
    try {
      when = dateOptions.resolve(facts.asOfDate());
    } catch (GovernanceCli.UsageError noDate) {
      if (errors.isEmpty()) {
        throw noDate;
      }
      // What the file shows wrong without a date still comes out, with the missing date beside it.
      errors.add(new InputError("/asOf", "required", noDate.getMessage()
          + "; the checks that depend on the date were not made"));
      throw new InvalidFactsException(errors);
    }
    LocalDate date = when.date();
    boolean tree = !facts.units().isEmpty() && engine.judgesHierarchy();
    if (tree) {
      engine.validate(facts.hierarchy(), date).forEach(e -> errors.add(read.remap(e)));
    } else {
      engine.assessAll(facts.estates(), date).forEach(r -> r.errors().forEach(e -> errors.add(read.remap(e))));
    }
    others(engine, facts, date).forEach(e -> errors.add(read.remap(e)));
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(ValidateCommand::estateOf));
      throw new InvalidFactsException(errors);
    }
    if (zh) {
      out.println("事实数据有效：小区 " + facts.estates().size() + " 个"
          + (tree ? "，组织单位 " + facts.units().size() + " 个，事项 " + facts.matters().size() + " 件" : "")
          + "，企业 " + facts.companies().size() + " 家，住户 " + facts.households().size() + " 户，申请 "
          + facts.applications().size() + " 项，费用分摊 " + facts.costShares().size() + " 项"
          + "，按 " + engine.policy().ref() + " 检查，评估日期 " + when.text(locale));
      return 0;
    }
    out.println("valid facts: " + facts.estates().size() + " estates"
        + (tree ? ", " + facts.units().size() + " units, " + facts.matters().size() + " matters" : "")
        + ", " + facts.companies().size() + " companies, " + facts.households().size() + " households, "
        + facts.applications().size() + " applications, " + facts.costShares().size() + " cost shares"
        + ", checked against " + engine.policy().ref() + " as of " + when.text(java.util.Locale.ENGLISH));
    return 0;
  }

  /** The estate an error is about, for the order of the report; errors about no estate come last, in order. */
  private static int estateOf(InputError error) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/estates/(\\d+)(?=/|$)").matcher(error.pointer());
    return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  /**
   * Every problem with the credit records, households, applications, cost shares, contracts and mode
   * votes the policy judges.
   */
  private static List<InputError> others(GovernanceEngine engine, Facts facts, LocalDate date) {
    List<InputError> errors = new ArrayList<>();
    if (engine.judgesCredit()) {
      for (int i = 0; i < facts.companies().size(); i++) {
        errors.addAll(Valid.errors(engine.credit().validate(facts.companies().get(i), "/companies/" + i, date)));
      }
      for (int i = 0; i < facts.households().size(); i++) {
        errors.addAll(Valid.errors(engine.arrears().validate(facts.households().get(i), "/households/" + i, date)));
      }
    }
    engine.awardAll(facts.applications(), facts.estates(), facts.companies(), date)
        .forEach(r -> errors.addAll(r.errors()));
    engine.splitAll(facts.costShares(), date).forEach(r -> errors.addAll(r.errors()));
    HandoverPart.judge(engine, facts, date).all().forEach(r -> errors.addAll(r.errors()));
    return errors;
  }

  /**
   * A policy document is an object with a "parameters" field; anything else, unreadable JSON
   * included, is read as facts, whose reader reports what is wrong with it.
   */
  private static boolean isPolicy(Path file) {
    // Read as bytes within the common limits, so that a byte order mark is passed over as by the readers.
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = SNIFFER.readTree(in);
      return root != null && root.isObject() && root.has("parameters") && !root.has("estates");
    } catch (JsonProcessingException e) {
      return false;
    } catch (IOException e) {
      throw new GovernanceCli.UsageError("cannot read " + file + ": " + e.getMessage());
    }
  }
}

package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.examples.report.EstateSummary;
import io.propgov.governance.examples.report.ReportTotals;
import io.propgov.governance.examples.report.Summaries;
import io.propgov.governance.examples.report.SummaryCsv;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.owners.OwnersCoverage;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: judges every estate of a facts file under a policy and, when the facts hold
 * an organisation tree and the policy has a level template, reports on each root unit; when the
 * facts hold companies' credit records or households in arrears and the policy sets the credit
 * parameters, assesses each.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluate every estate of a facts file under a policy and print a summary, one row per estate"
        + " (status, latest rating and vote, tier against target, mode, company and credit, awards), then the totals;"
        + " --detail adds every decision with its reasons, each source once as a numbered footnote;"
        + " with organisation units in the facts, also report on each root unit of the tree;"
        + " with companies or households in the facts, also assess their credit or arrears;"
        + " with applications and cost shares, judge them, share each programme's budget and split each cost;"
        + " with work orders, judge each on time or late, the three rates per unit and company and month, and the"
        + " monthly rankings.",
        "With no options: the bundled default policy and sample data."})
final class EvaluateCommand implements Callable<Integer> {

  enum Format { text, json, csv, html }

  private static final ObjectMapper MAPPER = new ObjectMapper(io.propgov.governance.json.InputLimits.jsonFactory())
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Spec
  private CommandSpec spec;

  @Option(names = "--policy", paramLabel = "P", defaultValue = Presets.DEFAULT,
      description = "A preset id (cn-default, wuhan-4, handan-4, chuxiong-3, chuxiong-5, yantai, lianyungang, caolu) or a policy file"
          + " (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Mixin
  private ParentOption parent;

  @Option(names = "--facts", paramLabel = "F", description = "A facts file (default: the bundled sample estates).")
  private Path facts;

  @Mixin
  private AsOfOptions dateOptions;


  @Option(names = "--sign", paramLabel = "KEY",
      description = "With --format json: sign the report with this Ed25519 private key (PKCS#8 PEM,"
          + " -----BEGIN PRIVATE KEY-----), so that verify --key PUB can check who issued it.")
  private Path sign;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a summary table, then details with --detail), json (the signed-ready report with"
          + " every decision), csv (the summary, one row per estate, UTF-8 with a byte order mark for Excel) or html"
          + " (one self-contained page: the summary sortable and filterable by status, every decision with its"
          + " reasons, the organisation tree's rates drawn, the receipt hash; it needs no network)"
          + " (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--detail",
      description = "With text: after the summary, every decision with every reason, and each source once as a"
          + " numbered footnote.")
  private boolean detail;

  @Option(names = "--estate", paramLabel = "ID",
      description = "With text or csv: only this estate, its summary row and (text) every reason.")
  private String estate;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the output to this file instead of standard output: whole or not at all (a temporary"
          + " file beside it, moved into place when complete).")
  private Path outFile;

  @Mixin
  private LangOption language;

  @Override
  public Integer call() throws JsonProcessingException {
    Locale locale = language.locale();
    if (sign != null && format != Format.json) {
      throw new GovernanceCli.UsageError("--sign needs --format json: the signature goes in the JSON report's receipt");
    }
    if (detail && format != Format.text) {
      throw new GovernanceCli.UsageError("--detail goes with --format text: the details are the text report's");
    }
    if (estate != null && format == Format.json) {
      throw new GovernanceCli.UsageError("--estate goes with --format text or csv: a JSON report holds every estate"
          + " of its inputs, so that verify can re-evaluate it");
    }
    if (estate != null && format == Format.html) {
      throw new GovernanceCli.UsageError("--estate goes with --format text or csv: the HTML report holds every estate,"
          + " and its summary filters them");
    }
    if (outFile != null) {
      BatchCommand.check(null, outFile);
    }
    PrivateKey signer = sign == null ? null : Signing.privateKey(sign, "--sign");
    GovernanceJson json = parent.reader();
    ResolvedPolicy resolved = Presets.resolveLayered(json, policy, Path.of(""));
    GovernanceEngine engine = GovernanceEngine.create(resolved.policy());
    // An estate the reader refuses is rejected alone; a JSON report keeps it, as given, among its inputs.
    EstateLocalFacts read = facts == null ? EstateLocalFacts.whole(SampleData.load(json))
        : EstateLocalFacts.read(json, facts);
    Facts input = read.facts();
    Options.AsOf when = dateOptions.resolve(input.asOfDate());
    LocalDate date = when.date();
    List<Result<EstateReport>> reports = engine.assessEstates(input.governance(), date);
    Tree tree = Tree.judge(engine, input, date);
    reports = read.merge(reports);
    tree = tree.without(read);
    CreditReport credit = CreditReport.judge(engine, input, date);
    SubsidyPart subsidies = SubsidyPart.judge(engine, input, date);
    HandoverPart handover = HandoverPart.judge(engine, input, date);
    WorkOrderPart orders = WorkOrderPart.judge(engine, input, date);
    String output;
    if (format == Format.html) {
      output = HtmlPart.render(json, engine, resolved, read, when, language.lang(), reports, tree, credit, subsidies,
          handover, orders, Summaries.of(reports, input.estates(), credit.companies(), subsidies.allocations()));
    } else if (format == Format.json) {
      // The report carries its inputs and a receipt, so that verify can reproduce it on its own.
      ObjectNode doc = ReportDocument.withReceipt(json, ReportDocument.decisions(json, engine, read, date, locale),
          resolved, read, when, language.lang(), signer);
      output = MAPPER.writeValueAsString(doc) + System.lineSeparator();
    } else {
      List<EstateSummary> rows = Summaries.of(reports, input.estates(), credit.companies(), subsidies.allocations());
      TextReport report = new TextReport(engine.policy().ref(), when.text(locale), reports, rows,
          ReportTotals.of(rows, credit.companies(), subsidies.allocations()), tree, input.units().size(), credit,
          subsidies, handover, orders);
      if (format == Format.csv) {
        output = SummaryCsv.document(estate == null ? rows : report.rows(estate), locale);
      } else {
        output = report.render(locale, detail, estate) + identity(json, resolved, locale) + "\n";
      }
    }
    write(output);
    boolean anyRejected = reports.stream().anyMatch(r -> !r.isDecided())
        || subsidies.anyRejected() || credit.anyRejected() || handover.anyRejected() || orders.anyRejected();
    return anyRejected || !tree.errors().isEmpty() || tree.anyRejected() ? GovernanceCli.BAD_INPUT : 0;
  }

  /** Prints the output, or writes it to {@code --out} whole or not at all. */
  private void write(String output) {
    BatchOutput.printOrWrite(spec.commandLine().getOut(), outFile, output);
  }


  /** The policy's identity in short: id and version, the start of its content hash, its levels. */
  static String identity(GovernanceJson json, ResolvedPolicy resolved, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String levels = String.join(" > ", resolved.levels().stream().map(Object::toString).toList());
    return (zh ? "政策标识：" : "Policy identity: ") + resolved.policy().ref() + (zh ? "，内容哈希 sha256:" : ", content sha256:")
        + json.policyHash(resolved).substring(0, 16) + "…" + (zh ? "，层级 " : ", levels ") + levels;
  }

  /**
   * The tree part of an evaluation: a report per root, or the errors that kept the tree from being
   * judged, and each root's owners' representation coverage when the owners' organisation is judged.
   */
  record Tree(List<Decision<UnitReport>> reports, List<InputError> errors, boolean judged,
      List<Decision<OwnersCoverage>> owners) {

    /**
     * This part for a file some of whose estates were refused: their units' rates would leave
     * them out, so the tree is not judged, and its own errors point into the file.
     */
    Tree without(EstateLocalFacts read) {
      if (!judged) {
        return this;
      }
      List<InputError> all = new java.util.ArrayList<>();
      read.rejected().forEach(r -> all.add(new InputError("/estates/" + r.index(), "invalid-estate",
          "estate " + r.id() + " has invalid facts (see its errors), so the tree it belongs to is not judged")));
      errors.forEach(e -> all.add(read.remap(e)));
      return all.isEmpty() ? this : new Tree(List.of(), all, true, List.of());
    }

    static Tree judge(GovernanceEngine engine, Facts input, LocalDate date) {
      if (input.units().isEmpty() || !engine.judgesHierarchy()) {
        return new Tree(List.of(), List.of(), false, List.of());
      }
      HierarchyFacts hierarchy = input.hierarchy();
      try {
        // Throws only when the tree itself is invalid; a bad estate or matter is left out of the reports alone.
        engine.rates(hierarchy, date);
      } catch (InvalidFactsException e) {
        return new Tree(List.of(), e.errors(), true, List.of());
      }
      List<Decision<UnitReport>> reports = engine.hierarchy().tree(hierarchy.units(), date).roots().stream()
          .map(OrgUnit::id).map(root -> engine.report(hierarchy, root, date)).toList();
      // Each root's owners' representation, when the policy judges it and the facts describe it.
      List<Decision<OwnersCoverage>> owners = List.of();
      if (engine.judgesOwners() && !input.owners().isEmpty()) {
        java.util.Map<String, Decision<OwnersCoverage>> coverage = engine.ownersCoverage(input.governance(), date);
        owners = reports.stream().map(r -> coverage.get(r.value().unitId())).toList();
      }
      return new Tree(reports, List.of(), true, owners);
    }

    /** Whether a report left out an estate, matter or meeting for its errors. @return true when one did */
    boolean anyRejected() {
      return reports.stream().anyMatch(r -> !r.value().rejected().isEmpty());
    }
  }
}

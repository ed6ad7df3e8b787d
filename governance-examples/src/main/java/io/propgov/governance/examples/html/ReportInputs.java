package io.propgov.governance.examples.html;

import io.propgov.governance.area.Result;
import io.propgov.governance.credit.ArrearsAssessment;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.examples.report.EstateSummary;
import io.propgov.governance.examples.report.ReportTotals;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import java.util.List;
import java.util.Objects;

/**
 * What {@code evaluate} computed, as the HTML report shows it: the same decisions as the text and
 * JSON reports, and the receipt hash of the JSON report of the same evaluation.
 *
 * @param policy the policy's id, version and hash, never null
 * @param levels the policy's levels, outermost first, never null
 * @param policyHash the policy's content hash (its flat form and resolution), never null
 * @param asOf the as-of date as the user reads it (with its zone when it was today's), never null
 * @param receiptHash the hash of the JSON report's receipt, never null
 * @param sdkVersion the version of the SDK that made the report, never null
 * @param estates each estate's whole-estate assessment or errors, in input order, never null
 * @param summaries each estate's summary row, in the same order, never null
 * @param totals the summary's totals, never null
 * @param tree the organisation tree's part, never null
 * @param credit the credit part, never null
 * @param subsidies the subsidy part, never null
 */
public record ReportInputs(PolicyRef policy, List<String> levels, String policyHash, String asOf, String receiptHash,
    String sdkVersion, List<Result<EstateReport>> estates, List<EstateSummary> summaries, ReportTotals totals, Tree tree,
    Credit credit, Subsidies subsidies) {

  /** Checks the parts and copies the lists. */
  public ReportInputs {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(policyHash, "policyHash");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(receiptHash, "receiptHash");
    Objects.requireNonNull(sdkVersion, "sdkVersion");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(subsidies, "subsidies");
    levels = List.copyOf(levels);
    estates = List.copyOf(estates);
    summaries = List.copyOf(summaries);
    Objects.requireNonNull(totals, "totals");
    if (summaries.size() != estates.size()) {
      throw new IllegalArgumentException("one summary row per estate: " + summaries.size() + " rows, "
          + estates.size() + " estates");
    }
  }

  /**
   * One unit of the organisation tree, in depth-first order.
   *
   * @param id the unit's id, never null
   * @param name its name, empty when none, never null
   * @param level its level as the page shows it: the policy's Chinese name for it on a Chinese page, its id otherwise
   * @param depth 0 for a root, its parent's plus one otherwise
   * @param rates the rates its policy defines, over its subtree, never null
   */
  public record Unit(String id, String name, String level, int depth, UnitRates rates) {}

  /**
   * The organisation tree's part.
   *
   * @param unitCount the units the facts hold
   * @param judged whether the policy judges the tree (it sets organisation parameters)
   * @param units each unit with its rates, depth-first, empty when not judged or invalid, never null
   * @param reports the report on each root unit, never null
   * @param errors the errors that kept the tree from being judged, never null
   * @param also the other decisions over the tree, shown after the reports: each root's owners'
   *     representation, then the work orders with their rankings, never null
   */
  public record Tree(int unitCount, boolean judged, List<Unit> units, List<Decision<UnitReport>> reports,
      List<InputError> errors, List<Decision<?>> also) {

    /** Copies the lists. */
    public Tree {
      units = List.copyOf(units);
      reports = List.copyOf(reports);
      errors = List.copyOf(errors);
      also = List.copyOf(also);
    }
  }

  /**
   * The credit part.
   *
   * @param skipped whether the facts hold credit records or households but the policy sets no credit parameters
   * @param companies each company's credit assessment, never null
   * @param households each household's arrears assessment, never null
   */
  public record Credit(boolean skipped, List<Result<CreditAssessment>> companies,
      List<Result<ArrearsAssessment>> households) {

    /** Copies the lists. */
    public Credit {
      companies = List.copyOf(companies);
      households = List.copyOf(households);
    }
  }

  /**
   * The subsidy part.
   *
   * @param applications each application's decision, never null
   * @param allocations each programme's allocation, never null
   * @param costShares each cost split, never null
   */
  public record Subsidies(List<Result<Award>> applications, List<Decision<Allocation>> allocations,
      List<Result<CostSplit>> costShares) {

    /** Copies the lists. */
    public Subsidies {
      applications = List.copyOf(applications);
      allocations = List.copyOf(allocations);
      costShares = List.copyOf(costShares);
    }
  }
}

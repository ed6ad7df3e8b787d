package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The subsidy part of {@code evaluate}: each application's decision, each programme's
 * allocation and each cost split, when the facts hold applications or cost shares.
 */
record SubsidyPart(List<Result<Award>> applications, List<Decision<Allocation>> allocations,
    List<Result<CostSplit>> costShares) {

  static SubsidyPart judge(GovernanceEngine engine, Facts input, LocalDate date) {
    List<Result<Award>> applications = input.applications().isEmpty() ? List.of()
        : engine.awardAll(input.applications(), input.estates(), input.companies(), date);
    return new SubsidyPart(applications, engine.allocate(applications, date),
        input.costShares().isEmpty() ? List.of() : engine.splitAll(input.costShares(), date));
  }

  boolean anyRejected() {
    return applications.stream().anyMatch(r -> !r.isDecided()) || costShares.stream().anyMatch(r -> !r.isDecided());
  }

  /** Adds {@code subsidies} and {@code costShares} to a JSON report, each only when there is something. */
  void addTo(ObjectNode doc, ObjectMapper mapper, GovernanceJson json, GovernanceEngine engine, LocalDate date,
      Locale locale) throws JsonProcessingException {
    if (!applications.isEmpty()) {
      doc.set("subsidies", mapper.readTree(json.writeSubsidies(applications, allocations, engine.policy(), date,
          locale)));
    }
    if (!costShares.isEmpty()) {
      doc.set("costShares", mapper.readTree(json.writeCostShares(costShares, engine.policy(), date, locale)));
    }
  }

  String render(Locale locale) {
    return render(locale, java.util.Set.of());
  }

  /** The text, leaving out the decisions on the applications already shown (in the estate reports). */
  String render(Locale locale, java.util.Set<String> shown) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder out = new StringBuilder();
    if (!applications.isEmpty()) {
      out.append(zh ? "\n补贴与奖励申请：\n\n" : "\nSubsidy and award applications:\n\n");
      for (Result<Award> r : applications) {
        if (r.isDecided()) {
          if (!shown.contains(r.id())) {
            out.append(r.decision().render(locale)).append('\n');
          }
        } else {
          errors(out, (zh ? "申请 " : "Application ") + r.id()
              + (zh ? "：输入有误，未评审" : ": NOT JUDGED, invalid facts"), r.errors());
        }
      }
      for (Decision<Allocation> allocation : allocations) {
        out.append(allocation.render(locale)).append('\n');
      }
    }
    if (!costShares.isEmpty()) {
      out.append(zh ? "\n费用分摊：\n\n" : "\nCost shares:\n\n");
      for (Result<CostSplit> r : costShares) {
        if (r.isDecided()) {
          out.append(r.decision().render(locale)).append('\n');
        } else {
          errors(out, (zh ? "费用分摊 " : "Cost share ") + r.id()
              + (zh ? "：输入有误，未分摊" : ": NOT SPLIT, invalid facts"), r.errors());
        }
      }
    }
    return out.toString();
  }

  private static void errors(StringBuilder out, String headline, List<InputError> errors) {
    out.append(io.propgov.governance.error.Printable.of(headline)).append('\n');
    errors.forEach(e -> out.append("  [!] ").append(e).append('\n'));
    out.append('\n');
  }
}

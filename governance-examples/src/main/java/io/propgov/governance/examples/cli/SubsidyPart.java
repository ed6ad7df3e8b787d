package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.ApplicationResult;
import io.propgov.governance.subsidy.CostShareResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The subsidy part of {@code evaluate}: each application's decision, each programme's
 * allocation and each cost split, when the facts hold applications or cost shares.
 */
record SubsidyPart(List<ApplicationResult> applications, List<Decision<Allocation>> allocations,
    List<CostShareResult> costShares) {

  static SubsidyPart judge(GovernanceEngine engine, Facts input, LocalDate date) {
    List<ApplicationResult> applications = input.applications().isEmpty() ? List.of()
        : engine.awardAll(input.applications(), input.estates(), input.companies(), date);
    return new SubsidyPart(applications, engine.allocate(applications, date),
        input.costShares().isEmpty() ? List.of() : engine.splitAll(input.costShares(), date));
  }

  boolean anyRejected() {
    return applications.stream().anyMatch(r -> r instanceof ApplicationResult.Rejected)
        || costShares.stream().anyMatch(r -> r instanceof CostShareResult.Rejected);
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
      for (ApplicationResult r : applications) {
        if (r instanceof ApplicationResult.Judged j) {
          if (!shown.contains(j.decision().value().applicationId())) {
            out.append(j.decision().render(locale)).append('\n');
          }
        } else if (r instanceof ApplicationResult.Rejected rejected) {
          errors(out, (zh ? "申请 " : "Application ") + rejected.applicationId()
              + (zh ? "：输入有误，未评审" : ": NOT JUDGED, invalid facts"), rejected.errors());
        }
      }
      for (Decision<Allocation> allocation : allocations) {
        out.append(allocation.render(locale)).append('\n');
      }
    }
    if (!costShares.isEmpty()) {
      out.append(zh ? "\n费用分摊：\n\n" : "\nCost shares:\n\n");
      for (CostShareResult r : costShares) {
        if (r instanceof CostShareResult.Split s) {
          out.append(s.decision().render(locale)).append('\n');
        } else if (r instanceof CostShareResult.Rejected rejected) {
          errors(out, (zh ? "费用分摊 " : "Cost share ") + rejected.costShareId()
              + (zh ? "：输入有误，未分摊" : ": NOT SPLIT, invalid facts"), rejected.errors());
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

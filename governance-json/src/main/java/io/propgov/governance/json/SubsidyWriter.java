package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes the results of a batch of applications with their allocations, and of a batch of cost shares. */
final class SubsidyWriter {

  private final JsonMapper mapper;
  private final DecisionWriter decisions;

  SubsidyWriter(JsonMapper mapper, DecisionWriter decisions) {
    this.mapper = mapper;
    this.decisions = decisions;
  }

  ObjectNode subsidies(List<Result<Award>> results, List<Decision<Allocation>> allocations, PolicyRef policy,
      LocalDate asOf, Locale locale) {
    ObjectNode root = header(policy, asOf);
    ArrayNode items = root.putArray("applications");
    int judged = 0;
    for (Result<Award> result : results) {
      judged += decisions.item(items.addObject(), "applicationId", result, locale);
    }
    ArrayNode allocated = root.putArray("allocations");
    allocations.forEach(a -> allocated.add(decisions.nested(a, locale)));
    root.putObject("summary").put("applications", results.size()).put("judged", judged)
        .put("rejected", results.size() - judged);
    return root;
  }

  ObjectNode costShares(List<Result<CostSplit>> results, PolicyRef policy, LocalDate asOf, Locale locale) {
    ObjectNode root = header(policy, asOf);
    ArrayNode items = root.putArray("costShares");
    int split = 0;
    for (Result<CostSplit> result : results) {
      split += decisions.item(items.addObject(), "costShareId", result, locale);
    }
    root.putObject("summary").put("costShares", results.size()).put("split", split)
        .put("rejected", results.size() - split);
    return root;
  }

  private ObjectNode header(PolicyRef policy, LocalDate asOf) {
    ObjectNode root = mapper.createObjectNode();
    root.set("policy", decisions.policy(policy));
    root.put("asOf", asOf.toString());
    return root;
  }
}

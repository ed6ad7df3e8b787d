package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.json.Facts;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.whatif.Change;
import io.propgov.governance.whatif.RuleFlip;
import io.propgov.governance.whatif.WhatIf;
import io.propgov.governance.whatif.WhatIfReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A what-if comparison of the same facts under two policies or on two dates, and its JSON form
 * (written by {@code diff --json} and matched by a scenario's {@code expected.diff}).
 *
 * @param before the engine and date of the first evaluation, never null
 * @param after the engine and date of the second, never null
 * @param report every decision that differs, never null
 * @since 0.1.0
 */
public record WhatIfDocument(Side before, Side after, WhatIfReport report) {

  /**
   * One side of a comparison: a policy and a date.
   *
   * @param engine the engine of the policy, never null
   * @param asOf the date, never null
   */
  public record Side(GovernanceEngine engine, LocalDate asOf) {}

  /**
   * Judges the facts on both sides and compares them: each estate's assessment by estate id (an
   * estate whose facts are rejected has no decision on that side), and, when both policies judge
   * organisation trees and the tree is valid, each root unit's report as {@code unit:<id>}.
   *
   * @param facts the facts, not null
   * @param before the first side, not null
   * @param after the second side, not null
   * @return the comparison, never null
   */
  public static WhatIfDocument compare(Facts facts, Side before, Side after) {
    return new WhatIfDocument(before, after, WhatIf.compare(decisions(facts, before), decisions(facts, after)));
  }

  private static Map<String, Decision<?>> decisions(Facts facts, Side side) {
    Map<String, Decision<?>> decisions = new LinkedHashMap<>();
    for (Result<EstateAssessment> result : side.engine().assessAll(facts.estates(), side.asOf())) {
      if (result.isDecided()) {
        decisions.put(result.id(), result.decision());
      }
    }
    GovernanceEngine engine = side.engine();
    if (!facts.units().isEmpty() && engine.judgesHierarchy()) {
      HierarchyFacts hierarchy = facts.hierarchy();
      try {
        // A bad estate or matter is left out of the reports alone; only a tree that cannot be judged has none.
        engine.rates(hierarchy, side.asOf());
        for (OrgUnit root : engine.hierarchy().tree(hierarchy.units(), side.asOf()).roots()) {
          decisions.put("unit:" + root.id(), engine.report(hierarchy, root.id(), side.asOf()));
        }
      } catch (InvalidFactsException e) {
        // The tree itself is invalid: it has no decisions to compare.
      }
    }
    return decisions;
  }

  /**
   * Writes the comparison: {@code before} and {@code after} (policy id, version and date), one
   * entry per {@code changes} (entity, path, outcome and headline on each side, and the
   * {@code rules} that flipped with their figures), the {@code summary} of flips per rule and
   * transition, and the {@code changedEntities}.
   *
   * @param locale the language of the headlines, not null
   * @return the JSON document, never null
   */
  public ObjectNode toJson(Locale locale) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    side(doc.putObject("before"), before);
    side(doc.putObject("after"), after);
    ArrayNode changes = doc.putArray("changes");
    for (Change change : report.changes()) {
      ObjectNode c = changes.addObject();
      c.put("entity", change.entity()).put("path", change.path());
      c.putObject("before").put("outcome", change.beforeOutcome())
          .put("headline", change.before() == null ? "" : change.before().headline(locale));
      c.putObject("after").put("outcome", change.afterOutcome())
          .put("headline", change.after() == null ? "" : change.after().headline(locale));
      ArrayNode rules = c.putArray("rules");
      for (RuleFlip flip : change.flips()) {
        ObjectNode r = rules.addObject();
        r.put("rule", flip.ruleId());
        r.put("before", flip.before() == null ? "-" : flip.before().name());
        r.put("after", flip.after() == null ? "-" : flip.after().name());
        figures(r.putObject("beforeFigures"), flip.beforeFigures());
        figures(r.putObject("afterFigures"), flip.afterFigures());
      }
    }
    ObjectNode summary = doc.putObject("summary");
    report.summary().forEach((rule, transitions) -> {
      ObjectNode t = summary.putObject(rule);
      transitions.forEach(t::put);
    });
    ArrayNode entities = doc.putArray("changedEntities");
    report.entities().forEach(entities::add);
    return doc;
  }

  private static void side(ObjectNode node, Side side) {
    node.put("policy", side.engine().policy().id()).put("version", side.engine().policy().version())
        .put("asOf", side.asOf().toString());
  }

  private static void figures(ObjectNode node, List<Figure> figures) {
    figures.forEach(f -> node.put(f.name(), f.value()));
  }
}

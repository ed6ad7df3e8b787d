package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Valid;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.workorder.DeadlineStatus;
import io.propgov.governance.workorder.WorkOrderAssessment;
import io.propgov.governance.workorder.WorkOrderFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The work-order part of {@code evaluate}: every order of the facts judged together, rolled up the
 * tree when the policy judges one, with the monthly rankings; or the errors that kept them from
 * being judged; or nothing when the facts hold no orders (a note when the policy sets no
 * work-order parameters, so that the reader knows they were not judged).
 *
 * @param assessment the assessment, or null when not judged
 * @param errors the errors in the orders (or the tree they roll up), empty when judged
 * @param skipped whether the facts hold orders the policy cannot judge
 */
record WorkOrderPart(Decision<WorkOrderAssessment> assessment, List<InputError> errors, boolean skipped) {

  static WorkOrderPart judge(GovernanceEngine engine, Facts input, LocalDate date) {
    if (input.orders().isEmpty()) {
      return new WorkOrderPart(null, List.of(), false);
    }
    if (!engine.judgesWorkOrders()) {
      return new WorkOrderPart(null, List.of(), true);
    }
    WorkOrderFacts facts = engine.judgesHierarchy() ? input.governance().workOrders()
        : new WorkOrderFacts(List.of(), input.orders());
    var valid = engine.workOrders().validate(facts, "", date);
    if (valid.isInvalid()) {
      return new WorkOrderPart(null, Valid.errors(valid), false);
    }
    return new WorkOrderPart(engine.workOrders().decide(valid.get(), date), List.of(), false);
  }

  boolean anyRejected() {
    return !errors.isEmpty();
  }

  /** Adds {@code workOrders}: the assessment as a decision, or {@code {"errors": [...]}}, when there are orders. */
  void addTo(ObjectNode doc, GovernanceJson json, Locale locale, ObjectMapper mapper) throws JsonProcessingException {
    if (assessment != null) {
      doc.set("workOrders", mapper.readTree(json.writeDecision(assessment, locale)));
    } else if (!errors.isEmpty()) {
      doc.putObject("workOrders").set("errors", mapper.readTree(json.writeErrors(errors)).path("errors"));
    }
  }

  /**
   * The lines of the text report: with {@code detail} the whole decision; else its headline, each
   * ranking's headline and each order late on a deadline.
   */
  String text(DetailText text, boolean detail, boolean zh) {
    StringBuilder out = new StringBuilder();
    if (!errors.isEmpty()) {
      String errorsText = DetailText.errors(zh ? "工单输入有误，未评估：" : "Work orders NOT JUDGED, invalid facts:", errors);
      return detail ? "\n" + errorsText : errorsText;
    }
    if (assessment == null) {
      return "";
    }
    if (detail) {
      return "\n" + text.render(assessment);
    }
    out.append(text.headline(assessment, 1));
    assessment.value().rankings().forEach(r -> out.append(text.headline(r, 2)));
    assessment.value().orders().stream().filter(o -> o.value().response() == DeadlineStatus.LATE
        || o.value().resolution() == DeadlineStatus.LATE).forEach(o -> out.append(text.headline(o, 2)));
    return out.toString();
  }
}

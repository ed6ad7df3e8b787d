package io.propgov.governance.workorder;

import static io.propgov.governance.workorder.WorkOrderFixtures.done;
import static io.propgov.governance.workorder.WorkOrderFixtures.doneWell;
import static io.propgov.governance.workorder.WorkOrderFixtures.order;

import io.propgov.governance.area.Valid;
import io.propgov.governance.explain.Decision;
import java.time.LocalDate;
import java.util.List;

/** Work-order decisions that reach every message of the area: each outcome of each rule, both bases. */
public final class WorkOrderSamples {

  private WorkOrderSamples() {}

  /** The decisions. @return them, never null */
  public static List<Decision<?>> all() {
    LocalDate asOf = LocalDate.parse("2024-04-01");
    List<WorkOrder> orders = List.of(
        doneWell("W1", "e1", "K1")
            .withUpheld(true),
        done("W2", "repair", "e1", null, "2024-03-01", "2024-03-05", "2024-03-09", "2024-03-10", false,
            "dissatisfied").withUpheld(true),
        order("W3", "complaint", "e2", "2024-04-01").companyId("K1").upheld(true).build());
    WorkOrderRules caller = new WorkOrderRules(WorkOrderFixtures.policy(ResolutionBasis.CALLER_CONFIRMED, "x"));
    WorkOrderRules onTime = new WorkOrderRules(WorkOrderFixtures.policy(ResolutionBasis.ON_TIME, "x"));
    WorkOrderFacts facts = new WorkOrderFacts(List.of(), orders);
    return List.of(caller.decide(Valid.orThrow(caller.validate(facts, "", asOf)), asOf),
        onTime.decide(Valid.orThrow(onTime.validate(facts, "", asOf)), asOf));
  }
}

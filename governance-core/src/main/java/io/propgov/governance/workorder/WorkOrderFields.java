package io.propgov.governance.workorder;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.org.OrgFields;

/**
 * The hand-written checks of the field constraints of the work-order facts: the constraints
 * their components declare as Bean Validation annotations, checked without reflection. Used by
 * the rule area before its own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.3.0
 */
public final class WorkOrderFields {

  private WorkOrderFields() {}

  /**
   * Every constraint of the work-order facts.
   *
   * @param f the facts, not null
   * @param at the pointer of the facts
   * @param sink where errors go, not null
   */
  public static void facts(WorkOrderFacts f, Object at, FieldSink sink) {
    sink.list(f.units(), at, "units", OrgFields::unit);
    sink.list(f.orders(), at, "orders", WorkOrderFields::order);
  }

  /**
   * Every constraint of one work order.
   *
   * @param o the order, not null
   * @param at the pointer of the order
   * @param sink where errors go, not null
   */
  public static void order(WorkOrder o, Object at, FieldSink sink) {
    sink.requiredText(o.id(), at, "id");
    sink.required(o.source(), at, "source");
    sink.requiredText(o.category(), at, "category");
    sink.requiredText(o.unitId(), at, "unitId");
    sink.text(o.estateId(), at, "estateId");
    sink.text(o.companyId(), at, "companyId");
    sink.required(o.receivedOn(), at, "receivedOn");
    sink.notBefore(o.closedOn(), o.receivedOn(), at, "closedOn", "receivedOn");
    sink.text(o.rating(), at, "rating");
  }
}

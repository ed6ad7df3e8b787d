package io.propgov.governance.contract;

import io.propgov.governance.constraint.FieldSink;

/**
 * The hand-written checks of the field constraints of service contracts: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule area before its own checks, and by {@code FactsConstraints.fast()}.
 *
 * @since 0.3.0
 */
public final class ContractFields {

  private ContractFields() {}

  /**
   * Checks every constraint of a service contract.
   *
   * @param c the contract, not null
   * @param at the JSON Pointer (or path) of the contract
   * @param sink where errors go, not null
   */
  public static void contract(ServiceContract c, Object at, FieldSink sink) {
    sink.requiredText(c.id(), at, "id");
    sink.requiredText(c.estateId(), at, "estateId");
    sink.text(c.companyId(), at, "companyId");
    if (c.contractNoticeDays() != null) {
      sink.min(c.contractNoticeDays(), 0, at, "contractNoticeDays");
    }
    if (c.exitDays() != null) {
      sink.min(c.exitDays(), 0, at, "exitDays");
    }
  }
}

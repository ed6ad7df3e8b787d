package io.propgov.governance.service;

import io.propgov.governance.constraint.FieldSink;

/**
 * The hand-written checks of the field constraints of
 * service profiles and co-management agreements: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule areas before their own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.1.0
 */
public final class ServiceFields {

  private ServiceFields() {}

  /** Every constraint of a service profile and its agreement. */
  public static void service(ServiceProfile s, Object at, FieldSink sink) {
    sink.positive(s.area(), at, "area");
    sink.texts(s.items(), at, "items");
    sink.texts(s.buildings(), at, "buildings");
    if (s.coManagement() != null) {
      agreement(s.coManagement(), at + "/coManagement", sink);
    }
  }

  /** The field constraints of one {@code agreement}, under {@code at}. */
  public static void agreement(CoManagementAgreement a, Object at, FieldSink sink) {
    sink.requiredText(a.estateId(), at, "estateId");
    sink.texts(a.rotation(), at, "rotation");
    sink.required(a.rotationStart(), at, "rotationStart");
    sink.min(a.cycleMonths(), 1, at, "cycleMonths");
    sink.max(a.cycleMonths(), 1200, at, "cycleMonths");
  }
}

package io.propgov.governance.subsidy;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.estate.EstateFields;

/**
 * The hand-written checks of the field constraints of
 * subsidy applications and cost shares: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule areas before their own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.1.0
 */
public final class SubsidyFields {

  private SubsidyFields() {}

  /** Every constraint of a subsidy application and what it holds. */
  public static void application(Application a, Object at, FieldSink sink) {
    sink.requiredText(a.id(), at, "id");
    sink.requiredText(a.programmeId(), at, "programmeId");
    sink.requiredText(a.companyId(), at, "companyId");
    sink.text(a.estateId(), at, "estateId");
    sink.required(a.filed(), at, "filed");
    sink.between(a.builtYear(), 1000, 9999, at, "builtYear");
    sink.notNegative(a.floorArea(), at, "floorArea");
    if (a.fees() != null) {
      EstateFields.fees(a.fees(), at + "/fees", sink);
    }
    sink.notNegative(a.inspectionPoints(), at, "inspectionPoints");
    sink.list(a.incidents(), at, "incidents", SubsidyFields::incident);
    if (a.credit() != null) {
      standing(a.credit(), at + "/credit", sink);
    }
  }

  /** The field constraints of one {@code incident}, under {@code at}. */
  public static void incident(SafetyIncident i, Object at, FieldSink sink) {
    sink.requiredText(i.kind(), at, "kind");
    sink.required(i.date(), at, "date");
  }

  /** The field constraints of one {@code standing}, under {@code at}. */
  public static void standing(CreditStanding s, Object at, FieldSink sink) {
    sink.list(s.consequences(), at, "consequences", SubsidyFields::consequence);
  }

  /** The field constraints of one {@code consequence}, under {@code at}. */
  public static void consequence(CreditConsequence c, Object at, FieldSink sink) {
    sink.requiredText(c.code(), at, "code");
    sink.required(c.reason(), at, "reason");
  }

  /** Every constraint of a cost share and its households. */
  public static void costShare(CostShare c, Object at, FieldSink sink) {
    sink.requiredText(c.id(), at, "id");
    sink.requiredText(c.kind(), at, "kind");
    sink.text(c.estateId(), at, "estateId");
    if (sink.required(c.total(), at, "total")) {
      sink.notNegative(c.total(), at, "total");
      sink.fen(c.total(), at, "total");
    }
    sink.notEmpty(c.households(), at, "households");
    sink.list(c.households(), at, "households", SubsidyFields::householdArea);
  }

  /** The field constraints of one {@code householdArea}, under {@code at}. */
  public static void householdArea(HouseholdArea h, Object at, FieldSink sink) {
    sink.requiredText(h.id(), at, "id");
    if (sink.required(h.area(), at, "area")) {
      sink.positive(h.area(), at, "area");
    }
  }
}

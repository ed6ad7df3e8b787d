package io.propgov.governance.org;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.estate.EstateFields;

/**
 * The hand-written checks of the field constraints of
 * the organisation tree's facts: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule areas before their own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.1.0
 */
public final class OrgFields {

  private OrgFields() {}

  /** Every constraint of the hierarchy's facts. */
  public static void hierarchy(HierarchyFacts h, Object at, FieldSink sink) {
    sink.list(h.units(), at, "units", OrgFields::unit);
    sink.list(h.estates(), at, "estates", EstateFields::estate);
    sink.list(h.matters(), at, "matters", OrgFields::matter);
    sink.list(h.meetings(), at, "meetings", OrgFields::meeting);
  }

  /** Every constraint of a unit of the organisation tree. */
  public static void unit(OrgUnit u, Object at, FieldSink sink) {
    sink.requiredText(u.id(), at, "id");
    sink.requiredText(u.level(), at, "level");
    sink.text(u.parentId(), at, "parentId");
    sink.text(u.secretary(), at, "secretary");
    sink.texts(u.members(), at, "members");
  }

  /** Every constraint of a meeting held. */
  public static void meeting(Meeting m, Object at, FieldSink sink) {
    sink.requiredText(m.meeting(), at, "meeting");
    sink.requiredText(m.unitId(), at, "unitId");
    sink.required(m.held(), at, "held");
  }

  /** Every constraint of a resident's matter. */
  public static void matter(ResidentMatter m, Object at, FieldSink sink) {
    sink.requiredText(m.id(), at, "id");
    sink.requiredText(m.raisedAt(), at, "raisedAt");
    sink.requiredText(m.severity(), at, "severity");
    sink.required(m.raisedOn(), at, "raisedOn");
    sink.notBefore(m.resolvedOn(), m.raisedOn(), at, "resolvedOn", "raisedOn");
  }
}

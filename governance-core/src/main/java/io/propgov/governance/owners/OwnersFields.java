package io.propgov.governance.owners;

import io.propgov.governance.constraint.FieldSink;

/**
 * The hand-written checks of the field constraints of an estate's owners' organisation: the
 * constraints its components declare as Bean Validation annotations, checked without reflection.
 * Used by the rule area before its own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.3.0
 */
public final class OwnersFields {

  private OwnersFields() {}

  /** Every constraint of an estate's owners' organisation and what it holds. */
  public static void owners(EstateOwners o, Object at, FieldSink sink) {
    sink.requiredText(o.estateId(), at, "estateId");
    if (sink.required(o.totalArea(), at, "totalArea")) {
      sink.positive(o.totalArea(), at, "totalArea");
    }
    sink.list(o.deliveries(), at, "deliveries", OwnersFields::delivery);
    if (o.committee() != null) {
      committee(o.committee(), at + "/committee", sink);
    }
    if (o.managementCommittee() != null) {
      managementCommittee(o.managementCommittee(), at + "/managementCommittee", sink);
    }
  }

  /** The field constraints of one {@code delivery}, under {@code at}. */
  public static void delivery(Delivery d, Object at, FieldSink sink) {
    sink.required(d.date(), at, "date");
    if (sink.required(d.area(), at, "area")) {
      sink.positive(d.area(), at, "area");
    }
  }

  /** The field constraints of an owners' committee and its members, under {@code at}. */
  public static void committee(OwnersCommittee c, Object at, FieldSink sink) {
    sink.required(c.elected(), at, "elected");
    sink.list(c.members(), at, "members", OwnersFields::member);
  }

  /** The field constraints of one committee {@code member}, under {@code at}. */
  public static void member(CommitteeMember m, Object at, FieldSink sink) {
    sink.requiredText(m.name(), at, "name");
  }

  /** The field constraints of a property management committee, under {@code at}. */
  public static void managementCommittee(PropertyManagementCommittee c, Object at, FieldSink sink) {
    sink.required(c.formed(), at, "formed");
  }
}

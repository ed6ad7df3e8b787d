package io.propgov.governance.estate;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.satisfaction.SatisfactionFields;
import io.propgov.governance.service.ServiceFields;
import io.propgov.governance.vote.VoteFields;

/**
 * The hand-written checks of the field constraints of
 * an estate and its company, fees and committee: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule areas before their own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.1.0
 */
public final class EstateFields {

  private EstateFields() {}

  /** Every constraint of an estate and what it holds. */
  public static void estate(Estate e, Object at, FieldSink sink) {
    estateOwn(e, at, sink);
    sink.list(e.surveyRounds(), at, "surveyRounds", SatisfactionFields::round);
    sink.list(e.votes(), at, "votes", VoteFields::vote);
    if (e.service() != null) {
      ServiceFields.service(e.service(), at + "/service", sink);
    }
  }

  /**
   * The constraints of an estate except its rounds, votes and service profile, which the rule
   * areas judging them check.
   */
  public static void estateOwn(Estate e, Object at, FieldSink sink) {
    sink.requiredText(e.id(), at, "id");
    sink.text(e.unitId(), at, "unitId");
    sink.min(e.households(), 0, at, "households");
    if (e.company() != null) {
      company(e.company(), at + "/company", sink);
    }
    if (e.fees() != null) {
      fees(e.fees(), at + "/fees", sink);
    }
    if (e.committee() != null) {
      committee(e.committee(), at + "/committee", sink);
    }
  }

  /** The field constraints of one {@code company}, under {@code at}. */
  public static void company(PropertyCompany c, Object at, FieldSink sink) {
    sink.requiredText(c.id(), at, "id");
    if (c.party() != null) {
      party(c.party(), at + "/party", sink);
    }
    sink.text(c.qualitySupervisor(), at, "qualitySupervisor");
    sink.text(c.partyHead(), at, "partyHead");
  }

  /** The field constraints of one {@code party}, under {@code at}. */
  public static void party(PartyStatus p, Object at, FieldSink sink) {
    sink.min(p.fullMembers(), 0, at, "fullMembers");
  }

  /** The field constraints of one {@code committee}, under {@code at}. */
  public static void committee(Committee c, Object at, FieldSink sink) {
    sink.required(c.kind(), at, "kind");
    if (sink.required(c.party(), at, "party")) {
      party(c.party(), at + "/party", sink);
    }
  }

  /** The field constraints of one {@code fees}, under {@code at}. */
  public static void fees(FeeAccount f, Object at, FieldSink sink) {
    if (sink.required(f.billed(), at, "billed")) {
      sink.notNegative(f.billed(), at, "billed");
    }
    if (sink.required(f.collected(), at, "collected")) {
      sink.notNegative(f.collected(), at, "collected");
    }
  }
}

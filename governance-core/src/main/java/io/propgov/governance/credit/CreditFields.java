package io.propgov.governance.credit;

import io.propgov.governance.constraint.FieldSink;

/**
 * The hand-written checks of the field constraints of
 * credit records and households in arrears: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule areas before their own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.1.0
 */
public final class CreditFields {

  private CreditFields() {}

  /** Every constraint of a company's credit record and its events. */
  public static void record(CompanyRecord r, Object at, FieldSink sink) {
    sink.requiredText(r.companyId(), at, "companyId");
    sink.list(r.events(), at, "events", CreditFields::event);
  }

  /** The field constraints of one {@code event}, under {@code at}. */
  public static void event(CreditEvent e, Object at, FieldSink sink) {
    sink.requiredText(e.id(), at, "id");
    sink.requiredText(e.code(), at, "code");
    sink.required(e.date(), at, "date");
    sink.notNegative(e.points(), at, "points");
    sink.notBefore(e.correctedOn(), e.date(), at, "correctedOn", "date");
  }

  /** Every constraint of a household and what it holds. */
  public static void household(Household h, Object at, FieldSink sink) {
    sink.requiredText(h.id(), at, "id");
    sink.list(h.arrears(), at, "arrears", CreditFields::arrears);
    sink.list(h.steps(), at, "steps", CreditFields::step);
    sink.list(h.planned(), at, "planned", null);
    sink.list(h.payments(), at, "payments", CreditFields::payment);
    sink.list(h.agreedToPay(), at, "agreedToPay", null);
  }

  /** The field constraints of one {@code arrears}, under {@code at}. */
  public static void arrears(MonthlyArrears m, Object at, FieldSink sink) {
    sink.required(m.month(), at, "month");
    if (sink.required(m.amount(), at, "amount")) {
      sink.positive(m.amount(), at, "amount");
      sink.fen(m.amount(), at, "amount");
    }
  }

  /** The field constraints of one {@code payment}, under {@code at}. */
  public static void payment(Payment p, Object at, FieldSink sink) {
    sink.required(p.date(), at, "date");
    if (sink.required(p.amount(), at, "amount")) {
      sink.positive(p.amount(), at, "amount");
      sink.fen(p.amount(), at, "amount");
    }
  }

  /** The field constraints of one {@code step}, under {@code at}. */
  public static void step(StepTaken s, Object at, FieldSink sink) {
    sink.required(s.action(), at, "action");
    sink.required(s.date(), at, "date");
    sink.between(s.ground(), 1, 6, at, "ground");
    sink.between(s.extendedYears(), 1, 3, at, "extendedYears");
  }
}

package io.propgov.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.MonthlyArrears;
import io.propgov.governance.credit.Payment;
import io.propgov.governance.credit.StepTaken;

/** Writes the entries of a facts document's credit part: a company's record, a household. */
final class CreditFactsWriter {

  private CreditFactsWriter() {}

  static void company(ObjectNode node, CompanyRecord record) {
    node.put("id", record.companyId());
    node.put("name", record.name());
    ArrayNode events = node.putArray("events");
    for (CreditEvent e : record.events()) {
      ObjectNode event = events.addObject();
      event.put("id", e.id());
      event.put("code", e.code());
      event.put("date", FactsWriter.text(e.date()));
      FactsNodes.putNumber(event, "points", e.points());
      FactsNodes.putText(event, "correctedOn", e.correctedOn());
    }
  }

  static void household(ObjectNode node, Household household) {
    node.put("id", household.id());
    node.put("name", household.name());
    ArrayNode arrears = node.putArray("arrears");
    for (MonthlyArrears m : household.arrears()) {
      arrears.addObject().put("month", FactsWriter.text(m.month())).put("amount", m.amount());
    }
    ArrayNode steps = node.putArray("steps");
    for (StepTaken s : household.steps()) {
      ObjectNode step = steps.addObject().put("action", s.action().name()).put("date", FactsWriter.text(s.date()));
      FactsNodes.putFlag(step, "reachedDebtor", s.reachedDebtor());
      FactsNodes.putText(step, "endedOn", s.endedOn());
      FactsNodes.putNumber(step, "ground", s.ground());
      FactsNodes.putNumber(step, "extendedYears", s.extendedYears());
    }
    ArrayNode payments = node.putArray("payments");
    for (Payment p : household.payments()) {
      payments.addObject().put("date", FactsWriter.text(p.date())).put("amount", p.amount());
    }
    ArrayNode agreed = node.putArray("agreedToPay");
    household.agreedToPay().forEach(d -> agreed.add(d.toString()));
    ArrayNode planned = node.putArray("planned");
    household.planned().forEach(a -> planned.add(a.name()));
    node.put("committeeCandidate", household.committeeCandidate());
  }
}

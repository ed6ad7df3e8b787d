package io.propgov.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.FeeLine;
import io.propgov.governance.money.MaintenanceFund;

/** Writes a money entry of a facts document, leaving out what is absent. */
final class MoneyFactsWriter {

  private MoneyFactsWriter() {}

  static void money(ObjectNode node, EstateMoney m) {
    node.put("estateId", m.estateId());
    FactsNodes.putText(node, "companyId", m.companyId());
    FactsNodes.putText(node, "servingSince", m.servingSince());
    if (!m.disclosures().isEmpty()) {
      ArrayNode disclosures = node.putArray("disclosures");
      m.disclosures().forEach(d -> {
        ObjectNode n = disclosures.addObject().put("item", d.item()).put("period", d.period().toString())
            .put("publishedOn", d.publishedOn().toString());
        FactsNodes.putText(n, "where", d.where());
      });
    }
    FactsNodes.objects(node, "fees", m.fees(), MoneyFactsWriter::fee);
    if (m.fund() != null) {
      fund(node.putObject("fund"), m.fund());
    }
    if (!m.commonIncome().isEmpty()) {
      ArrayNode incomes = node.putArray("commonIncome");
      m.commonIncome().forEach(c -> incomes.addObject().put("id", c.id()).put("kind", c.kind().name())
          .put("income", c.income()).put("cost", c.cost()).put("disclosed", c.disclosed()));
    }
    if (m.ledger() != null) {
      node.putObject("ledger").put("income", m.ledger().income()).put("cost", m.ledger().cost())
          .put("collectsFees", m.ledger().collectsFees());
    }
  }

  private static void fee(ObjectNode node, FeeLine f) {
    FactsNodes.putText(node, "companyId", f.companyId());
    node.put("item", f.item());
    FactsNodes.putText(node, "tier", f.tier());
    FactsNodes.putNumber(node, "published", f.published());
    FactsNodes.putNumber(node, "charged", f.charged());
  }

  private static void fund(ObjectNode node, MaintenanceFund fund) {
    node.put("constructionCost", fund.constructionCost());
    if (!fund.accounts().isEmpty()) {
      ArrayNode accounts = node.putArray("accounts");
      fund.accounts().forEach(a -> {
        ObjectNode n = accounts.addObject().put("ownerId", a.ownerId()).put("area", a.area());
        FactsNodes.putNumber(n, "firstDeposit", a.firstDeposit());
        n.put("balance", a.balance());
      });
    }
    if (!fund.uses().isEmpty()) {
      ArrayNode uses = node.putArray("uses");
      fund.uses().forEach(u -> {
        ObjectNode n = uses.addObject().put("id", u.id()).put("date", u.date().toString()).put("amount", u.amount());
        FactsNodes.putText(n, "emergency", u.emergency());
        FactsNodes.putText(n, "voteId", u.voteId());
        if (!u.steps().isEmpty()) {
          ArrayNode steps = n.putArray("steps");
          u.steps().forEach(steps::add);
        }
      });
    }
  }
}

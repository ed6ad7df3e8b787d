package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.FeeLine;
import io.propgov.governance.money.MaintenanceFund;

/** Writes the money entries of a facts document, only when there are any, leaving out what is absent. */
final class MoneyFactsWriter {

  private MoneyFactsWriter() {}

  static void write(JsonMapper mapper, Facts facts, ObjectNode root) {
    FactsNodes.array(root, "money", facts.money(), m -> money(mapper, m));
  }

  private static ObjectNode money(JsonMapper mapper, EstateMoney m) {
    ObjectNode node = mapper.createObjectNode();
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
    FactsNodes.array(node, "fees", m.fees(), f -> fee(mapper, f));
    if (m.fund() != null) {
      node.set("fund", fund(mapper, m.fund()));
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
    return node;
  }

  private static ObjectNode fee(JsonMapper mapper, FeeLine f) {
    ObjectNode node = mapper.createObjectNode();
    FactsNodes.putText(node, "companyId", f.companyId());
    node.put("item", f.item());
    FactsNodes.putText(node, "tier", f.tier());
    FactsNodes.putNumber(node, "published", f.published());
    FactsNodes.putNumber(node, "charged", f.charged());
    return node;
  }

  private static ObjectNode fund(JsonMapper mapper, MaintenanceFund fund) {
    ObjectNode node = mapper.createObjectNode();
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
    return node;
  }
}

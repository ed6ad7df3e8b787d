package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.FeeLine;
import io.propgov.governance.money.MaintenanceFund;
import java.math.BigDecimal;

/** Writes the money entries of a facts document, only when there are any, leaving out what is absent. */
final class MoneyFactsWriter {

  private MoneyFactsWriter() {}

  static void write(JsonMapper mapper, Facts facts, ObjectNode root) {
    if (!facts.money().isEmpty()) {
      ArrayNode money = root.putArray("money");
      facts.money().forEach(m -> money.add(money(mapper, m)));
    }
  }

  private static ObjectNode money(JsonMapper mapper, EstateMoney m) {
    ObjectNode node = mapper.createObjectNode();
    node.put("estateId", m.estateId());
    if (m.companyId() != null) {
      node.put("companyId", m.companyId());
    }
    if (m.servingSince() != null) {
      node.put("servingSince", m.servingSince().toString());
    }
    if (!m.disclosures().isEmpty()) {
      ArrayNode disclosures = node.putArray("disclosures");
      m.disclosures().forEach(d -> {
        ObjectNode n = disclosures.addObject().put("item", d.item()).put("period", d.period().toString())
            .put("publishedOn", d.publishedOn().toString());
        if (d.where() != null) {
          n.put("where", d.where());
        }
      });
    }
    if (!m.fees().isEmpty()) {
      ArrayNode fees = node.putArray("fees");
      m.fees().forEach(f -> fees.add(fee(mapper, f)));
    }
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
    if (f.companyId() != null) {
      node.put("companyId", f.companyId());
    }
    node.put("item", f.item());
    if (f.tier() != null) {
      node.put("tier", f.tier());
    }
    put(node, "published", f.published());
    put(node, "charged", f.charged());
    return node;
  }

  private static ObjectNode fund(JsonMapper mapper, MaintenanceFund fund) {
    ObjectNode node = mapper.createObjectNode();
    node.put("constructionCost", fund.constructionCost());
    if (!fund.accounts().isEmpty()) {
      ArrayNode accounts = node.putArray("accounts");
      fund.accounts().forEach(a -> {
        ObjectNode n = accounts.addObject().put("ownerId", a.ownerId()).put("area", a.area());
        put(n, "firstDeposit", a.firstDeposit());
        n.put("balance", a.balance());
      });
    }
    if (!fund.uses().isEmpty()) {
      ArrayNode uses = node.putArray("uses");
      fund.uses().forEach(u -> {
        ObjectNode n = uses.addObject().put("id", u.id()).put("date", u.date().toString()).put("amount", u.amount());
        if (u.emergency() != null) {
          n.put("emergency", u.emergency());
        }
        if (u.voteId() != null) {
          n.put("voteId", u.voteId());
        }
        if (!u.steps().isEmpty()) {
          ArrayNode steps = n.putArray("steps");
          u.steps().forEach(steps::add);
        }
      });
    }
    return node;
  }

  private static void put(ObjectNode node, String name, BigDecimal value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}

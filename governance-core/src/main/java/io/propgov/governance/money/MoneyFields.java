package io.propgov.governance.money;

import io.propgov.governance.constraint.FieldSink;

/**
 * The hand-written checks of the field constraints of an estate's money facts: the constraints
 * their components declare as Bean Validation annotations, checked without reflection. Used by
 * the rule area before its own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.3.0
 */
public final class MoneyFields {

  private MoneyFields() {}

  /**
   * Every constraint of an estate's money facts and what they hold.
   *
   * @param m the facts, not null
   * @param at their location
   * @param sink where errors go
   */
  public static void money(EstateMoney m, Object at, FieldSink sink) {
    sink.requiredText(m.estateId(), at, "estateId");
    sink.text(m.companyId(), at, "companyId");
    sink.list(m.disclosures(), at, "disclosures", MoneyFields::disclosure);
    sink.list(m.fees(), at, "fees", MoneyFields::fee);
    if (m.fund() != null) {
      fund(m.fund(), at + "/fund", sink);
    }
    sink.list(m.commonIncome(), at, "commonIncome", MoneyFields::income);
    if (m.ledger() != null) {
      ledger(m.ledger(), at + "/ledger", sink);
    }
  }

  /**
   * The field constraints of one disclosure.
   *
   * @param d the disclosure, not null
   * @param at its location
   * @param sink where errors go
   */
  public static void disclosure(Disclosure d, Object at, FieldSink sink) {
    sink.requiredText(d.item(), at, "item");
    sink.required(d.period(), at, "period");
    sink.required(d.publishedOn(), at, "publishedOn");
    sink.text(d.where(), at, "where");
  }

  /**
   * The field constraints of one fee line.
   *
   * @param f the line, not null
   * @param at its location
   * @param sink where errors go
   */
  public static void fee(FeeLine f, Object at, FieldSink sink) {
    sink.text(f.companyId(), at, "companyId");
    sink.requiredText(f.item(), at, "item");
    sink.text(f.tier(), at, "tier");
    sink.notNegative(f.published(), at, "published");
    sink.notNegative(f.charged(), at, "charged");
  }

  /**
   * The field constraints of a maintenance fund and what it holds.
   *
   * @param f the fund, not null
   * @param at its location
   * @param sink where errors go
   */
  public static void fund(MaintenanceFund f, Object at, FieldSink sink) {
    if (sink.required(f.constructionCost(), at, "constructionCost")) {
      sink.positive(f.constructionCost(), at, "constructionCost");
    }
    sink.list(f.accounts(), at, "accounts", MoneyFields::account);
    sink.list(f.uses(), at, "uses", MoneyFields::use);
  }

  /**
   * The field constraints of one owner's fund account.
   *
   * @param a the account, not null
   * @param at its location
   * @param sink where errors go
   */
  public static void account(FundAccount a, Object at, FieldSink sink) {
    sink.requiredText(a.ownerId(), at, "ownerId");
    if (sink.required(a.area(), at, "area")) {
      sink.positive(a.area(), at, "area");
    }
    sink.notNegative(a.firstDeposit(), at, "firstDeposit");
    sink.fen(a.firstDeposit(), at, "firstDeposit");
    if (sink.required(a.balance(), at, "balance")) {
      sink.notNegative(a.balance(), at, "balance");
      sink.fen(a.balance(), at, "balance");
    }
  }

  /**
   * The field constraints of one use of the fund.
   *
   * @param u the use, not null
   * @param at its location
   * @param sink where errors go
   */
  public static void use(FundUse u, Object at, FieldSink sink) {
    sink.requiredText(u.id(), at, "id");
    sink.required(u.date(), at, "date");
    if (sink.required(u.amount(), at, "amount")) {
      sink.positive(u.amount(), at, "amount");
      sink.fen(u.amount(), at, "amount");
    }
    sink.text(u.emergency(), at, "emergency");
    sink.text(u.voteId(), at, "voteId");
    sink.texts(u.steps(), at, "steps");
  }

  /**
   * The field constraints of one entry of common-part income.
   *
   * @param c the entry, not null
   * @param at its location
   * @param sink where errors go
   */
  public static void income(CommonIncome c, Object at, FieldSink sink) {
    sink.requiredText(c.id(), at, "id");
    sink.required(c.kind(), at, "kind");
    if (sink.required(c.income(), at, "income")) {
      sink.notNegative(c.income(), at, "income");
      sink.fen(c.income(), at, "income");
    }
    if (sink.required(c.cost(), at, "cost")) {
      sink.notNegative(c.cost(), at, "cost");
      sink.fen(c.cost(), at, "cost");
    }
  }

  /**
   * The field constraints of an estate's yearly account.
   *
   * @param l the account, not null
   * @param at its location
   * @param sink where errors go
   */
  public static void ledger(Ledger l, Object at, FieldSink sink) {
    if (sink.required(l.income(), at, "income")) {
      sink.notNegative(l.income(), at, "income");
      sink.fen(l.income(), at, "income");
    }
    if (sink.required(l.cost(), at, "cost")) {
      sink.notNegative(l.cost(), at, "cost");
      sink.fen(l.cost(), at, "cost");
    }
  }
}

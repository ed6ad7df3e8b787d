package io.propgov.governance.money;

import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Money in the open for one estate as of a date: each disclosure due, the company's record period
 * by period, the credit events a host may add for missing disclosures, the fee findings, each
 * owner's first deposit and balance, each use of the maintenance fund, the owners' share of
 * common-part income and the estate's yearly account.
 *
 * @param estateId the estate, never null
 * @param disclosures each item due for each period ended by the as-of date, never null
 * @param record the disclosures' tally by period, oldest first, never null
 * @param creditEvents the credit events proposed for missing disclosures, for the host to add to
 *     the company's credit record, never null
 * @param feeFindings each fee published or charged against the rules, never null
 * @param deposits each owner's first deposit and balance, never null
 * @param fundUses each use of the maintenance fund, never null
 * @param commonIncome each entry of common-part income with the owners' share, never null
 * @param breaksEven whether the year's income covers its cost, or null when no account is known
 * @param collectsFees whether the estate collects fees, or null when no account is known
 * @param findings how many reasons found something wrong
 * @since 0.3.0
 */
public record MoneyAssessment(String estateId, List<Due> disclosures, List<PeriodRecord> record,
    List<CreditEvent> creditEvents, List<FeeFinding> feeFindings, List<Deposit> deposits, List<FundUseCheck> fundUses,
    List<OwnersIncome> commonIncome, Boolean breaksEven, Boolean collectsFees, int findings) implements Conclusion {

  /** Copies the lists. */
  public MoneyAssessment {
    Objects.requireNonNull(estateId, "estateId");
    disclosures = List.copyOf(disclosures);
    record = List.copyOf(record);
    creditEvents = List.copyOf(creditEvents);
    feeFindings = List.copyOf(feeFindings);
    deposits = List.copyOf(deposits);
    fundUses = List.copyOf(fundUses);
    commonIncome = List.copyOf(commonIncome);
  }

  @Override
  public String messageKey() {
    return "money.assessment";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("findings", findings), Figure.count("disclosuresDue", disclosures.size()));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("estate", estateId);
  }

  /**
   * One item due for one period.
   *
   * @param item the item's id, never null
   * @param periodStart the period's first day, never null
   * @param periodEnd its last day, never null
   * @param due the last day to publish on time, never null
   * @param state where it stands, never null
   * @param publishedOn when it was published, or null
   * @param daysLate days published after the due date (LATE), or days past it unpublished (MISSING); else 0
   * @since 0.3.0
   */
  public record Due(String item, LocalDate periodStart, LocalDate periodEnd, LocalDate due, DisclosureState state,
      LocalDate publishedOn, long daysLate) {}

  /**
   * The disclosures of one period, counted by state.
   *
   * @param periodEnd the period's last day, never null
   * @param onTime items published on time
   * @param late items published late
   * @param missing items missing
   * @param pending items not yet due
   * @since 0.3.0
   */
  public record PeriodRecord(LocalDate periodEnd, int onTime, int late, int missing, int pending) {}

  /**
   * A fee published or charged against the rules.
   *
   * @param kind what is wrong, never null
   * @param companyId the company, never null
   * @param item the service item, never null
   * @param tier the tier, or null
   * @param amount the fee charged (UNPUBLISHED, ABOVE_STANDARD) or this company's standard (UNEQUAL), CNY per m² per month
   * @param standard the published standard (ABOVE_STANDARD) or the other company's standard (UNEQUAL), or null
   * @param otherCompanyId the other co-managing company (UNEQUAL), or null
   * @since 0.3.0
   */
  public record FeeFinding(FeeFindingKind kind, String companyId, String item, String tier, BigDecimal amount,
      BigDecimal standard, String otherCompanyId) {}

  /**
   * One owner's first deposit and balance.
   *
   * @param ownerId the owner, never null
   * @param due the first deposit due: area × construction cost × rate, to the fen, never null
   * @param firstDeposit what was first deposited, or null when not known
   * @param topUpLine the balance below which a top-up is due, to the fen, never null
   * @param balance the balance, never null
   * @param topUpDue whether the balance is below the line
   * @since 0.3.0
   */
  public record Deposit(String ownerId, BigDecimal due, BigDecimal firstDeposit, BigDecimal topUpLine,
      BigDecimal balance, boolean topUpDue) {}

  /**
   * One use of the maintenance fund.
   *
   * @param useId the use, never null
   * @param date the day it was drawn, never null
   * @param emergency the emergency kind, or null for an ordinary use
   * @param special whether the vote rule in force on the date treats using the fund as a special matter
   * @param voteId the approving vote named, or null
   * @param approved whether the vote passed in time (ordinary) or every step was taken (emergency)
   * @param missingSteps the emergency steps not taken, never null
   * @since 0.3.0
   */
  public record FundUseCheck(String useId, LocalDate date, String emergency, boolean special, String voteId,
      boolean approved, List<String> missingSteps) {

    /** Copies the steps. */
    public FundUseCheck {
      missingSteps = List.copyOf(missingSteps);
    }
  }

  /**
   * One entry of common-part income and the owners' share of it.
   *
   * @param id the entry, never null
   * @param income the income, never null
   * @param costAllowed the cost set against it: the cost claimed, at most the policy's cap, never null
   * @param ownersShare the income less the cost allowed, which belongs to the owners, never null
   * @param costOverCap whether the cost claimed exceeds the cap
   * @param disclosed whether it was disclosed
   * @since 0.3.0
   */
  public record OwnersIncome(String id, BigDecimal income, BigDecimal costAllowed, BigDecimal ownersShare,
      boolean costOverCap, boolean disclosed) {}
}

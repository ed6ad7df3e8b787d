package io.propgov.governance.json;

import io.propgov.governance.contract.ServiceContract;
import io.propgov.governance.mode.ModeVote;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.Household;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.owners.EstateOwners;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.workorder.WorkOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The content of a facts document: the estates to judge, when the document sets one the date
 * the decisions speak for, and the organisation tree the estates are attached to with the
 * matters raised and meetings held in it; property companies' credit records and households that
 * owe fees; the applications to subsidy programmes, the costs to share between government and
 * owners, and the residents' work orders.
 *
 * @param estates the estates, in document order, never null
 * @param asOf the date the document sets for the decisions, or null when it sets none
 * @param units the units of the organisation tree, in document order, never null (may be empty)
 * @param matters the residents' matters raised at units, in document order, never null (may be empty)
 * @param meetings the regular meetings held, in document order, never null (may be empty)
 * @param companies the companies' credit records, in document order, never null (may be empty)
 * @param households the households that owe fees, in document order, never null (may be empty)
 * @param applications the applications to subsidy programmes, in document order, never null (may be empty)
 * @param costShares the costs to split between government and owners, in document order, never null
 *     (may be empty)
 * @param money each estate's money in the open, in document order, never null (may be empty; since 0.3.0)
 * @param owners each estate's owners' organisation, in document order, never null (may be empty;
 *     since 0.3.0)
 * @param contracts the service contracts coming to their end, in document order, never null (may be empty)
 * @param modeVotes the owners' votes on their estate's management mode, in document order, never null
 *     (may be empty)
 * @param orders the residents' work orders, in document order, never null (may be empty)
 * @since 0.1.0
 */
public record Facts(List<Estate> estates, LocalDate asOf, List<OrgUnit> units, List<ResidentMatter> matters,
    List<Meeting> meetings, List<CompanyRecord> companies, List<Household> households,
    List<Application> applications, List<CostShare> costShares, List<EstateMoney> money,
    List<EstateOwners> owners, List<ServiceContract> contracts, List<ModeVote> modeVotes, List<WorkOrder> orders) {

  /**
   * Copies the lists.
   *
   * @param estates the estates, in document order, not null
   * @param asOf the date the document sets for the decisions, or null when it sets none
   * @param units the units of the organisation tree; null for none
   * @param matters the residents' matters; null for none
   * @param meetings the meetings held; null for none
   * @param companies the companies' credit records; null for none
   * @param households the households that owe fees; null for none
   * @param applications the applications to subsidy programmes; null for none
   * @param costShares the costs to split; null for none
   * @param money each estate's money in the open; null for none
   * @param owners each estate's owners' organisation; null for none
   * @param contracts the service contracts; null for none
   * @param modeVotes the mode votes; null for none
   * @param orders the work orders; null for none
   * @throws NullPointerException if {@code estates} is null, or an element of any list is
   * @since 0.1.0
   */
  public Facts {
    estates = List.copyOf(estates);
    units = units == null ? List.of() : List.copyOf(units);
    matters = matters == null ? List.of() : List.copyOf(matters);
    meetings = meetings == null ? List.of() : List.copyOf(meetings);
    companies = companies == null ? List.of() : List.copyOf(companies);
    households = households == null ? List.of() : List.copyOf(households);
    applications = applications == null ? List.of() : List.copyOf(applications);
    costShares = costShares == null ? List.of() : List.copyOf(costShares);
    money = money == null ? List.of() : List.copyOf(money);
    owners = owners == null ? List.of() : List.copyOf(owners);
    contracts = contracts == null ? List.of() : List.copyOf(contracts);
    modeVotes = modeVotes == null ? List.of() : List.copyOf(modeVotes);
    orders = orders == null ? List.of() : List.copyOf(orders);
  }

  /**
   * Creates facts without work orders.
   *
   * @param estates the estates, in document order, not null
   * @param asOf the date the document sets for the decisions, or null when it sets none
   * @param units the units of the organisation tree; null for none
   * @param matters the residents' matters; null for none
   * @param meetings the meetings held; null for none
   * @param companies the companies' credit records; null for none
   * @param households the households that owe fees; null for none
   * @param applications the applications to subsidy programmes; null for none
   * @param costShares the costs to split; null for none
   * @param money each estate's money in the open; null for none
   * @param owners each estate's owners' organisation; null for none
   * @param contracts the service contracts; null for none
   * @param modeVotes the mode votes; null for none
   */
  public Facts(List<Estate> estates, LocalDate asOf, List<OrgUnit> units, List<ResidentMatter> matters,
      List<Meeting> meetings, List<CompanyRecord> companies, List<Household> households,
      List<Application> applications, List<CostShare> costShares, List<EstateMoney> money,
      List<EstateOwners> owners, List<ServiceContract> contracts, List<ModeVote> modeVotes) {
    this(estates, asOf, units, matters, meetings, companies, households, applications, costShares, money, owners,
        contracts, modeVotes, List.of());
  }

  /**
   * Creates facts without money in the open, owners' organisations, service contracts, mode votes or work orders.
   *
   * @param estates the estates, in document order, not null
   * @param asOf the date the document sets for the decisions, or null when it sets none
   * @param units the units of the organisation tree; null for none
   * @param matters the residents' matters; null for none
   * @param meetings the meetings held; null for none
   * @param companies the companies' credit records; null for none
   * @param households the households that owe fees; null for none
   * @param applications the applications to subsidy programmes; null for none
   * @param costShares the costs to split; null for none
   * @since 0.1.0
   */
  public Facts(List<Estate> estates, LocalDate asOf, List<OrgUnit> units, List<ResidentMatter> matters,
      List<Meeting> meetings, List<CompanyRecord> companies, List<Household> households,
      List<Application> applications, List<CostShare> costShares) {
    this(estates, asOf, units, matters, meetings, companies, households, applications, costShares, List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Creates facts with credit records and households, without applications or cost shares.
   *
   * @param estates the estates, in document order, not null
   * @param asOf the date the document sets for the decisions, or null when it sets none
   * @param units the units of the organisation tree; null for none
   * @param matters the residents' matters; null for none
   * @param meetings the meetings held; null for none
   * @param companies the companies' credit records; null for none
   * @param households the households that owe fees; null for none
   * @since 0.1.0
   */
  public Facts(List<Estate> estates, LocalDate asOf, List<OrgUnit> units, List<ResidentMatter> matters,
      List<Meeting> meetings, List<CompanyRecord> companies, List<Household> households) {
    this(estates, asOf, units, matters, meetings, companies, households, List.of(), List.of());
  }

  /**
   * Creates facts about estates and their organisation tree, without credit records or households.
   *
   * @param estates the estates, in document order, not null
   * @param asOf the date the document sets for the decisions, or null when it sets none
   * @param units the units of the organisation tree; null for none
   * @param matters the residents' matters; null for none
   * @param meetings the meetings held; null for none
   * @since 0.1.0
   */
  public Facts(List<Estate> estates, LocalDate asOf, List<OrgUnit> units, List<ResidentMatter> matters,
      List<Meeting> meetings) {
    this(estates, asOf, units, matters, meetings, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Creates facts about estates only, with the date the document sets.
   *
   * @param estates the estates, not null
   * @param asOf the date the document sets for the decisions, or null when it sets none
   */
  public Facts(List<Estate> estates, LocalDate asOf) {
    this(estates, asOf, List.of(), List.of(), List.of());
  }

  /**
   * Creates facts about estates only that set no date.
   *
   * @param estates the estates, not null
   */
  public Facts(List<Estate> estates) {
    this(estates, null);
  }

  /**
   * Returns the date the document sets for the decisions.
   *
   * @return the date, empty when the document sets none
   */
  public Optional<LocalDate> asOfDate() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the facts about the organisation tree, for
   * {@link io.propgov.governance.engine.GovernanceEngine#validate(HierarchyFacts, LocalDate)},
   * {@code rates} and {@code report}: the units, the estates, the matters and the meetings.
   * Error pointers the engine gives ({@code /units/0/parentId}) name this document's fields.
   *
   * @return {@code new HierarchyFacts(units, estates, matters, meetings)}, never null
   * @since 0.1.0
   */
  public HierarchyFacts hierarchy() {
    return new HierarchyFacts(units, estates, matters, meetings);
  }

  /**
   * Returns everything in the document for the whole-estate assessment,
   * {@link io.propgov.governance.engine.GovernanceEngine#assessEstates}; error pointers the
   * engine gives name this document's fields.
   *
   * @return the facts, never null
   * @since 0.1.0
   */
  public GovernanceFacts governance() {
    return new GovernanceFacts(estates, units, matters, meetings, companies, households, applications, costShares,
        money, owners, contracts, modeVotes, orders);
  }
}

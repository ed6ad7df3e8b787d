package io.propgov.governance.engine;

import io.propgov.governance.contract.ServiceContract;
import io.propgov.governance.mode.ModeVote;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.Household;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.owners.EstateOwners;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.workorder.WorkOrder;
import io.propgov.governance.workorder.WorkOrderFacts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything a host knows, for the whole-estate assessment: the estates, the organisation tree
 * with its matters and meetings, the companies' credit records, the households in arrears, the
 * applications to subsidy programmes, the costs to share, each estate's owners' organisation and
 * the residents' work orders. Any list may be empty; an area
 * whose facts are missing is reported as not assessed, never as passed. Error pointers name
 * these fields as a facts document does ({@code /estates/0/...}, {@code /companies/1/...}).
 *
 * @param estates the estates, never null
 * @param units the units of the organisation tree, never null
 * @param matters the residents' matters, never null
 * @param meetings the meetings held, never null
 * @param companies the companies' credit records, never null
 * @param households the households in arrears, never null
 * @param applications the applications to subsidy programmes, never null
 * @param costShares the costs to share, never null
 * @param money each estate's money in the open: disclosures, fees, maintenance fund, common-part
 *     income and yearly account, keyed by estate id, never null (since 0.3.0)
 * @param owners each estate's owners' organisation, keyed by estate id, never null (since 0.3.0)
 * @param contracts the service contracts coming to their end, each naming its estate, never null
 * @param modeVotes the owners' votes on their estate's management mode, never null
 * @param orders the residents' work orders, never null
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record GovernanceFacts(List<@NotNull @Valid Estate> estates, List<@NotNull @Valid OrgUnit> units,
    List<@NotNull @Valid ResidentMatter> matters, List<@NotNull @Valid Meeting> meetings,
    List<@NotNull @Valid CompanyRecord> companies, List<@NotNull @Valid Household> households,
    List<@NotNull @Valid Application> applications,
    List<@NotNull @Valid CostShare> costShares, List<@NotNull @Valid EstateMoney> money,
    List<@NotNull @Valid EstateOwners> owners, List<@NotNull @Valid ServiceContract> contracts,
    List<@NotNull @Valid ModeVote> modeVotes, List<@NotNull @Valid WorkOrder> orders)
    implements WithGovernanceFacts {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public GovernanceFacts {
    estates = FactsLists.copy(estates);
    units = FactsLists.copy(units);
    matters = FactsLists.copy(matters);
    meetings = FactsLists.copy(meetings);
    companies = FactsLists.copy(companies);
    households = FactsLists.copy(households);
    applications = FactsLists.copy(applications);
    costShares = FactsLists.copy(costShares);
    money = FactsLists.copy(money);
    owners = FactsLists.copy(owners);
    contracts = FactsLists.copy(contracts);
    modeVotes = FactsLists.copy(modeVotes);
    orders = FactsLists.copy(orders);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static GovernanceFactsBuilder builder() {
    return new GovernanceFactsBuilder();
  }

  /**
   * Creates facts about estates only.
   *
   * @param estates the estates, not null
   * @return the facts, never null
   */
  public static GovernanceFacts of(List<Estate> estates) {
    return new GovernanceFacts(estates, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Returns the facts the hierarchy rules read.
   *
   * @return the units, estates, matters and meetings, never null
   */
  public HierarchyFacts hierarchy() {
    return new HierarchyFacts(units, estates, matters, meetings);
  }

  /**
   * Returns the facts the work-order rules read.
   *
   * @return the units and the orders, never null
   * @since 0.3.0
   */
  public WorkOrderFacts workOrders() {
    return new WorkOrderFacts(units, orders);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}

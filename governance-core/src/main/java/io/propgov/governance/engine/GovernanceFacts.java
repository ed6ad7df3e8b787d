package io.propgov.governance.engine;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.Household;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.CostShare;
import java.util.List;

/**
 * Everything a host knows, for the whole-estate assessment: the estates, the organisation tree
 * with its matters and meetings, the companies' credit records, the households in arrears, the
 * applications to subsidy programmes and the costs to share. Any list may be empty; an area
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
 * @since 0.1.0
 */
public record GovernanceFacts(List<Estate> estates, List<OrgUnit> units, List<ResidentMatter> matters,
    List<Meeting> meetings, List<CompanyRecord> companies, List<Household> households,
    List<Application> applications, List<CostShare> costShares) {

  /** Copies the lists; a null list is empty. */
  public GovernanceFacts {
    estates = copy(estates);
    units = copy(units);
    matters = copy(matters);
    meetings = copy(meetings);
    companies = copy(companies);
    households = copy(households);
    applications = copy(applications);
    costShares = copy(costShares);
  }

  /**
   * Creates facts about estates only.
   *
   * @param estates the estates, not null
   * @return the facts, never null
   */
  public static GovernanceFacts of(List<Estate> estates) {
    return new GovernanceFacts(estates, null, null, null, null, null, null, null);
  }

  /**
   * Returns the facts the hierarchy rules read.
   *
   * @return the units, estates, matters and meetings, never null
   */
  public HierarchyFacts hierarchy() {
    return new HierarchyFacts(units, estates, matters, meetings);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}

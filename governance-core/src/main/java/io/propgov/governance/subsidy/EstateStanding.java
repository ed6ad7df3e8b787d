package io.propgov.governance.subsidy;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.satisfaction.RoundStatus;

/**
 * What the estate's record and the satisfaction rules say about an application's estate: who
 * serves it, that company's party organisation, its fee account and the verdict on its latest
 * valid satisfaction round. The engine builds it; a host judging without the engine may too.
 *
 * @param servingCompanyId the company serving the estate, or null when none is known
 * @param companyParty that company's party organisation, or null when not known
 * @param fees the estate's fee account, or null when not known
 * @param latestValidRound the verdict on the estate's latest valid satisfaction round (PASSED or
 *     FAILED), or null when it has none
 * @since 0.1.0
 */
public record EstateStanding(String servingCompanyId, PartyStatus companyParty, FeeAccount fees,
    RoundStatus latestValidRound) {

  /** Nothing known: the application names no estate. */
  public static final EstateStanding UNKNOWN = new EstateStanding(null, null, null, null);

  /** Checks that an invalid round is not given as the latest valid one. */
  public EstateStanding {
    if (latestValidRound == RoundStatus.INVALID) {
      throw new IllegalArgumentException("latestValidRound is PASSED, FAILED or null, never INVALID");
    }
  }

  /**
   * Returns the standing of an estate.
   *
   * @param estate the estate, not null
   * @param latestValidRound the verdict on its latest valid round, as the satisfaction rules
   *     give it, or null when it has none
   * @return the standing, never null
   */
  public static EstateStanding of(Estate estate, RoundStatus latestValidRound) {
    PropertyCompany company = estate.company();
    return new EstateStanding(company == null ? null : company.id(), company == null ? null : company.party(),
        estate.fees(), latestValidRound);
  }
}

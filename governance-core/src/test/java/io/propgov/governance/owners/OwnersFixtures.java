package io.propgov.governance.owners;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.Threshold;
import java.time.LocalDate;

/** The owners' parameters as the owners tests set them: shared by the tests of other packages. */
public final class OwnersFixtures {

  private OwnersFixtures() {}

  /**
   * Sets every owners' parameter on a builder: the first assembly within 180 days of {@code share}
   * delivered, a committee of 5 to 11 for 5 years with 3 months' notice, at least half party
   * members, one cross member, 3 years of a stand-in committee.
   *
   * @return the builder
   */
  public static GovernancePolicy.Builder parameters(GovernancePolicy.Builder b, LocalDate from, Citation source,
      Threshold share) {
    return b.set(OwnersParameters.FIRST_ASSEMBLY_SHARE, from, share, source)
        .set(OwnersParameters.FIRST_ASSEMBLY_WITHIN_DAYS, from, 180, source)
        .set(OwnersParameters.COMMITTEE_MIN_MEMBERS, from, 5, source)
        .set(OwnersParameters.COMMITTEE_MAX_MEMBERS, from, 11, source)
        .set(OwnersParameters.TERM_YEARS, from, 5, source)
        .set(OwnersParameters.RE_ELECTION_NOTICE_MONTHS, from, 3, source)
        .set(OwnersParameters.PARTY_SHARE, from, Threshold.atLeast(Fraction.of(1, 2)), source)
        .set(OwnersParameters.CROSS_MEMBERS, from, 1, source)
        .set(OwnersParameters.STAND_IN_YEARS, from, 3, source);
  }
}

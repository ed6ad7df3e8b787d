package io.propgov.governance.owners;

import io.propgov.governance.internal.WholeNumbers;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Threshold;
import java.util.List;

/**
 * The policy parameters of the owners' organisation rules. A policy sets every key of
 * {@link #ALL} or none (then the engine does not judge the owners' organisation); the two keys of
 * {@link #OPTIONAL}, a second condition for the first assembly, come together or not at all.
 *
 * @since 0.3.0
 */
public final class OwnersParameters {

  /**
   * The share of the total exclusive area delivered at which the first owners' assembly falls
   * due (Guiding Rules for Owners' Assemblies and Owners' Committees, 2009: delivered area more
   * than 50% of the total; Beijing 2020: 50% or more; 以上 includes the number itself).
   */
  public static final ParameterKey<Threshold> FIRST_ASSEMBLY_SHARE = ParameterKey.of("owners.first-assembly-share",
      Threshold.class, "the share of the total exclusive area delivered at which the first owners' assembly is due",
      t -> null);

  /** How many days after its condition is met the first owners' assembly must have met. */
  public static final ParameterKey<Integer> FIRST_ASSEMBLY_WITHIN_DAYS = ParameterKey.of(
      "owners.first-assembly-within-days", Integer.class,
      "how many days after its condition is met the first owners' assembly must have met",
      WholeNumbers.atLeast(1, "days"));

  /** The fewest members an owners' committee may have (Guiding Rules, 2009: 5 to 11, an odd number). */
  public static final ParameterKey<Integer> COMMITTEE_MIN_MEMBERS = ParameterKey.of("owners.committee-min-members",
      Integer.class, "the fewest members an owners' committee may have (an odd number is required)",
      WholeNumbers.atLeast(1));

  /** The most members an owners' committee may have (Guiding Rules, 2009: 5 to 11, an odd number). */
  public static final ParameterKey<Integer> COMMITTEE_MAX_MEMBERS = ParameterKey.of("owners.committee-max-members",
      Integer.class, "the most members an owners' committee may have (an odd number is required)",
      WholeNumbers.atLeast(1));

  /** The years one term of an owners' committee lasts (many cities: at most 5). */
  public static final ParameterKey<Integer> TERM_YEARS = ParameterKey.of("owners.term-years", Integer.class,
      "the years one term of an owners' committee lasts",
      WholeNumbers.between(1, 10, "years"));

  /** How many months before its term ends a committee must prepare its re-election (Hangzhou: 3). */
  public static final ParameterKey<Integer> RE_ELECTION_NOTICE_MONTHS = ParameterKey.of(
      "owners.re-election-notice-months", Integer.class,
      "how many months before its term ends an owners' committee must prepare its re-election",
      WholeNumbers.between(0, 24, "months"));

  /** The share of an owners' committee's members expected to be party members (Jiangsu 2020: at least half). */
  public static final ParameterKey<Threshold> PARTY_SHARE = ParameterKey.of("owners.party-share", Threshold.class,
      "the share of an owners' committee's members expected to be party members", t -> null);

  /** How many committee members are expected to sit on the community's two committees as well. */
  public static final ParameterKey<Integer> CROSS_MEMBERS = ParameterKey.of("owners.cross-members", Integer.class,
      "how many owners' committee members are expected to sit on the community's two committees as well",
      WholeNumbers.atLeast(0));

  /** How many years a property management committee may stand in for an owners' committee. */
  public static final ParameterKey<Integer> STAND_IN_YEARS = ParameterKey.of("owners.stand-in-years", Integer.class,
      "how many years a property management committee may stand in for an owners' committee",
      WholeNumbers.between(1, 10, "years"));

  /** Years after the first delivery from which a lower delivered share makes the first assembly due. */
  public static final ParameterKey<Integer> FIRST_ASSEMBLY_YEARS = ParameterKey.of("owners.first-assembly-years",
      Integer.class, "years after the first delivery from which owners.first-assembly-share-after-years applies",
      WholeNumbers.between(1, 10, "years"));

  /** The delivered share that makes the first assembly due once owners.first-assembly-years have passed. */
  public static final ParameterKey<Threshold> FIRST_ASSEMBLY_SHARE_AFTER_YEARS = ParameterKey.of(
      "owners.first-assembly-share-after-years", Threshold.class,
      "the delivered share that makes the first owners' assembly due once owners.first-assembly-years have passed",
      t -> null);

  /** Every key a policy judging the owners' organisation sets. */
  public static final List<ParameterKey<?>> ALL = List.of(FIRST_ASSEMBLY_SHARE, FIRST_ASSEMBLY_WITHIN_DAYS,
      COMMITTEE_MIN_MEMBERS, COMMITTEE_MAX_MEMBERS, TERM_YEARS, RE_ELECTION_NOTICE_MONTHS, PARTY_SHARE, CROSS_MEMBERS,
      STAND_IN_YEARS);

  /** The keys of the second condition for the first assembly: both or neither. */
  public static final List<ParameterKey<?>> OPTIONAL = List.of(FIRST_ASSEMBLY_YEARS,
      FIRST_ASSEMBLY_SHARE_AFTER_YEARS);

  private OwnersParameters() {}
}

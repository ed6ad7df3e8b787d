package io.propgov.governance.credit;

import io.propgov.governance.internal.WholeNumbers;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the credit and arrears rules. A policy sets all of them or none:
 * without them the engine judges estates but not credit records or arrears.
 *
 * @since 0.1.0
 */
public final class CreditParameters {

  /** The catalogue of credit events: codes, kinds, points and how long each counts. */
  public static final ParameterKey<CreditCatalogue> EVENTS = ParameterKey.of("credit.events", CreditCatalogue.class,
      "the catalogue of credit events: code, descriptions, kind, points and months each counts", c -> null);

  /** The base score and the caps per kind. */
  public static final ParameterKey<ScoreFormula> SCORE = ParameterKey.of("credit.score", ScoreFormula.class,
      "the base credit score and the most points each adding kind may give", s -> null);

  /** The grade bands, highest first. */
  public static final ParameterKey<GradeBands> GRADES = ParameterKey.of("credit.grades", GradeBands.class,
      "the credit grades, highest first, and the score each starts at", g -> null);

  /** The length of an assessment cycle in months, cycles starting on 1 January (default 12). */
  public static final ParameterKey<Integer> CYCLE_MONTHS = ParameterKey.of("credit.cycle-months", Integer.class,
      "the months of an assessment cycle, cycles starting on 1 January; a divisor of 12",
      n -> n >= 1 && 12 % n == 0 ? null : ConstraintMessages.en("text.divisorOf12", "value", n));

  /** When a company is listed, for how long, and how it may come off early. */
  public static final ParameterKey<BlacklistTerms> BLACKLIST = ParameterKey.of("credit.blacklist",
      BlacklistTerms.class, "when a company goes on the blacklist, for how long, and the credit repair that ends it early",
      b -> null);

  /** The joint rewards and punishments each grade and a listing bring. */
  public static final ParameterKey<ConsequenceTable> CONSEQUENCES = ParameterKey.of("credit.consequences",
      ConsequenceTable.class, "the joint rewards and punishments each grade and a listing bring", c -> null);

  /** The steps of the residents' arrears ladder, in order, with their waits. */
  public static final ParameterKey<ArrearsLadder> LADDER = ParameterKey.of("arrears.ladder", ArrearsLadder.class,
      "the steps taken against a household that will not pay, in order, and the days to wait before each", l -> null);

  /**
   * The limitation period of a fee claim, in years (Civil Code art. 188: 3), interrupted as art. 195
   * says by the ladder steps whose {@link LimitationEffect} says so, by part payments and by the
   * debtor's agreements to pay.
   */
  public static final ParameterKey<Integer> LIMITATION_YEARS = ParameterKey.of("arrears.limitation-years",
      Integer.class, "the years after which an unpaid fee claim is time-barred unless interrupted",
      WholeNumbers.atLeast(1));

  /**
   * The period for applying for enforcement of a judgment, in years (Civil Procedure Law: 2); after
   * a judgment it runs instead of the limitation period.
   */
  public static final ParameterKey<Integer> ENFORCEMENT_YEARS = ParameterKey.of("arrears.enforcement-years",
      Integer.class, "the years after a judgment within which enforcement must be applied for unless interrupted",
      WholeNumbers.atLeast(1));

  /**
   * How long a debtor listed on grounds (2) to (6) stays on the dishonest-debtor list, in months
   * (SPC provisions, 2017, art. 2: 24). A debtor able to pay who refuses (ground (1)) has no fixed
   * term: it stays listed until it pays.
   */
  public static final ParameterKey<Integer> DISHONEST_MONTHS = ParameterKey.of("arrears.dishonest-listing-months",
      Integer.class, "the months a household listed on grounds (2) to (6) stays on the dishonest-debtor list",
      WholeNumbers.atLeast(1));

  /** The working days after payment within which the court removes a listing (SPC provisions, 2017, art. 10: 3). */
  public static final ParameterKey<Integer> REMOVAL_WORKING_DAYS = ParameterKey.of(
      "arrears.dishonest-removal-working-days", Integer.class,
      "the working days after payment in full within which a dishonest-debtor listing is removed",
      WholeNumbers.atLeast(1));

  /** The actions the law forbids to force payment (Civil Code art. 944). */
  public static final ParameterKey<ForbiddenActions> FORBIDDEN = ParameterKey.of("arrears.forbidden-actions",
      ForbiddenActions.class, "the actions the law forbids a company to take to force payment", f -> null);

  /**
   * Whether a listed dishonest debtor is barred from standing for the owners' committee (Beijing
   * 2024 art. 39). Optional: without it the rules bar no candidate.
   */
  public static final ParameterKey<Boolean> COMMITTEE_BAR = ParameterKey.of("arrears.committee-bar", Boolean.class,
      "whether a listed dishonest debtor is barred from standing for the owners' committee", b -> null);

  /**
   * The arrears actions the policy defines, with their names and their effect on the limitation
   * period: the ids a ladder step, a forbidden action, a step taken or a planned action may name.
   * A child policy that sets them adds to its parent's. Required with the credit parameters; the
   * national root policy defines the actions the law names.
   */
  public static final ParameterKey<ArrearsActions> ACTIONS = ParameterKey.of("arrears.actions", ArrearsActions.class,
      "the arrears actions: id, English and Chinese names, and what taking each does to the limitation period",
      a -> null);

  /**
   * The credit consequences the policy defines, with their names and whether each is favourable:
   * the ids a consequence rule or a subsidy criterion may name, in the order they are reported. A
   * child policy that sets them adds to its parent's. Required with the credit parameters.
   */
  public static final ParameterKey<ConsequenceTypes> CONSEQUENCE_TYPES = ParameterKey.of("credit.consequence-types",
      ConsequenceTypes.class, "the joint rewards and punishments: id, English and Chinese names, and whether each is"
          + " favourable", c -> null);

  /** Every key of this rule area that a policy sets all of or none of. */
  public static final List<ParameterKey<?>> ALL = List.of(EVENTS, SCORE, GRADES, CYCLE_MONTHS, BLACKLIST,
      CONSEQUENCES, LADDER, LIMITATION_YEARS, ENFORCEMENT_YEARS, DISHONEST_MONTHS, REMOVAL_WORKING_DAYS, FORBIDDEN);

  /**
   * The keys a policy may set or leave out, apart from the all-or-none group {@link #ALL}. The two
   * lists of definitions are optional here so that a root policy without credit rules may define
   * them for the levels below; a policy that sets the credit parameters needs both.
   */
  public static final List<ParameterKey<?>> OPTIONAL = List.of(COMMITTEE_BAR, ACTIONS, CONSEQUENCE_TYPES);

  private CreditParameters() {}
}

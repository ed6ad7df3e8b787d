package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Fraction;
import java.util.List;

/**
 * One eligibility criterion of a programme. An application is eligible when it meets every
 * criterion; every one it misses is reported, not only the first.
 *
 * @since 0.1.0
 */
public sealed interface Criterion {

  /**
   * Returns the criterion's kind as written in a policy, such as {@code OLD_ESTATE}.
   *
   * @return the kind, never null
   */
  String kind();

  /**
   * Returns the stable id of the rule that judges it, such as {@code subsidy.old-estate}.
   *
   * @return the rule id, never null
   */
  String ruleId();

  /**
   * The estate is old: built before a year, compared exactly. The national renovation rule counts
   * estates built by the end of 2000 ({@code builtBefore} 2001: an estate built in 2000 is old);
   * Handan's own cut-off is "before 2000" ({@code builtBefore} 2000: one built in 2000 is not).
   *
   * @param builtBefore the first year whose estates are not old
   * @since 0.1.0
   */
  record OldEstate(int builtBefore) implements Criterion {
    /** Checks the year. */
    public OldEstate {
      if (builtBefore < 1000 || builtBefore > 9999) {
        throw new IllegalArgumentException("builtBefore must be a four-digit year, was " + builtBefore);
      }
    }

    @Override
    public String kind() {
      return "OLD_ESTATE";
    }

    @Override
    public String ruleId() {
      return SubsidyRuleIds.OLD_ESTATE;
    }
  }

  /**
   * The applying company is the one serving the estate.
   *
   * @since 0.1.0
   */
  record CompanyServes() implements Criterion {
    @Override
    public String kind() {
      return "COMPANY_SERVES";
    }

    @Override
    public String ruleId() {
      return SubsidyRuleIds.COMPANY_SERVES;
    }
  }

  /**
   * The company bears none of the named credit consequences (a blacklisting, a bar from awards).
   *
   * @param barredBy the consequence codes that bar the application, at least one, never null
   * @since 0.1.0
   */
  record NotBarred(List<String> barredBy) implements Criterion {
    /** Checks and copies the codes. */
    public NotBarred {
      barredBy = List.copyOf(barredBy);
      if (barredBy.isEmpty() || barredBy.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("barredBy needs at least one consequence code, none blank");
      }
      // Each code must be a consequence the policy defines (credit.consequence-types): SubsidyRules checks that.
    }

    @Override
    public String kind() {
      return "NOT_BARRED";
    }

    @Override
    public String ruleId() {
      return SubsidyRuleIds.CREDIT;
    }
  }

  /**
   * The estate's latest valid satisfaction round passed.
   *
   * @since 0.1.0
   */
  record SatisfactionPassed() implements Criterion {
    @Override
    public String kind() {
      return "SATISFACTION_PASSED";
    }

    @Override
    public String ruleId() {
      return SubsidyRuleIds.SATISFACTION;
    }
  }

  /**
   * Fees collected are at least a share of fees billed.
   *
   * @param minimum the share required, between 0 and 1, never null
   * @since 0.1.0
   */
  record FeeCollection(Fraction minimum) implements Criterion {
    /** Checks the share. */
    public FeeCollection {
      if (minimum == null || minimum.signum() < 0 || minimum.compareTo(Fraction.ONE) > 0) {
        throw new IllegalArgumentException("minimum must be a share between 0 and 1, was " + minimum);
      }
    }

    @Override
    public String kind() {
      return "FEE_COLLECTION";
    }

    @Override
    public String ruleId() {
      return SubsidyRuleIds.FEE_COLLECTION;
    }
  }

  /**
   * The company has a party organisation, belongs to a joint branch, or has a party-building
   * instructor.
   *
   * @since 0.1.0
   */
  record PartyPresent() implements Criterion {
    @Override
    public String kind() {
      return "PARTY_PRESENT";
    }

    @Override
    public String ruleId() {
      return SubsidyRuleIds.PARTY;
    }
  }
}

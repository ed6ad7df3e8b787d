package io.propgov.governance.metrics;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.service.ServiceMode;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the facts of an estate can count: the closed vocabulary from which a policy's rate
 * definitions ({@code metrics.rates}) choose their numerator and denominator. The rates
 * themselves are policy data; this list holds only what the facts fix. Each measure counts
 * estates, households or CNY of fees, and a rate divides two measures of the same kind.
 *
 * @since 0.3.0
 */
public enum Measure {

  /** Every estate. */
  ESTATES(Kind.ESTATES),
  /** Estates with property service under any management mode: a known mode other than {@code NONE}. */
  COVERED_ESTATES(Kind.ESTATES),
  /** Estates run under one of the management modes the rate definition lists ({@code modes}). */
  ESTATES_IN_MODES(Kind.ESTATES),
  /** Estates with an owners' committee or a property management committee. */
  ESTATES_WITH_COMMITTEE(Kind.ESTATES),
  /** Estates whose property company has formed its own party organisation (its {@code party.organisation}). */
  ESTATES_WITH_COMPANY_PARTY_ORGANISATION(Kind.ESTATES),
  /** Estates with a valid satisfaction rating by the as-of date. */
  RATED_ESTATES(Kind.ESTATES),
  /** Estates whose latest valid satisfaction rating by the as-of date passed. */
  ESTATES_RATED_PASSED(Kind.ESTATES),
  /** Households. */
  HOUSEHOLDS(Kind.HOUSEHOLDS),
  /** Households that took part in the latest survey round or owners' vote by the as-of date, at most the households. */
  PARTICIPATING_HOUSEHOLDS(Kind.HOUSEHOLDS),
  /** Property fees billed, in CNY. */
  FEES_BILLED(Kind.CNY),
  /** Property fees collected, in CNY. */
  FEES_COLLECTED(Kind.CNY);

  /** What a measure counts; a rate's numerator and denominator count the same. */
  public enum Kind {
    /** Estates. */
    ESTATES,
    /** Households. */
    HOUSEHOLDS,
    /** Money, in CNY. */
    CNY
  }

  private final Kind kind;

  Measure(Kind kind) {
    this.kind = kind;
  }

  /**
   * Returns what this measure counts.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the unit its figures are shown in: money in CNY, estates and households as counts.
   *
   * @return {@link Unit#CNY} or {@link Unit#COUNT}, never null
   */
  public Unit unit() {
    return kind == Kind.CNY ? Unit.CNY : Unit.COUNT;
  }

  /** One estate's amount of this measure. */
  BigDecimal of(EstateCounts estate, List<ServiceMode> modes) {
    return switch (this) {
      case ESTATES -> BigDecimal.ONE;
      case COVERED_ESTATES -> flag(estate.estate().serviceMode() != null && estate.estate().serviceMode().isCovered());
      case ESTATES_IN_MODES -> flag(estate.estate().serviceMode() != null && modes.contains(estate.estate().serviceMode()));
      case ESTATES_WITH_COMMITTEE -> flag(estate.estate().committee() != null);
      case ESTATES_WITH_COMPANY_PARTY_ORGANISATION -> flag(hasPartyOrganisation(estate.estate()));
      case RATED_ESTATES -> flag(estate.rating().isPresent());
      case ESTATES_RATED_PASSED -> flag(estate.rating().filter(s -> s == RoundStatus.PASSED).isPresent());
      case HOUSEHOLDS -> BigDecimal.valueOf(estate.estate().households());
      case PARTICIPATING_HOUSEHOLDS -> BigDecimal.valueOf(estate.participants());
      case FEES_BILLED -> estate.estate().fees() == null ? BigDecimal.ZERO : estate.estate().fees().billed();
      case FEES_COLLECTED -> estate.estate().fees() == null ? BigDecimal.ZERO : estate.estate().fees().collected();
    };
  }

  private static boolean hasPartyOrganisation(Estate estate) {
    return estate.company() != null && estate.company().party() != null
        && estate.company().party().organisation() != null;
  }

  private static BigDecimal flag(boolean counted) {
    return counted ? BigDecimal.ONE : BigDecimal.ZERO;
  }
}

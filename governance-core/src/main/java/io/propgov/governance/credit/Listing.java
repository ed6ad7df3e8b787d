package io.propgov.governance.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One listing of a company on the blacklist, ended or still running on the as-of date.
 *
 * @param since the first day listed, never null
 * @param endsOn the first day no longer listed: the end of its term, or the day repair took it
 *     off; for a running listing the day it will end unless extended or repaired; never null
 * @param cause why it began, never null
 * @param trigger the id of the serious violation, or the last day of the cycle that completed the
 *     run of lowest grades, never null
 * @param extensions the ids of the serious violations that ran it again while listed, in order, never null
 * @param end how it ended; null while it runs
 * @since 0.1.0
 */
public record Listing(LocalDate since, LocalDate endsOn, ListingCause cause, String trigger, List<String> extensions,
    ListingEnd end) {

  /** Checks that the required parts are given and copies the extensions. */
  public Listing {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(endsOn, "endsOn");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(trigger, "trigger");
    extensions = List.copyOf(extensions);
  }

  /**
   * Returns whether the company is listed on a day under this listing.
   *
   * @param date the day, not null
   * @return true when {@code since <= date < endsOn}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(since) && date.isBefore(endsOn);
  }
}

package io.propgov.governance.workorder;

import io.propgov.governance.internal.Keyed;
import java.util.List;
import java.util.Optional;

/**
 * The ratings a caller may give at the follow-up, and which count as satisfied.
 *
 * @param ratings the ratings, codes unique, at least one, never null
 * @since 0.3.0
 */
public record FollowUpRatings(List<RatingLevel> ratings) {

  /** Checks that there is a rating and that codes are unique. */
  public FollowUpRatings {
    ratings = Keyed.uniqueNonEmpty(ratings, RatingLevel::code, "follow-up ratings need at least one rating",
        "rating code '%s' appears twice");
  }

  /** Returns a rating by code. @param code a code @return the rating, empty when unknown */
  public Optional<RatingLevel> rating(String code) {
    return Keyed.find(ratings, RatingLevel::code, code);
  }

  /** Returns the codes, in the order given. @return the codes */
  public List<String> codes() {
    return ratings.stream().map(RatingLevel::code).toList();
  }
}

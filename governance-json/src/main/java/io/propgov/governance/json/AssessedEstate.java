package io.propgov.governance.json;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.estate.Estate;
import java.util.Objects;

/**
 * One estate object read and given the whole-estate assessment by
 * {@link GovernanceJson#assessEstate}: the estate as read, and its result or every error that
 * kept it from one, with pointers relative to the estate object.
 *
 * @param estate the estate as read, or null when the object could not be read (then the result
 *     holds the reading errors)
 * @param result the estate's report, or its errors, never null
 * @since 0.3.0
 */
public record AssessedEstate(Estate estate, Result<EstateReport> result) {

  /**
   * Checks that a result is given.
   *
   * @throws NullPointerException when {@code result} is null
   */
  public AssessedEstate {
    Objects.requireNonNull(result, "result");
  }
}

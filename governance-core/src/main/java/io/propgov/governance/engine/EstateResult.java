package io.propgov.governance.engine;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The result for one estate of a batch: its decision, or every error that kept it from being
 * judged. A batch of N estates gives N results, in order.
 *
 * @since 0.1.0
 */
public sealed interface EstateResult {

  /**
   * Returns the estate's position in the batch, from 0.
   *
   * @return the index
   */
  int index();

  /**
   * The estate was judged.
   *
   * @param index the position in the batch
   * @param decision the decision, never null
   * @since 0.1.0
   */
  record Assessed(int index, Decision<EstateAssessment> decision) implements EstateResult {
    /** Checks the decision is given. */
    public Assessed {
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * The estate's facts were invalid and it was not judged.
   *
   * @param index the position in the batch
   * @param estateId the estate's id as given, may be null when unreadable
   * @param errors every error, never empty
   * @since 0.1.0
   */
  record Rejected(int index, String estateId, List<InputError> errors) implements EstateResult {
    /** Copies the errors. */
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}

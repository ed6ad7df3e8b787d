package io.propgov.governance.subsidy;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import java.util.List;

/**
 * The result for one application of a batch: its decision, or the errors that kept it from being
 * judged.
 *
 * @since 0.1.0
 */
public sealed interface ApplicationResult {

  /** Returns the application's place in the batch, from 0. @return the index */
  int index();

  /**
   * An application judged.
   *
   * @param index its place in the batch
   * @param decision the decision, never null
   * @since 0.1.0
   */
  record Judged(int index, Decision<Award> decision) implements ApplicationResult {}

  /**
   * An application that could not be judged.
   *
   * @param index its place in the batch
   * @param applicationId its id, or null when it has none
   * @param errors every error found, never empty
   * @since 0.1.0
   */
  record Rejected(int index, String applicationId, List<InputError> errors) implements ApplicationResult {
    /** Copies the errors. */
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}

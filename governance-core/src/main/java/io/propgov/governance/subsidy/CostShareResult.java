package io.propgov.governance.subsidy;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import java.util.List;

/**
 * The result for one cost share of a batch: its split, or the errors that kept it from being
 * split.
 *
 * @since 0.1.0
 */
public sealed interface CostShareResult {

  /** Returns the cost share's place in the batch, from 0. @return the index */
  int index();

  /**
   * A cost share split.
   *
   * @param index its place in the batch
   * @param decision the split, never null
   * @since 0.1.0
   */
  record Split(int index, Decision<CostSplit> decision) implements CostShareResult {}

  /**
   * A cost share that could not be split.
   *
   * @param index its place in the batch
   * @param costShareId its id, or null when it has none
   * @param errors every error found, never empty
   * @since 0.1.0
   */
  record Rejected(int index, String costShareId, List<InputError> errors) implements CostShareResult {
    /** Copies the errors. */
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}

package io.propgov.governance.engine;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The outcome for one estate of a whole-estate batch: its report, or the errors that kept it
 * from being judged (in the estate's own facts, or in the credit record or applications it
 * needs). N estates in give N results out, in order.
 *
 * @since 0.1.0
 */
public sealed interface EstateReportResult {

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
   * @param decision the report, never null
   * @since 0.1.0
   */
  record Reported(int index, Decision<EstateReport> decision) implements EstateReportResult {
    /** Checks the decision is given. */
    public Reported {
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * The estate, or a record it needs, was invalid and it was not judged.
   *
   * @param index the position in the batch
   * @param estateId the estate's id as given
   * @param errors every error, with pointers into the facts document, never empty
   * @since 0.1.0
   */
  record Rejected(int index, String estateId, List<InputError> errors) implements EstateReportResult {
    /** Copies the errors. */
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}

package io.propgov.governance.credit;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The result for one record of a batch: its decision, or the errors that kept it from being
 * judged. A batch of N records gives N results, in order.
 *
 * @param <T> the type of decision
 * @since 0.1.0
 */
public sealed interface BatchResult<T extends Conclusion> {

  /** Returns the record's position in the batch. @return the index, from 0 */
  int index();

  /** Returns the record's id. @return the id, never null */
  String id();

  /**
   * A record judged.
   *
   * @param index the record's position in the batch
   * @param id the record's id, never null
   * @param decision the decision, never null
   * @param <T> the type of decision
   */
  record Decided<T extends Conclusion>(int index, String id, Decision<T> decision) implements BatchResult<T> {
    /** Checks the parts. */
    public Decided {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * A record not judged, with every error in it, located in the caller's document.
   *
   * @param index the record's position in the batch
   * @param id the record's id, never null
   * @param errors the errors, never empty
   * @param <T> the type of decision it would have had
   */
  record Rejected<T extends Conclusion>(int index, String id, List<InputError> errors) implements BatchResult<T> {
    /** Checks the parts and copies the errors. */
    public Rejected {
      Objects.requireNonNull(id, "id");
      errors = List.copyOf(errors);
    }
  }
}

package io.propgov.governance.area;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * What became of one item of a batch (an estate, a credit record, a household, an application,
 * a cost share): its decision, or the rejection that kept it from being judged. A batch of N
 * items gives N results, in input order.
 *
 * @param <C> what the decision concludes
 * @param index the item's position in its batch, from 0
 * @param id the item's id as given, or null when the input gave none that could be read
 * @param outcome the rejection (left) or the decision (right), never null
 * @since 0.2.0
 */
public record Result<C extends Conclusion>(int index, String id, Either<Rejection, Decision<C>> outcome) {

  /** Checks the parts. */
  public Result {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index);
    }
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Returns the result of a judged item.
   *
   * @param <C> what the decision concludes
   * @param index the item's position
   * @param id its id, or null
   * @param decision the decision, not null
   * @return the result, never null
   */
  public static <C extends Conclusion> Result<C> decided(int index, String id, Decision<C> decision) {
    return new Result<>(index, id, Either.right(Objects.requireNonNull(decision, "decision")));
  }

  /**
   * Returns the result of a rejected item.
   *
   * @param <C> what a decision would conclude
   * @param index the item's position
   * @param id its id, or null when unreadable
   * @param errors every error, never empty
   * @return the result, never null
   */
  public static <C extends Conclusion> Result<C> rejected(int index, String id, List<InputError> errors) {
    return new Result<>(index, id, Either.left(new Rejection(errors)));
  }

  /**
   * Returns the result of a validation followed by a decision.
   *
   * @param <C> what the decision concludes
   * @param index the item's position
   * @param id its id, or null
   * @param decided every error, or the decision
   * @return the result, never null
   */
  public static <C extends Conclusion> Result<C> of(int index, String id,
      Validation<Seq<InputError>, Decision<C>> decided) {
    return decided.isValid() ? decided(index, id, decided.get())
        : rejected(index, id, decided.getError().toJavaList());
  }

  /**
   * Returns whether the item was judged.
   *
   * @return true when there is a decision
   */
  public boolean isDecided() {
    return outcome.isRight();
  }

  /**
   * Returns the decision.
   *
   * @return the decision, never null
   * @throws NoSuchElementException when the item was rejected
   */
  public Decision<C> decision() {
    if (outcome.isLeft()) {
      throw new NoSuchElementException("item " + index + (id == null ? "" : " (" + id + ")")
          + " was rejected, not judged: " + outcome.getLeft().errors());
    }
    return outcome.get();
  }

  /**
   * Returns the errors that kept the item from being judged.
   *
   * @return the errors, empty when it was judged, never null
   */
  public List<InputError> errors() {
    return outcome.isLeft() ? outcome.getLeft().errors() : List.of();
  }

  /**
   * Folds the result into one value.
   *
   * @param <R> the type of the value
   * @param ifRejected applied to the rejection
   * @param ifDecided applied to the decision
   * @return the value
   */
  public <R> R fold(Function<? super Rejection, ? extends R> ifRejected,
      Function<? super Decision<C>, ? extends R> ifDecided) {
    return outcome.fold(ifRejected, ifDecided);
  }
}

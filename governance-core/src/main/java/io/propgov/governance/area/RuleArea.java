package io.propgov.governance.area;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.ParameterKey;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rule area (satisfaction, votes, service, credit, arrears, subsidies...): what it reads from
 * the policy, how it validates its facts and how it decides from valid facts.
 *
 * <p>The split is the point: {@link #validate} gathers every error in the facts at once, each
 * located by a JSON Pointer, and returns a {@link Valid} value only when there is none;
 * {@link #decide} accepts nothing else, so no public road skips validation. A host that judges
 * the same facts on several dates validates once and decides many times.
 *
 * <p>Implementations are immutable and thread-safe; they read no clock.
 *
 * @param <F> the facts the area judges
 * @param <C> what its decisions conclude
 * @since 0.2.0
 */
public interface RuleArea<F, C extends Conclusion> {

  /**
   * Returns the area's stable id, such as {@code satisfaction}.
   *
   * @return the id, never blank
   */
  String id();

  /**
   * Returns every policy parameter the area reads. The engine checks them once, when it is
   * created, so that a decision never meets a missing parameter.
   *
   * @return the parameter keys, in a stable order, never null
   */
  List<ParameterKey<?>> parameters();

  /**
   * Validates facts for a decision as of a date: their field constraints, then the checks that
   * need the policy (a score on the policy's scale, a date within the policy's reach).
   *
   * @param facts the facts, not null
   * @param pointer the JSON Pointer of the facts in the caller's document ({@code ""} for the root)
   * @param asOf the date of the decision, not null
   * @return the valid facts, or every error found, never empty
   */
  Validation<Seq<InputError>, Valid<F>> validate(F facts, String pointer, LocalDate asOf);

  /**
   * Decides from facts this area validated.
   *
   * @param facts facts validated by this very area, not null
   * @param asOf the date of the decision, not null
   * @return the decision, never null
   * @throws IllegalArgumentException when {@code facts} were validated by another area
   */
  Decision<C> decide(Valid<F> facts, LocalDate asOf);

  /**
   * Validates, then decides: a decision, or the rejection listing every error.
   *
   * @param facts the facts, not null
   * @param asOf the date of the decision, not null
   * @return the result, at index 0 with no id, never null
   */
  default Result<C> evaluate(F facts, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return Result.of(0, null, validate(facts, "", asOf).map(valid -> decide(valid, asOf)));
  }
}

package io.propgov.governance.area;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Facts that a rule area has validated: the only thing its {@code decide} accepts. Only the
 * area's own {@link Issuer} makes them, and the area accepts only those its issuer made, so a
 * value of this type proves that validation ran.
 *
 * @param <F> the type of the facts
 * @since 0.2.0
 */
public final class Valid<F> {

  private final Issuer issuer;
  private final F facts;
  /** What validation learnt that deciding reuses (a tally, the validated parts), or null. */
  private final Object proof;

  private Valid(Issuer issuer, F facts, Object proof) {
    this.issuer = issuer;
    this.facts = facts;
    this.proof = proof;
  }

  /**
   * Returns the validated facts.
   *
   * @return the facts, never null
   */
  public F facts() {
    return facts;
  }

  /**
   * Returns whether an issuer made this value.
   *
   * @param by the issuer, not null
   * @return true when {@code by} made it
   */
  public boolean issuedBy(Issuer by) {
    return issuer == by;
  }

  /**
   * Returns the valid facts, or throws every error a validation found.
   *
   * @param <F> the type of the facts
   * @param validation the result of a validation, not null
   * @return the valid facts, never null
   * @throws InvalidFactsException listing every error, when there is any
   */
  public static <F> Valid<F> orThrow(Validation<Seq<InputError>, Valid<F>> validation) {
    if (validation.isInvalid()) {
      throw new InvalidFactsException(validation.getError());
    }
    return validation.get();
  }

  /**
   * Returns the errors a validation found, as a list.
   *
   * @param validation the result of a validation, not null
   * @return the errors in the order found, empty when the facts are valid, never null
   */
  public static java.util.List<InputError> errors(Validation<Seq<InputError>, ?> validation) {
    return validation.isValid() ? java.util.List.of() : validation.getError().toJavaList();
  }

  @Override
  public String toString() {
    return "Valid[" + facts + "]";
  }

  /**
   * The seal of one rule area: the area holds its issuer privately and makes valid values with
   * it only after validation found no error.
   *
   * @since 0.2.0
   */
  public static final class Issuer {

    /** Creates an issuer; each rule area instance holds its own. */
    public Issuer() {
      // An issuer is its own identity.
    }

    /**
     * Seals facts as valid.
     *
     * @param <F> the type of the facts
     * @param facts facts in which validation found no error, not null
     * @return the sealed facts, never null
     */
    public <F> Valid<F> issue(F facts) {
      return new Valid<>(this, Objects.requireNonNull(facts, "facts"), null);
    }

    /**
     * Seals facts as valid together with what validation learnt about them, so that deciding
     * need not compute it again.
     *
     * @param <F> the type of the facts
     * @param facts facts in which validation found no error, not null
     * @param proof what validation learnt, not null
     * @return the sealed facts, never null
     */
    public <F> Valid<F> issue(F facts, Object proof) {
      return new Valid<>(this, Objects.requireNonNull(facts, "facts"), Objects.requireNonNull(proof, "proof"));
    }

    /**
     * Returns what validation learnt about facts this issuer sealed.
     *
     * @param <P> the type of the proof
     * @param valid the sealed facts, not null
     * @param type the type of the proof, not null
     * @return the proof, never null
     * @throws IllegalArgumentException when another issuer sealed them
     * @throws IllegalStateException when they were sealed without a proof of that type
     */
    public <P> P proof(Valid<?> valid, Class<P> type) {
      open(valid);
      if (!type.isInstance(valid.proof)) {
        throw new IllegalStateException("sealed without a " + type.getSimpleName());
      }
      return type.cast(valid.proof);
    }

    /**
     * Opens facts this issuer sealed.
     *
     * @param <F> the type of the facts
     * @param valid the sealed facts, not null
     * @return the facts, never null
     * @throws IllegalArgumentException when another issuer sealed them
     */
    public <F> F open(Valid<F> valid) {
      if (!Objects.requireNonNull(valid, "valid").issuedBy(this)) {
        throw new IllegalArgumentException("these facts were validated by another rule area or engine;"
            + " validate them with this one first");
      }
      return valid.facts;
    }
  }
}

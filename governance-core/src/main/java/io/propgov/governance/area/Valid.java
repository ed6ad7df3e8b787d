package io.propgov.governance.area;

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

  private Valid(Issuer issuer, F facts) {
    this.issuer = issuer;
    this.facts = facts;
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
      return new Valid<>(this, Objects.requireNonNull(facts, "facts"));
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

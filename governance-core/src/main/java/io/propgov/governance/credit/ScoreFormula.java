package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a credit score is made: a base score, plus the points of every event still counting, the
 * points of each adding kind capped (Yantai: basic at most 80, good records at most 40; Lianyungang:
 * a running base of 90 and no caps).
 *
 * @param base the score before any event, never null
 * @param caps the most points each adding kind may give, by kind; a kind left out is not capped;
 *     never null
 * @since 0.1.0
 */
public record ScoreFormula(BigDecimal base, Map<CreditEventKind, BigDecimal> caps) {

  /** Checks the parts and copies the caps. */
  public ScoreFormula {
    Objects.requireNonNull(base, "base");
    Map<CreditEventKind, BigDecimal> copy = new EnumMap<>(CreditEventKind.class);
    caps.forEach((kind, cap) -> {
      Objects.requireNonNull(cap, "cap");
      if (!kind.adds()) {
        throw new IllegalArgumentException("only adding kinds (BASIC, GOOD, PARTY_BUILDING) are capped, not " + kind);
      }
      if (cap.signum() < 0) {
        throw new IllegalArgumentException("the cap of " + kind + " must be 0 or more, was " + cap.toPlainString());
      }
      copy.put(kind, cap);
    });
    caps = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the cap of a kind.
   *
   * @param kind the kind, not null
   * @return the cap, empty when the kind is not capped
   */
  public java.util.Optional<BigDecimal> cap(CreditEventKind kind) {
    return java.util.Optional.ofNullable(caps.get(kind));
  }
}

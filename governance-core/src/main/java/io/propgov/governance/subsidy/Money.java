package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Amounts of money in CNY: scale 2 (the fen), never negative, converted to whole fen for exact sharing. */
final class Money {

  private Money() {}

  /** Checks an amount in CNY and returns it at scale 2; {@code what} names it in the message. */
  static BigDecimal check(BigDecimal amount, String what) {
    if (amount == null) {
      throw new NullPointerException(what + " is required");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative, was " + amount.toPlainString());
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(what + " must be whole fen (at most 2 decimals), was "
          + amount.toPlainString());
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The amount in whole fen. */
  static BigInteger fen(BigDecimal amount) {
    return amount.movePointRight(2).toBigIntegerExact();
  }

  /** The amount in CNY, scale 2, of a count of fen. */
  static BigDecimal yuan(BigInteger fen) {
    return new BigDecimal(fen, 2);
  }

  /** An exact amount rounded down to the fen: a share never pays more than it is worth. */
  static BigDecimal floor(Fraction amount) {
    return new BigDecimal(amount.numerator()).divide(new BigDecimal(amount.denominator()), 2, RoundingMode.FLOOR);
  }

  /** Zero CNY at scale 2. */
  static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}

package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A whole number of fen shared in proportion to weights by the largest-remainder method: each
 * part is rounded down, and the fen left over go one each to the parts with the largest
 * remainders, equal remainders in the caller's order. The parts always add up to the total, and
 * no part differs from its exact share by a fen or more.
 *
 * @param parts each part in fen, in the order of the weights
 * @param exact each exact share in fen
 * @param extra whether each part got one of the fen left over
 * @param order the indexes of the weights by remainder, largest first, then the caller's order
 */
record Apportionment(List<BigInteger> parts, List<Fraction> exact, List<Boolean> extra, List<Integer> order) {

  /**
   * Shares {@code total} fen.
   *
   * @param total the fen to share, not negative
   * @param weights the weights, not negative, at least one more than 0
   * @param tieOrder how equal remainders are ordered, by index
   */
  static Apportionment of(BigInteger total, List<Fraction> weights, Comparator<Integer> tieOrder) {
    Fraction sum = weights.stream().reduce(Fraction.ZERO, Fraction::plus);
    int n = weights.size();
    List<Fraction> exact = new ArrayList<>(n);
    List<BigInteger> floors = new ArrayList<>(n);
    List<Fraction> remainders = new ArrayList<>(n);
    BigInteger given = BigInteger.ZERO;
    for (Fraction w : weights) {
      Fraction share = Fraction.of(total, BigInteger.ONE).times(w).dividedBy(sum);
      BigInteger floor = share.numerator().divide(share.denominator()); // shares are not negative
      exact.add(share);
      floors.add(floor);
      remainders.add(share.minus(Fraction.of(floor, BigInteger.ONE)));
      given = given.add(floor);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, Fraction>comparing(remainders::get).reversed().thenComparing(tieOrder));
    int left = total.subtract(given).intValueExact(); // fewer than n: each remainder is below one fen
    List<BigInteger> parts = new ArrayList<>(floors);
    List<Boolean> extra = new ArrayList<>(java.util.Collections.nCopies(n, false));
    for (int k = 0; k < left; k++) {
      int i = order.get(k);
      parts.set(i, parts.get(i).add(BigInteger.ONE));
      extra.set(i, true);
    }
    return new Apportionment(List.copyOf(parts), List.copyOf(exact), List.copyOf(extra), List.copyOf(order));
  }
}

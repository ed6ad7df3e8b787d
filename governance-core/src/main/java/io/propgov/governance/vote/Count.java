package io.propgov.governance.vote;

import io.propgov.governance.internal.Repeats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a vote's ballots, for both the checks and the tally: ballots merged by owner (one
 * head each, areas added), an owner counted under the choice of their first ballot with the area
 * of all their ballots; the area of every ballot; and each ballot whose choice differs from its
 * owner's first (its index and the first's). Owners are matched through one open-addressing table
 * of positions ({@link Repeats#firsts}), not a map of boxed ones.
 */
record Count(int[] heads, BigDecimal[] areas, BigDecimal area, List<int[]> conflicts) {

  /** Thrown to give up on ballots that break a field constraint; no stack trace, it is ordinary input. */
  private static final class Unsound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsound() {
      super(null, null, false, false);
    }
  }

  private static final Unsound UNSOUND = new Unsound();

  /**
   * The count of ballots that keep every field constraint ({@link VoteFields#ballot}), checked in
   * the same pass that matches owners; null as soon as one does not, so that the caller reports
   * the errors with {@link VoteFields}. The hot path of a vote of thousands of ballots.
   */
  static Count ofSound(List<Ballot> ballots) {
    try {
      return of(ballots, i -> {
        Ballot b = ballots.get(i);
        if (b == null || b.ownerId() == null || b.area() == null || b.choice() == null || b.area().signum() <= 0
            || VoteFields.blank(b.ownerId())) {
          throw UNSOUND;
        }
        return b.ownerId();
      });
    } catch (Unsound e) {
      return null;
    }
  }

  static Count of(List<Ballot> ballots) {
    return of(ballots, i -> ballots.get(i).ownerId());
  }

  private static Count of(List<Ballot> ballots, java.util.function.IntFunction<String> owner) {
    int[] firstBallot = Repeats.firsts(ballots.size(), owner);
    int[] owners = new int[BallotChoice.values().length];
    BigDecimal[] areas = new BigDecimal[owners.length];
    java.util.Arrays.fill(areas, BigDecimal.ZERO);
    List<int[]> conflicts = List.of();
    for (int i = 0; i < ballots.size(); i++) {
      Ballot b = ballots.get(i);
      int first = firstBallot[i];
      BallotChoice counted = first == i ? b.choice() : ballots.get(first).choice();
      if (first == i) {
        owners[counted.ordinal()]++;
      } else if (counted != b.choice()) {
        if (conflicts.isEmpty()) {
          conflicts = new ArrayList<>();
        }
        conflicts.add(new int[] {first, i});
      }
      areas[counted.ordinal()] = areas[counted.ordinal()].add(b.area());
    }
    // Sums of exact decimals: the same value and scale whichever order they are added in.
    BigDecimal area = areas[0];
    for (int c = 1; c < areas.length; c++) {
      area = area.add(areas[c]);
    }
    return new Count(owners, areas, area, conflicts);
  }

  /** The owners who took part, each once. */
  int owners() {
    int sum = 0;
    for (int o : heads) {
      sum += o;
    }
    return sum;
  }

  /** The tally of each choice. */
  Map<BallotChoice, Tally> tallies() {
    Map<BallotChoice, Tally> tallies = new EnumMap<>(BallotChoice.class);
    for (BallotChoice c : BallotChoice.values()) {
      tallies.put(c, heads[c.ordinal()] == 0 ? Tally.NONE : new Tally(heads[c.ordinal()], areas[c.ordinal()]));
    }
    return tallies;
  }
}

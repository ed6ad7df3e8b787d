package io.propgov.governance.internal;

import java.util.function.IntFunction;

/**
 * Finds the elements of a list whose key equals an earlier element's: respondents answering twice,
 * event ids used twice, ballots of one owner; a position whose first equal is not itself repeats.
 * An open-addressing table of positions replaces a {@code HashSet} or a map of boxed positions,
 * which allocate a node per element: the check runs on every evaluation, and almost never finds a
 * repeat. Stateless and thread-safe.
 */
public final class Repeats {

  private Repeats() {}

  /**
   * Returns, for each position, the first position whose key equals ({@link Object#equals}) its
   * key: the position itself for a first occurrence.
   *
   * @param size how many elements, at least 0
   * @param key the key of each position, never null
   * @return an array of {@code size} positions, each at most its own index
   */
  public static int[] firsts(int size, IntFunction<?> key) {
    int[] firsts = new int[size];
    int shift = shift(size);
    int mask = (1 << (32 - shift)) - 1;
    int[] slots = new int[mask + 1];
    // Each slot holds a position + 1, so that 0 marks an empty slot; an earlier key is read again
    // only when its slot is probed, which at most half full is rare.
    for (int i = 0; i < size; i++) {
      Object k = key.apply(i);
      int slot = slot(k, shift);
      while (true) {
        int held = slots[slot];
        if (held == 0) {
          slots[slot] = i + 1;
          firsts[i] = i;
          break;
        }
        if (key.apply(held - 1).equals(k)) {
          firsts[i] = held - 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return firsts;
  }

  /** The shift that leaves the bits of a table of at least {@code 2·size - 1} slots: at most half full. */
  private static int shift(int size) {
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(4L, 2L * size - 1));
    if (bits > 30) {
      throw new IllegalArgumentException("too many keys to compare: " + size + "; at most 2^29");
    }
    return 32 - bits;
  }

  /**
   * Fibonacci hashing: ids such as "h1" … "h200" have hash codes in a few dense runs, which a mask
   * of the low bits would keep in runs and make linear probing walk them.
   */
  private static int slot(Object key, int shift) {
    return (key.hashCode() * 0x9E3779B9) >>> shift;
  }
}

package io.propgov.governance.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.testing.Generators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The open-addressing search for repeated keys answers exactly as a {@code HashMap} does. */
class RepeatsProperties {

  private static Gen<List<String>> keys() {
    // Few distinct keys, so that most lists repeat some; the colliding pair "Aa"/"BB" shares a hash code.
    return Generators.lists(Generate.oneOf(Generators.strings("ab", 0, 3),
        Generators.oneOf("Aa", "BB", "AaAa", "BBBB", "AaBB", "")), 0, 80);
  }

  @Test
  void firstsAreTheFirstPositionOfEachKey() {
    qt().withExamples(200).forAll(keys()).checkAssert(RepeatsProperties::firstPositions);
  }

  private static void firstPositions(List<String> keys) {
    Map<String, Integer> first = new HashMap<>();
    int[] expected = new int[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      Integer seen = first.putIfAbsent(keys.get(i), i);
      expected[i] = seen == null ? i : seen;
    }
    assertArrayEquals(expected, Repeats.firsts(keys.size(), keys::get));
  }

  @Test
  void aLargeListOfDistinctKeysHasNoRepeatAndOneRepeatIsFound() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      keys.add("owner-" + i);
    }
    int[] firsts = Repeats.firsts(keys.size(), keys::get);
    for (int i = 0; i < firsts.length; i++) {
      assertEquals(i, firsts[i]);
    }
    keys.add("owner-9999");
    firsts = Repeats.firsts(keys.size(), keys::get);
    assertEquals(9_999, firsts[9_999], "the first of its key stays its own");
    assertEquals(9_999, firsts[10_000]);
  }
}

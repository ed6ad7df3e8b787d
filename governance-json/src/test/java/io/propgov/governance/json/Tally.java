package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the examples of a property turned out, one entry of labels each: shows that the
 * generators reach every case the property is about, and can require a case a share of them.
 */
final class Tally {

  private final Map<String, Integer> counts = new TreeMap<>();
  private int total;

  /** Counts an example under its labels (one per aspect, e.g. "accepted", "valid"). */
  void count(String... labels) {
    counts.merge(String.join(", ", labels), 1, Integer::sum);
    total++;
  }

  /** The percentage of the examples counted with the label among theirs. */
  double percent(String label) {
    int with = counts.entrySet().stream().filter(e -> List.of(e.getKey().split(", ")).contains(label))
        .mapToInt(Map.Entry::getValue).sum();
    return total == 0 ? 0 : 100.0 * with / total;
  }

  /** Fails unless at least the given percentage of the examples had the label. */
  void assertAtLeast(String label, double percent) {
    assertTrue(percent(label) >= percent, () -> "\"" + label + "\" in under " + percent + "% of the examples: " + this);
  }

  @Override
  public String toString() {
    return total + " examples " + counts;
  }
}

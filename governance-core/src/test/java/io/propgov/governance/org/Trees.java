package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.WUHAN_LEVELS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated trees of the Wuhan template, for properties. */
public final class Trees {

  private Trees() {}

  /**
   * Valid trees of up to {@code maxUnits} units: a single root of a random level (sub-district,
   * community or estate), then units each placed under a random earlier unit that may have
   * children, one level below it. Shrinks towards small trees rooted at the sub-district.
   */
  @SuppressWarnings("exports") // the generator is for this module's tests only
  public static Arbitrary<List<OrgUnit>> wuhan(int maxUnits) {
    Arbitrary<Integer> rootRank = Arbitraries.integers().between(0, 2);
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1_000).list().ofMaxSize(maxUnits - 1);
    Arbitrary<Boolean> reversed = Arbitraries.of(false, true);
    return Combinators.combine(rootRank, picks, reversed).as(Trees::build);
  }

  static List<OrgUnit> build(int rootRank, List<Integer> picks, boolean reversed) {
    List<String> codes = WUHAN_LEVELS.codes();
    List<OrgUnit> units = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    units.add(new OrgUnit("u0", codes.get(rootRank), null, "", null, List.of("m0")));
    ranks.add(rootRank);
    for (int pick : picks) {
      List<Integer> parents = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        if (ranks.get(i) < codes.size() - 1) {
          parents.add(i);
        }
      }
      if (parents.isEmpty()) {
        break; // only a root of the lowest level: nothing may go below it
      }
      int parent = parents.get(pick % parents.size());
      int rank = ranks.get(parent) + 1;
      String id = "u" + units.size();
      units.add(new OrgUnit(id, codes.get(rank), units.get(parent).id(), "", null, List.of("m" + units.size())));
      ranks.add(rank);
    }
    if (reversed) {
      Collections.reverse(units);
    }
    return List.copyOf(units);
  }
}

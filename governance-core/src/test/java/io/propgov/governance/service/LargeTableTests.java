package io.propgov.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A UNIQUE table whose every pair of rows overlaps: the report is bounded, not quadratic. */
class LargeTableTests {

  private static final TableInput PAY = new TableInput("willingness", "Willingness to pay", "缴费意愿",
      List.of("high", "low"));

  private static DecisionTable overlapping(int n) {
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new TableRow("r" + i, Map.of("willingness", Set.of("high", "low")), "MARKET"));
    }
    return new DecisionTable(List.of(PAY), rows, HitPolicy.UNIQUE);
  }

  @Test
  void aThreeThousandRowTableListsTheFirstTwentyOverlapsAndCountsTheRest() {
    List<InputError> errors = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> overlapping(3_000).check());

    List<InputError> overlaps = errors.stream().filter(e -> e.code().equals("overlap")).toList();
    assertEquals(TableCheck.MAX_LISTED_OVERLAPS + 1, overlaps.size(), () -> overlaps.subList(0, 3).toString());
    long pairs = 3_000L * 2_999 / 2;
    InputError rest = overlaps.get(overlaps.size() - 1);
    assertEquals("/rows", rest.pointer());
    assertEquals((pairs - TableCheck.MAX_LISTED_OVERLAPS) + " more pair(s) of rows overlap beyond the first 20 listed;"
        + " narrow the rows, or use the FIRST hit policy", rest.message());
  }

  @Test
  void aTableWithNoMoreOverlapsThanTheBoundListsEachWithoutACount() {
    List<InputError> errors = overlapping(6).check(); // 15 pairs

    assertEquals(15, errors.stream().filter(e -> e.code().equals("overlap")).count());
    assertTrue(errors.stream().noneMatch(e -> e.message().contains("more pair")), errors::toString);
  }

  @Test
  void oneOverlapPastTheBoundIsCountedNotListed() {
    List<InputError> errors = overlapping(7).check(); // 21 pairs

    List<InputError> overlaps = errors.stream().filter(e -> e.code().equals("overlap")).toList();
    assertEquals(21, overlaps.size());
    assertTrue(overlaps.get(20).message().startsWith("1 more pair(s)"), overlaps.get(20).message());
  }
}

package io.propgov.governance.credit;

import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.longs;
import static io.propgov.governance.testing.Generators.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A score sheet's sums by kind, whole points summed in a long and the rest as decimals, have the
 * value and the scale of adding every event's points in turn; so have the added, deducted and
 * score figures built from them.
 */
class ScoreSheetSumProperties {

  private static final LocalDate ON = LocalDate.of(2024, 6, 30);

  private static Gen<BigDecimal> points() {
    // Whole points, decimals, whole values written with a scale ("5.0") or a negative one (1E+1),
    // and whole points past the long path's 9 digits.
    return Generate.oneOf(
        ints(0, 20).map(i -> BigDecimal.valueOf(i)),
        ints(0, 2_000).map(i -> BigDecimal.valueOf(i, 2)),
        ints(0, 20).map(i -> BigDecimal.valueOf(i).setScale(1)),
        ints(0, 9).map(i -> BigDecimal.valueOf(i, -1)),
        longs(999_999_990L, 1_000_000_010L, 999_999_999L, 1_000_000_000L).map(l -> BigDecimal.valueOf(l)));
  }

  private static Gen<List<Counted>> ledgers() {
    List<CreditEventType> types = CreditFixtures.CATALOGUE.types();
    return lists(oneOf(types).zip(points(), (type, points) -> {
      CreditEvent event = new CreditEvent("e", type.code(), ON.minusDays(1), points, null);
      return new Counted(event, type, points, ON.plusDays(1), null);
    }), 0, 30);
  }

  @Test
  void sumsAreThoseOfAddingInTurn() {
    qt().withExamples(200).forAll(ledgers()).checkAssert(ScoreSheetSumProperties::sumsAsAddingInTurn);
  }

  private static void sumsAsAddingInTurn(List<Counted> events) {
    Map<CreditEventKind, BigDecimal> expected = new EnumMap<>(CreditEventKind.class);
    for (Counted c : events) {
      expected.merge(c.kind(), c.points(), BigDecimal::add);
    }
    ScoreSheet sheet = ScoreSheet.of(new ArrayList<>(events), ON, CreditFixtures.FORMULA, CreditFixtures.GRADES);
    // BigDecimal.equals compares the scale as well as the value.
    assertEquals(expected, sheet.raw());
    BigDecimal added = BigDecimal.ZERO;
    BigDecimal deducted = BigDecimal.ZERO;
    for (Map.Entry<CreditEventKind, BigDecimal> e : expected.entrySet()) {
      if (e.getKey().adds()) {
        BigDecimal cap = CreditFixtures.FORMULA.caps().get(e.getKey());
        added = added.add(cap == null ? e.getValue() : cap.min(e.getValue()));
      } else {
        deducted = deducted.add(e.getValue());
      }
    }
    assertEquals(added, sheet.added());
    assertEquals(deducted, sheet.deducted());
    assertEquals(CreditFixtures.FORMULA.base().add(added).subtract(deducted), sheet.score());
  }
}

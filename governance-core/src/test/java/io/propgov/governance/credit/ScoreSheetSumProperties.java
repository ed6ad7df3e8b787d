package io.propgov.governance.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A score sheet's sums by kind, whole points summed in a long and the rest as decimals, have the
 * value and the scale of adding every event's points in turn; so have the added, deducted and
 * score figures built from them.
 */
class ScoreSheetSumProperties {

  private static final LocalDate ON = LocalDate.of(2024, 6, 30);

  @Provide
  Arbitrary<BigDecimal> points() {
    // Whole points, decimals, whole values written with a scale ("5.0") or a negative one (1E+1),
    // and whole points past the long path's 9 digits.
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 20).map(BigDecimal::valueOf),
        Arbitraries.integers().between(0, 2_000).map(i -> BigDecimal.valueOf(i, 2)),
        Arbitraries.integers().between(0, 20).map(i -> BigDecimal.valueOf(i).setScale(1)),
        Arbitraries.integers().between(0, 9).map(i -> BigDecimal.valueOf(i, -1)),
        Arbitraries.longs().between(999_999_990L, 1_000_000_010L).map(BigDecimal::valueOf));
  }

  @Provide
  Arbitrary<List<Counted>> ledgers() {
    List<CreditEventType> types = CreditFixtures.CATALOGUE.types();
    return Combinators.combine(Arbitraries.of(types), points()).as((type, points) -> {
      CreditEvent event = new CreditEvent("e", type.code(), ON.minusDays(1), points, null);
      return new Counted(event, type, points, ON.plusDays(1), null);
    }).list().ofMaxSize(30);
  }

  @Property
  void sumsAreThoseOfAddingInTurn(@ForAll("ledgers") List<Counted> events) {
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

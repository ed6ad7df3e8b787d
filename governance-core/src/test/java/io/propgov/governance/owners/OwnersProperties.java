package io.propgov.governance.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.explain.Decision;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnersProperties {

  static final LocalDate BASE = LocalDate.of(2015, 1, 1);

  /** A committee is overdue exactly from the day after the corresponding day five years on, and only then unrepresented. */
  @Test
  void aTermIsOverdueExactlyAfterItsLastDay() {
    qt().withExamples(500).forAll(integers().between(0, 3000), integers().between(0, 3000)).checkAssert((e, a) -> {
      LocalDate elected = BASE.plusDays(e);
      LocalDate asOf = elected.plusDays(a);
      Decision<OwnersAssessment> d = OwnersRulesTests.judge(OwnersRulesTests.NATIONAL,
          OwnersRulesTests.withCommittee(elected, OwnersRulesTests.members(5, 3, 1)), asOf);
      boolean overdue = asOf.isAfter(elected.plusYears(5));
      assertEquals(overdue, d.value().term() == TermStatus.OVERDUE);
      assertEquals(overdue ? null : CommitteeKind.OWNERS_COMMITTEE, d.value().representedBy());
    });
  }

  /** The assembly falls due on the first delivery day on which more than half is delivered, whatever the order given. */
  @Test
  void theAssemblyFallsDueOnTheDayTheShareIsFirstExceeded() {
    qt().withExamples(500).forAll(integers().between(1, 12000), integers().between(1, 8000), integers().between(0, 400))
        .checkAssert((a, b, gap) -> {
          LocalDate first = BASE;
          LocalDate second = BASE.plusDays(gap);
          EstateOwners facts = EstateOwners.builder().estateId("E1").totalArea(new BigDecimal("20000"))
              .deliveries(List.of(new Delivery(second, BigDecimal.valueOf(b)), new Delivery(first,
                  BigDecimal.valueOf(a)))).build();
          OwnersAssessment value = OwnersRulesTests.judge(OwnersRulesTests.NATIONAL, facts, BASE.plusDays(500))
              .value();
          LocalDate expected = a > 10000 ? first : a + b > 10000 ? second : null;
          assertEquals(expected, value.assemblyDueFrom());
          // No calendar: a last day on a Saturday or Sunday moves to the Monday (art. 203).
          LocalDate counted = expected == null ? null : expected.plusDays(180);
          LocalDate last = counted == null ? null : counted.getDayOfWeek() == DayOfWeek.SATURDAY
              ? counted.plusDays(2) : counted.getDayOfWeek() == DayOfWeek.SUNDAY ? counted.plusDays(1) : counted;
          assertEquals(last, value.assemblyDeadline());
        });
  }
}

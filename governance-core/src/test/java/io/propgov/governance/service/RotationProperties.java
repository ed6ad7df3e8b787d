package io.propgov.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RotationProperties {

  /** The duty rotation is periodic: after a whole round of turns the same company is on duty. */
  @Property(tries = 300)
  void theRotationRepeatsAfterEveryCompanyHadItsTurn(@ForAll @IntRange(min = 2, max = 5) int companies,
      @ForAll @IntRange(min = 1, max = 24) int cycleMonths, @ForAll @IntRange(min = 0, max = 3650) int day,
      @ForAll @IntRange(min = 0, max = 1460) int startOffset) {
    List<String> rotation = java.util.stream.IntStream.range(0, companies).mapToObj(i -> "c" + i).toList();
    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(startOffset);
    CoManagementAgreement agreement = new CoManagementAgreement("E", rotation, Map.of(), Map.of(), start, cycleMonths);
    LocalDate date = start.plusDays(day);
    LocalDate sameTurnLater = start.plusMonths((long) companies * cycleMonths);
    assertEquals(agreement.onDuty(start), agreement.onDuty(sameTurnLater));
    LocalDate next = agreement.nextHandover(date);
    assertTrue(next.isAfter(date));
    assertEquals(rotation.get((rotation.indexOf(agreement.onDuty(date)) + 1) % companies), agreement.onDuty(next));
    assertEquals(agreement.onDuty(date), agreement.onDuty(next.minusDays(1)));
  }
}

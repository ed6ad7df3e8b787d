package io.propgov.governance.service;

import static io.propgov.governance.testing.Generators.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RotationProperties {

  /** The duty rotation is periodic: after a whole round of turns the same company is on duty. */
  @Test
  void theRotationRepeatsAfterEveryCompanyHadItsTurn() {
    // starts on 31 January, 29 February and 31 March 2020: adding months to a month's end clamps the day
    qt().withExamples(300).forAll(ints(2, 5), ints(1, 24), ints(0, 3650), ints(0, 1460, 30, 59, 90))
        .checkAssert(RotationProperties::repeatsAfterARound);
  }

  private static void repeatsAfterARound(int companies, int cycleMonths, int day, int startOffset) {
    List<String> rotation = IntStream.range(0, companies).mapToObj(i -> "c" + i).toList();
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

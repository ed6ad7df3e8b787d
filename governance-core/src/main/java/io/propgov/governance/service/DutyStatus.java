package io.propgov.governance.service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who answers for what in a co-managed estate on a date.
 *
 * @param onDuty the company on duty, never null
 * @param nextHandover the next day duty changes hands, never null
 * @param responsible the company responsible for each item in each building, by item code then
 *     building id, never null
 * @since 0.1.0
 */
public record DutyStatus(String onDuty, LocalDate nextHandover, Map<String, Map<String, String>> responsible) {

  /** Checks the parts and copies the table in code order. */
  public DutyStatus {
    Objects.requireNonNull(onDuty, "onDuty");
    Objects.requireNonNull(nextHandover, "nextHandover");
    TreeMap<String, Map<String, String>> copy = new TreeMap<>();
    responsible.forEach((item, byBuilding) -> copy.put(item, Collections.unmodifiableMap(new TreeMap<>(byBuilding))));
    responsible = Collections.unmodifiableMap(copy);
  }
}

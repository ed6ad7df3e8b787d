package io.propgov.governance.policy;

import static io.propgov.governance.Fixtures.TEST_SOURCE;
import static io.propgov.governance.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTests {

  private static ParameterValue<String> value(String from, String value) {
    return new ParameterValue<>(date(from), value, TEST_SOURCE);
  }

  private final Timeline<String> timeline = new Timeline<>(List.of(
      value("2021-01-01", "civil code"), value("2007-10-01", "property law"), value("2024-07-01", "amended")));

  @Test
  void valuesAreSortedByTheDateTheyTakeEffect() {
    assertEquals(List.of("property law", "civil code", "amended"),
        timeline.values().stream().map(ParameterValue::value).toList());
    assertEquals(date("2007-10-01"), timeline.firstEffective());
  }

  @Test
  void valueInForceOnADateIsTheLastOneStartedByThen() {
    assertEquals("property law", timeline.at(date("2016-05-20")).orElseThrow().value());
    assertEquals("civil code", timeline.at(date("2023-03-01")).orElseThrow().value());
    assertEquals("amended", timeline.at(date("2099-12-31")).orElseThrow().value());
  }

  @Test
  void newValueIsInForceOnItsExactChangeDate() {
    assertEquals("civil code", timeline.at(date("2021-01-01")).orElseThrow().value());
    assertEquals("property law", timeline.at(date("2007-10-01")).orElseThrow().value());
    assertEquals("amended", timeline.at(date("2024-07-01")).orElseThrow().value());
  }

  @Test
  void oldValueIsStillInForceTheDayBeforeTheChange() {
    assertEquals("property law", timeline.at(date("2020-12-31")).orElseThrow().value());
    assertEquals("civil code", timeline.at(date("2024-06-30")).orElseThrow().value());
  }

  @Test
  void nothingIsInForceBeforeTheFirstValue() {
    assertTrue(timeline.at(date("2007-09-30")).isEmpty());
    assertTrue(timeline.at(LocalDate.MIN).isEmpty());
  }

  @Test
  void singleValueTimelineAnswersFromItsDateOn() {
    Timeline<String> one = new Timeline<>(List.of(value("2019-01-01", "only")));
    assertTrue(one.at(date("2018-12-31")).isEmpty());
    assertEquals("only", one.at(date("2019-01-01")).orElseThrow().value());
  }

  @Test
  void emptyTimelineIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Timeline<>(List.<ParameterValue<String>>of()));
  }

  @Test
  void twoValuesOnOneDateAreRejectedNamingTheDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Timeline<>(List.of(value("2021-01-01", "a"), value("2021-01-01", "b"))));
    assertTrue(e.getMessage().contains("2021-01-01"), e.getMessage());
  }
}

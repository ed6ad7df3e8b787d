package io.propgov.governance.credit;

import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.oneOf;
import static io.propgov.governance.testing.Generators.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The primitive-key sort of a ledger orders events exactly as the comparator does, ties and all. */
class CountedOrderProperties {

  private static final CreditEventType TYPE = CreditFixtures.CATALOGUE.types().get(0);

  private static Gen<List<Counted>> ledgers() {
    // Few days and few ids, so that most events share a day with another and some their id too.
    // The extremes of LocalDate too: the key must keep the order of negative and large epoch days.
    Gen<LocalDate> days = oneOf(LocalDate.MIN, LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
        LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), LocalDate.MAX);
    Gen<String> ids = strings("abc", 1, 2);
    Gen<Counted> event = days.zip(ids, (day, id) -> new Counted(new CreditEvent(id, TYPE.code(), day, BigDecimal.ONE,
        null), TYPE, BigDecimal.ONE, day, null));
    return lists(event, 0, 60).describedAs(events -> events.stream().map(c -> c.event().date() + "/" + c.event().id())
        .toList().toString());
  }

  @Test
  void sortsAsTheComparatorDoes() {
    qt().withExamples(200).forAll(ledgers()).checkAssert(CountedOrderProperties::sortedAsTheComparator);
  }

  private static void sortedAsTheComparator(List<Counted> events) {
    List<Counted> expected = new ArrayList<>(events);
    expected.sort(Counted.BY_DATE_AND_ID);
    List<Counted> sorted = Counted.sorted(events);
    assertEquals(expected.size(), sorted.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).event().date(), sorted.get(i).event().date(), "date at " + i);
      assertEquals(expected.get(i).event().id(), sorted.get(i).event().id(), "id at " + i);
    }
  }
}

package io.propgov.governance.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The primitive-key sort of a ledger orders events exactly as the comparator does, ties and all. */
class CountedOrderProperties {

  private static final CreditEventType TYPE = CreditFixtures.CATALOGUE.types().get(0);

  @Provide
  Arbitrary<List<Counted>> ledgers() {
    // Few days and few ids, so that most events share a day with another and some their id too.
    // The extremes of LocalDate too: the key must keep the order of negative and large epoch days.
    Arbitrary<LocalDate> days = Arbitraries.of(LocalDate.MIN, LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
        LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), LocalDate.MAX);
    Arbitrary<String> ids = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(2);
    return Combinators.combine(days, ids).as(Tuple::of).list().ofMaxSize(60)
        .map(pairs -> {
          List<Counted> events = new ArrayList<>();
          for (Tuple.Tuple2<LocalDate, String> p : pairs) {
            CreditEvent event = new CreditEvent(p.get2(), TYPE.code(), p.get1(), BigDecimal.ONE, null);
            events.add(new Counted(event, TYPE, BigDecimal.ONE, p.get1(), null));
          }
          return events;
        });
  }

  @Property
  void sortsAsTheComparatorDoes(@ForAll("ledgers") List<Counted> events) {
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

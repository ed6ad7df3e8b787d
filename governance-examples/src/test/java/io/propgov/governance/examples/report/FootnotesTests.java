package io.propgov.governance.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.policy.Citation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FootnotesTests {

  private static final Citation CIVIL = new Citation("Civil Code art. 278", "《民法典》第二百七十八条");
  private static final Citation HANDAN = new Citation("Handan 2019", "邯郸 2019");

  @Test
  void eachCitationIsNumberedOnceInTheOrderFirstMet() {
    Footnotes notes = new Footnotes();

    assertEquals("[1]", notes.marker(CIVIL));
    assertEquals("[2]", notes.marker(HANDAN));
    assertEquals("[1]", notes.marker(new Citation("Civil Code art. 278", "《民法典》第二百七十八条")));
    assertEquals(2, notes.size());
    assertEquals(List.of(CIVIL, HANDAN), notes.citations());
  }

  @Test
  void anAssumptionIsAnotherCitationThanTheSameTextPublished() {
    Footnotes notes = new Footnotes();
    notes.number(HANDAN);

    assertEquals(2, notes.number(Citation.assumption("Handan 2019", "邯郸 2019")));
  }

  @Test
  void rendersEachCitationOnceInEitherLanguage() {
    Footnotes notes = new Footnotes();
    notes.number(CIVIL);
    notes.number(HANDAN);
    notes.number(CIVIL);

    assertEquals("[1] Civil Code art. 278\n[2] Handan 2019\n", notes.render(Locale.ENGLISH));
    assertEquals("[1] 《民法典》第二百七十八条\n[2] 邯郸 2019\n", notes.render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("", new Footnotes().render(Locale.ENGLISH));
  }
}

package io.propgov.governance.explain;

import io.propgov.governance.policy.Citation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CitationTests {

  @Nested
  class PublishedSources {

    @Test
    void aSourceThatGivesTheValueIsNotAnAssumptionAndKeepsItsTexts() {
      Citation law = new Citation("Civil Code art. 278", "《民法典》第二百七十八条");
      assertFalse(law.assumption());
      assertEquals("Civil Code art. 278", law.text(Locale.ENGLISH));
      assertEquals("《民法典》第二百七十八条", law.text(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void blankTextsAreRejected() {
      assertThrows(IllegalArgumentException.class, () -> new Citation(" ", "来源"));
      assertThrows(IllegalArgumentException.class, () -> Citation.assumption("source", ""));
    }
  }

  @Nested
  class ModelAssumptions {

    @Test
    void anAssumptionIsFlaggedAndBothTextsGainTheMarkWhenTheyLackIt() {
      Citation c = Citation.assumption("Handan (Hanshan district, 2019): pass line 60", "邯郸市邯山区（2019年）：及格线60分");
      assertTrue(c.assumption());
      assertEquals("Handan (Hanshan district, 2019): pass line 60 (model assumption)", c.en());
      assertEquals("邯郸市邯山区（2019年）：及格线60分（本模型假设）", c.zh());
    }

    @Test
    void textsThatAlreadySaySoAreKeptAsTheyAre() {
      Citation c = Citation.assumption("the report gives no number: 60 is a model assumption",
          "资料未给出分数：60分为本模型假设");
      assertEquals("the report gives no number: 60 is a model assumption", c.en());
      assertEquals("资料未给出分数：60分为本模型假设", c.zh());
      assertEquals(c, new Citation(c.en(), c.zh(), true), "marking is idempotent, so a written policy reads back equal");
    }

    @Test
    void theFlagIsPartOfTheCitation() {
      Citation marked = Citation.assumption("x model assumption", "x本模型假设");
      assertNotEquals(marked, new Citation(marked.en(), marked.zh()));
    }
  }
}

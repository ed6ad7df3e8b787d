package io.propgov.governance.explain;

import io.propgov.governance.policy.Citation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Only term figures are translated; ids and names are shown as they are, even when they look like a code. */
class TermFiguresTests {

  private static final Citation SOURCE = new Citation("source", "来源");

  @Test
  void aTermIsTranslatedAndAnIdThatLooksLikeATermIsNot() {
    Reason reason = Reason.noted("org.cross-appointment.supervisor", Outcome.MET, SOURCE,
        Figure.text("community", "NONE"), Figure.text("supervisor", "YES"));
    assertEquals("Its voluntary quality supervisor YES sits on the committee of community NONE",
        reason.text(Locale.ENGLISH));
    Reason none = Reason.noted("org.cross-appointment.supervisor", Outcome.NOT_MET, SOURCE,
        Figure.term("community", "NONE"), Figure.term("supervisor", "NONE"));
    assertEquals("质量总监 无 不是社区 无 的委员", none.text(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aTermFigureKeepsItsCodeAsItsValue() {
    assertEquals("BRANCH", Figure.term("required", "BRANCH").value());
    assertEquals(Unit.TERM, Figure.term("required", "BRANCH").unit());
  }
}

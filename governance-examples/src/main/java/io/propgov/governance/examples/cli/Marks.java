package io.propgov.governance.examples.cli;

import io.propgov.governance.credit.CreditRuleIds;
import io.propgov.governance.examples.report.Tone;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.org.OrgRuleIds;
import io.propgov.governance.satisfaction.SatisfactionRuleIds;
import java.util.Set;

/**
 * The marks of the text output, saying what an outcome means for the reader rather than whether a
 * rule's condition held: a satisfactory estate's "consecutive failures" rule is not met, which is
 * good news, so it is marked ✓.
 */
final class Marks {

  /** Good news. */
  static final String GOOD = "✓";
  /** Bad news. */
  static final String BAD = "✗";
  /** To watch: nothing follows yet. */
  static final String WATCH = "!";
  /** Not judged, or a rule that did not apply. */
  static final String NONE = "–";

  /**
   * The rules whose condition, when met, is bad news: a dismissal may start, a matter is overdue,
   * a company is vetoed or blacklisted, a debtor is listed.
   */
  static final Set<String> MET_IS_BAD = Set.of(SatisfactionRuleIds.CONSECUTIVE_FAILURES,
      OrgRuleIds.ESCALATION_OVERDUE, CreditRuleIds.VETO, CreditRuleIds.BLACKLIST_ENTRY,
      CreditRuleIds.BLACKLIST_EXTENSION, CreditRuleIds.BLACKLIST_LOWEST_GRADES, CreditRuleIds.CONSEQUENCE_LISTED,
      CreditRuleIds.ARREARS_DISHONEST_TERM, CreditRuleIds.ARREARS_DISHONEST_DEBTOR);

  private Marks() {}

  /** The tone of a reason's outcome for the reader. */
  static Tone tone(Reason reason) {
    if (reason.outcome() == Outcome.NOT_APPLICABLE) {
      return Tone.NONE;
    }
    boolean met = reason.outcome() == Outcome.MET;
    return met != MET_IS_BAD.contains(reason.ruleId()) ? Tone.GOOD : Tone.BAD;
  }

  /** The mark of a reason. */
  static String of(Reason reason) {
    return of(tone(reason));
  }

  /** The mark of a tone. */
  static String of(Tone tone) {
    return switch (tone) {
      case GOOD -> GOOD;
      case BAD -> BAD;
      case WATCH -> WATCH;
      case NONE -> NONE;
    };
  }
}

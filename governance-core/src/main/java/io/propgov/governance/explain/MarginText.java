package io.propgov.governance.explain;

import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * The clause a reason's message ends with to state its margin: "short by 1 owner", 差1名业主;
 * "3.2 points above the pass line", 高于及格线3.2分. The templates are the bundles' keys
 * {@code margin.<KIND>}, or {@code margin.<ruleId>.<KIND>} where a rule words it its own way;
 * the units are {@code unit.<UNIT>.one} and {@code unit.<UNIT>.other} (one of them, or any
 * other amount). A template may show {@code {amount}} (what its kind states), {@code {distance}}
 * (how far the line is) and {@code {change}} (the flip, where there is one).
 */
final class MarginText {

  /** What a margin says, each the suffix of a template key. */
  enum Kind {
    /** Not met; the amount is the change that would meet it (or the distance, met on the line). */
    SHORT,
    /** Not met by a strict rule, counted without steps: more than the amount is needed. */
    SHORT_STRICT,
    /** Exactly on the line of a strict rule, which does not count it as met, with no step to state. */
    SHORT_ON_LINE,
    /** Exactly on the line of a strict rule, which does not count it as met; the amount is the flip. */
    SHORT_ON_LINE_BY,
    /** Met, above the line by the amount (counted without steps). */
    ABOVE,
    /** Exactly on the line of a rule that counts it as met. */
    ON_LINE,
    /** Met, with the amount to spare before one step less would fail. */
    SPARE,
    /** Met with nothing to spare: one step less would fail; the amount is that step. */
    EXACTLY_ENOUGH
  }

  private MarginText() {}

  /** Returns the clause of a reason's margin in a language, or null when it has none. */
  static String clause(Reason reason, Locale locale) {
    Margin margin = reason.margin();
    if (margin == null) {
      return null;
    }
    Messages messages = Messages.forLocale(locale);
    Fraction value = margin.value();
    Fraction flip = margin.flip();
    Kind kind;
    Fraction amount;
    RoundingMode rounding;
    if (!margin.met()) {
      rounding = RoundingMode.CEILING; // a shortfall is never shown smaller than it is
      if (value.signum() == 0) {
        kind = flip == null ? Kind.SHORT_ON_LINE : Kind.SHORT_ON_LINE_BY;
        amount = flip == null ? Fraction.ZERO : abs(flip);
      } else if (flip != null) {
        kind = Kind.SHORT;
        amount = abs(flip);
      } else {
        kind = margin.comparison() == Comparison.MORE_THAN ? Kind.SHORT_STRICT : Kind.SHORT;
        amount = abs(value);
      }
    } else {
      rounding = RoundingMode.FLOOR; // room to spare is never shown larger than it is
      if (flip != null) {
        Fraction spare = abs(flip).minus(margin.unit().step());
        kind = spare.signum() == 0 ? Kind.EXACTLY_ENOUGH : Kind.SPARE;
        amount = spare.signum() == 0 ? margin.unit().step() : spare;
      } else if (value.signum() == 0) {
        kind = Kind.ON_LINE;
        amount = Fraction.ZERO;
      } else {
        kind = Kind.ABOVE;
        amount = value;
      }
    }
    String template = "margin." + reason.ruleId() + "." + kind.name();
    if (messages.template(template) == null) {
      template = "margin." + kind.name();
    }
    MarginUnit unit = margin.unit();
    // {amount} is what the kind states; {distance} is how far the line is and {change} the flip,
    // for a rule whose own words need the one the kind does not state (days left, days late).
    return messages.format(template, java.util.List.of(), Map.of(), Map.of(
        "amount", amount(messages, amount, rounding, margin, locale),
        "distance", amount(messages, abs(value), rounding, margin, locale),
        "change", amount(messages, flip == null ? amount : abs(flip), rounding, margin, locale)));
  }

  /** An amount with its unit: "1 owner", "45.5 m²", "1名业主", "45.5平方米". */
  private static String amount(Messages messages, Fraction amount, RoundingMode rounding, Margin margin,
      Locale locale) {
    MarginUnit unit = margin.unit();
    java.math.BigDecimal shown = amount.toDecimal(2, rounding);
    // Money shows its fen, as every amount of CNY does.
    String number = (unit == MarginUnit.CNY ? shown.setScale(2) : shown).toPlainString();
    String word = unit == MarginUnit.LABELLED ? margin.unitName().text(locale)
        : messages.template("unit." + unit.name() + (amount.equals(Fraction.ONE) ? ".one" : ".other"));
    return Messages.isChinese(locale) ? number + word : number + " " + word;
  }

  private static Fraction abs(Fraction f) {
    return f.signum() < 0 ? f.negate() : f;
  }
}
